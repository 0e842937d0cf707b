// The human-readable report of `wsviz decode` (and the body of `wsviz encode`): input, frames as
// annotated tables, messages, diagnostics and the verdict in words. JSON output does not come here.
import {
	bytesToHex,
	type DecodeResult,
	type Diagnostic,
	type Message,
	type PayloadResult
} from '../lib/protocol/index.ts';
import { payloadLines } from './payload.ts';
// Not yet re-exported by the engine's index.
import { closeCodeInfo } from '../lib/protocol/index.ts';
import { frameTitle, renderFrameTable, type FrameContext } from './render-frame.ts';
import {
	moreBytes,
	padEnd,
	plural,
	PREVIEW_BYTES,
	quoteText,
	sanitize,
	type Palette
} from './text.ts';

export interface DecodeView {
	/** The bytes that were decoded. */
	input: Uint8Array;
	result: DecodeResult;
	/** How the input was read, e.g. "hex" or "hexdump -C"; absent for encode. */
	formatLabel?: string;
	notes?: readonly string[];
	/** Terminal width, when writing to a terminal. */
	columns?: number;
	/** How many frames, messages and diagnostics a long report leaves out (see decode-report.ts). */
	omitted?: Omitted;
	/** What each message carries above WebSocket (decode's --payload), by message index. */
	payloads?: readonly (PayloadResult | null | undefined)[];
}

export interface Omitted {
	frames: number;
	messages: number;
	diagnostics: number;
}

export function renderDecode(view: DecodeView, pal: Palette): string {
	const blocks = [
		[renderInputLine(view, pal), ...(view.notes ?? []).map((n) => pal.dim(`note: ${sanitize(n)}`))],
		...renderFrames(view, pal),
		omittedLine(view.omitted?.frames, 'frame', pal),
		renderUnparsed(view.result, pal),
		[
			...renderMessages(view.result.messages, pal, view.payloads),
			...omittedLine(view.omitted?.messages, 'message', pal)
		],
		[
			...renderDiagnostics(view.result.diagnostics, pal),
			...omittedLine(view.omitted?.diagnostics, 'diagnostic', pal)
		],
		[renderVerdict(view.result, pal)]
	];
	return (
		blocks
			.filter((b) => b.length > 0)
			.map((b) => b.join('\n'))
			.join('\n\n') + '\n'
	);
}

function omittedLine(n: number | undefined, what: string, pal: Palette): string[] {
	if (!n) return [];
	return [
		pal.dim(`  … ${plural(n, `more ${what}`)} not shown: wsviz decode --json prints every one`)
	];
}

function renderInputLine(view: DecodeView, pal: Palette): string {
	const { result } = view;
	const parts = [pal.bold(`${view.formatLabel ?? 'input'}, ${plural(result.bytes, 'byte')}`)];
	if (result.frames.length > 0) {
		const how = result.fromInferred ? 'inferred from the mask bit of frame 0' : 'as given';
		parts.push(`sent by the ${result.from} (${how})`);
	}
	return parts.join(' · ');
}

export function renderFrames(view: DecodeView, pal: Palette): string[][] {
	// Frames of uncompressed text messages show their payload as text; compressed ones stay hex (their
	// text is shown once inflated, with the message).
	const textFrames = new Set<number>();
	for (const m of view.result.messages)
		if (m.type === 'text' && !m.compressed) m.frames.forEach((i) => textFrames.add(i));
	const ctx: FrameContext = { input: view.input, textFrames, columns: view.columns };
	return view.result.frames.map((f) => [pal.bold(frameTitle(f)), ...renderFrameTable(f, ctx, pal)]);
}

function renderUnparsed(result: DecodeResult, pal: Palette): string[] {
	if (!result.unparsed) return [];
	const { offset, length } = result.unparsed;
	const range = `bytes ${offset}–${offset + length - 1} (${plural(length, 'byte')})`;
	return [pal.bold('Unparsed'), `  ${range} cannot be read as frames after the fatal error above`];
}

function renderMessages(
	messages: readonly Message[],
	pal: Palette,
	payloads: DecodeView['payloads'] = []
): string[] {
	if (messages.length === 0) return [];
	const lines = messages.flatMap((m, i) => [
		`  ${messageLine(m)}`,
		...payloadLines(payloads[i], pal)
	]);
	return [pal.bold('Messages'), ...lines];
}

function messageLine(m: Message): string {
	const frames = `${m.frames.length === 1 ? 'frame' : 'frames'} ${m.frames.join(', ')}`;
	const inflated = m.compressedPayload
		? `inflated from ${m.compressedPayload.length} compressed bytes`
		: m.compressed
			? 'compressed'
			: '';
	const flags = [inflated, m.complete ? '' : 'incomplete'].filter(Boolean);
	const head = `#${m.index} ${m.type} (${[frames, ...flags].join(', ')})`;
	return `${head}: ${messageBody(m)}`;
}

function messageBody(m: Message): string {
	if (m.type === 'close') {
		if (m.code === undefined) return 'no status code';
		return `code ${closeCodeText(m.code)}${m.reason ? `, reason ${quoteText(m.reason)}` : ''}`;
	}
	if (m.type === 'text' && m.text !== undefined) return quoteText(m.text);
	const n = m.payload.length;
	if (n === 0) return 'empty';
	const shown = PREVIEW_BYTES * 2;
	const hex = bytesToHex(m.payload.subarray(0, shown), ' ');
	return [`${plural(n, 'byte')}:`, hex, moreBytes(n, shown)].filter(Boolean).join(' ');
}

/** "1002 (Protocol Error)": the engine's close-code registry names the code. */
function closeCodeText(code: number): string {
	const { name } = closeCodeInfo(code);
	return name ? `${code} (${name})` : String(code);
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], pal: Palette): string[] {
	if (diagnostics.length === 0) return [];
	const out = [pal.bold('Diagnostics')];
	const at = (d: Diagnostic): string => `byte ${Math.floor(d.bitOffset / 8)}`;
	const atWidth = Math.max(...diagnostics.map((d) => at(d).length));
	for (const d of diagnostics) {
		const paint =
			d.severity === 'error' ? pal.red : d.severity === 'warning' ? pal.yellow : pal.cyan;
		const close = d.closeCode === undefined ? '' : `, close ${d.closeCode}`;
		out.push(
			`  ${paint(padEnd(d.severity, 7))}  ${padEnd(at(d), atWidth)}  ${pal.bold(d.code)}` +
				pal.dim(` (${d.rfc}${close})`)
		);
		out.push(`  ${' '.repeat(7 + 2 + atWidth + 2)}${sanitize(d.message)}`);
	}
	return out;
}

/** The receiver is the other end: a client's frames are judged by a server, and the reverse. */
export function renderVerdict(result: DecodeResult, pal: Palette): string {
	const receiver = result.from === 'client' ? 'server' : 'client';
	const { verdict } = result;
	if (result.bytes === 0) return `${pal.bold('Verdict:')} no bytes to judge`;
	if (!verdict.ok) {
		const first = verdict.firstError;
		const why = first ? `: ${first.code} at byte ${Math.floor(first.bitOffset / 8)}` : '';
		const code =
			verdict.closeCode === null
				? 'fail the connection'
				: `close with ${closeCodeText(verdict.closeCode)}`;
		return `${pal.bold('Verdict:')} ${pal.red(`a strict ${receiver} would ${code}`)}${why}`;
	}
	if (verdict.needMoreBytes > 0) {
		const more = plural(verdict.needMoreBytes, 'more byte');
		return `${pal.bold('Verdict:')} ${pal.yellow(`OK so far — needs ${more} to finish the last frame`)}`;
	}
	return `${pal.bold('Verdict:')} ${pal.green(`OK — a strict ${receiver} accepts this`)}`;
}
