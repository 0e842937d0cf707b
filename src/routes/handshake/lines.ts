// The lines of one side of the handshake as the page shows them: each header (and the start line)
// with the engine's field, the diagnostics that point into it, and the checks that read it. Only
// grouping: every fact comes from checkHandshake.
import { overlaps } from '$lib/components/bit-range.ts';
import type {
	CheckRun,
	Field,
	HandshakeDiagnostic,
	HandshakeSide,
	HttpMessage,
	Span
} from '$lib/protocol/index.ts';

/**
 * Characters of one side highlighted at most (a handshake head is a few hundred bytes): past it the
 * editor is a plain box, since the highlight layer doubles the layout of the whole text.
 */
export const HIGHLIGHT_CHARS = 32 * 1024;

/** Lines listed and highlighted at most: a paste of thousands of headers is for reading, not listing. */
export const LINES_SHOWN = 200;

/**
 * Findings listed under one line or one check; the rest are counted. A header of 100k tokens can hold
 * a finding per token, and every one drawn cost seconds of the tab.
 */
export const FINDINGS_SHOWN = 50;

/** The worst finding on a line; `ok` when checks read it and found nothing, `none` when none read it. */
export type LineState = 'error' | 'warning' | 'info' | 'ok' | 'none';

export interface LineView {
	/** -1 for the start line, else the header's index in msg.headers. */
	index: number;
	/** Stable id for anchors and tests: the engine field's id. */
	id: string;
	name: string;
	value: string;
	/** The whole line, the name (with colon and spaces), and the value, as byte ranges. */
	line: Span;
	valueSpan: Span;
	field: Field;
	diagnostics: HandshakeDiagnostic[];
	checks: CheckRun[];
	state: LineState;
}

const RANK: Record<LineState, number> = { error: 4, warning: 3, info: 2, ok: 1, none: 0 };

function stateOf(diagnostics: readonly HandshakeDiagnostic[], checks: readonly CheckRun[]) {
	let state: LineState = checks.length > 0 ? 'ok' : 'none';
	for (const d of diagnostics) if (RANK[d.severity] > RANK[state]) state = d.severity;
	return state;
}

/**
 * The diagnostics that touch each span (spans in input order, as a message's lines are): a binary
 * search per diagnostic, so a paste of thousands of broken lines stays fast.
 */
function touching(
	all: readonly HandshakeDiagnostic[],
	spans: readonly Span[]
): HandshakeDiagnostic[][] {
	const out = spans.map((): HandshakeDiagnostic[] => []);
	const ends = spans.map((s) => (s.offset + Math.max(s.length, 1)) * 8);
	for (const d of all) {
		let lo = 0;
		let hi = spans.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ends[mid]! <= d.bitOffset) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < spans.length && overlaps(d, bits(spans[i]!)); i++) out[i]!.push(d);
	}
	return out;
}

const bits = (s: Span) => ({ bitOffset: s.offset * 8, bitLength: s.length * 8 });

/** The start line and every header of `msg`, with what the engine found in each. */
export function lineViews(
	msg: HttpMessage,
	diagnostics: readonly HandshakeDiagnostic[],
	checks: readonly CheckRun[]
): LineView[] {
	const side: HandshakeSide = msg.kind;
	const runs = checks.filter((c) => c.side === side);
	const found = touching(
		diagnostics.filter((d) => d.side === side),
		[msg.startLine, ...msg.headers]
	);
	const start = msg.fields[0]!;
	const startRuns = runs.filter((c) => c.startLine);
	const first: LineView = {
		index: -1,
		id: start.id,
		name: msg.startLine.text,
		value: '',
		line: msg.startLine,
		valueSpan: { offset: msg.startLine.offset + msg.startLine.length, length: 0 },
		field: start,
		diagnostics: found[0]!,
		checks: startRuns,
		state: stateOf(found[0]!, startRuns)
	};
	const headers = msg.headers.map((h, index): LineView => {
		const reads = runs.filter((c) => c.headers.includes(h.key));
		return {
			index,
			id: msg.fields[index + 1]!.id,
			name: h.name,
			value: h.value,
			line: h,
			valueSpan: { offset: h.valueOffset, length: h.valueLength },
			field: msg.fields[index + 1]!,
			diagnostics: found[index + 1]!,
			checks: reads,
			state: stateOf(found[index + 1]!, reads)
		};
	});
	return [first, ...headers];
}

/** The line whose bytes hold `byte` (the line break after a line counts as the line's). */
export function lineAt(lines: readonly LineView[], byte: number): LineView | undefined {
	return lines.find((l) => byte >= l.line.offset && byte <= l.line.offset + l.line.length);
}
