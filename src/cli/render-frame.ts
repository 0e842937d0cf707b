// One frame as an annotated table: for every field the engine returns, where it sits, its bits or bytes
// as sent, its label, its value and its meaning. The CLI adds layout only; every fact is the engine's.
import type { Field, Frame } from '../lib/protocol/index.ts';
import {
	hexPreview,
	moreBytes,
	padEnd,
	padStart,
	plural,
	sanitize,
	shortText,
	width,
	wrap,
	type Palette
} from './text.ts';

/** Characters of a value cell before it is cut; meanings carry the full story. */
const VALUE_CHARS = 24;

interface Row {
	byte: string;
	bits: string;
	label: string;
	value: string;
	meaning: string;
	/** A line under the row, e.g. "… 248 more bytes" for a long payload. */
	note: string;
}

const HEADER: Row = {
	byte: 'byte',
	bits: 'bits / bytes',
	label: 'field',
	value: 'value',
	meaning: 'meaning',
	note: ''
};

const lenient = new TextDecoder('utf-8');

export interface FrameContext {
	/** The whole input, so cells show the bytes as sent (masked payloads stay masked there). */
	input: Uint8Array;
	/** Frames that belong to text messages: their payload value is shown as text. */
	textFrames: ReadonlySet<number>;
	/** Terminal width: meanings wrap to it. Absent when piped, so lines stay whole for grep. */
	columns?: number;
}

/** Narrower than this, wrapping the meaning column would hurt more than it helps. */
const MIN_MEANING = 30;

export function frameTitle(f: Frame): string {
	const parts = [`Frame ${f.index}`, f.type === 'reserved' ? `opcode ${f.opcode}` : f.type];
	parts.push(f.fin ? 'FIN' : 'not FIN');
	const rsv = (['rsv1', 'rsv2', 'rsv3'] as const).filter((k) => f[k]).map((k) => k.toUpperCase());
	if (rsv.length > 0) parts.push(rsv.join('+'));
	parts.push(f.masked ? 'masked' : 'unmasked');
	parts.push(`${f.payloadLength}-byte payload`);
	parts.push(`bytes ${f.offset}–${f.offset + f.length - 1}`);
	if (!f.complete) parts.push(`incomplete: needs ${plural(f.missing, 'more byte')}`);
	return parts.join(' · ');
}

export function renderFrameTable(f: Frame, ctx: FrameContext, pal: Palette): string[] {
	const rows: Row[] = [];
	for (const field of f.fields ?? []) addRows(rows, field, f, ctx, 0);
	const w = {
		byte: maxWidth(rows, 'byte'),
		bits: maxWidth(rows, 'bits'),
		label: maxWidth(rows, 'label'),
		value: maxWidth(rows, 'value')
	};
	const indent = 2 + w.byte + 2 + w.bits + 2 + w.label + 2 + w.value + 2;
	const room = (ctx.columns ?? 0) - indent;
	const line = (r: Row, paint: (s: string) => string): string[] => {
		const [first = '', ...rest] = room >= MIN_MEANING ? wrap(r.meaning, room) : [r.meaning];
		const cells =
			`  ${padStart(r.byte, w.byte)}  ${padEnd(r.bits, w.bits)}  ${padEnd(r.label, w.label)}  ` +
			`${padEnd(r.value, w.value)}  ${first}`;
		return [paint(cells.trimEnd()), ...rest.map((part) => ' '.repeat(indent) + part)];
	};
	const out = line(HEADER, pal.dim);
	for (const r of rows) {
		out.push(...line(r, (s) => s));
		if (r.note) out.push(pal.dim(`  ${' '.repeat(w.byte)}  ${r.note}`));
	}
	return out;
}

function maxWidth(rows: Row[], key: 'byte' | 'bits' | 'label' | 'value'): number {
	return Math.max(width(HEADER[key]), ...rows.map((r) => width(r[key])));
}

function addRows(rows: Row[], field: Field, f: Frame, ctx: FrameContext, depth: number): void {
	const wholeBytes = field.bitOffset % 8 === 0 && field.bitLength % 8 === 0;
	rows.push({
		byte: String(Math.floor(field.bitOffset / 8)),
		bits: bitsCell(field, ctx.input),
		label: '  '.repeat(depth) + sanitize(field.label),
		value: valueCell(field, f, ctx),
		meaning: sanitize(field.meaning),
		note: wholeBytes ? moreBytes(field.bitLength / 8) : ''
	});
	for (const child of field.children ?? []) addRows(rows, child, f, ctx, depth + 1);
}

/** Bits inside one byte as a mask (`.000 0101`, like Wireshark); whole bytes as hex. */
function bitsCell(field: Field, input: Uint8Array): string {
	const start = Math.floor(field.bitOffset / 8);
	const within = field.bitOffset % 8;
	if (field.bitLength === 0) return '';
	if (within === 0 && field.bitLength % 8 === 0) {
		return hexPreview(input.subarray(start, start + field.bitLength / 8));
	}
	const byte = input[start];
	if (byte === undefined || within + field.bitLength > 8) {
		return hexPreview(input.subarray(start, Math.ceil((field.bitOffset + field.bitLength) / 8)));
	}
	let out = '';
	for (let bit = 0; bit < 8; bit++) {
		if (bit === 4) out += ' ';
		const inside = bit >= within && bit < within + field.bitLength;
		out += inside ? String((byte >> (7 - bit)) & 1) : '.';
	}
	return out;
}

function valueCell(field: Field, f: Frame, ctx: FrameContext): string {
	const v = field.value;
	if (v instanceof Uint8Array) {
		// The payload value is after unmasking: for text, the text itself is what a person wants.
		if (field.id === 'payload' && ctx.textFrames.has(f.index)) {
			return shortText(lenient.decode(v), VALUE_CHARS - 2);
		}
		// Unmasked, the payload's value is the very bytes of the previous column: no need to repeat them.
		return field.id === 'payload' && !f.masked ? '(as sent)' : hexPreview(v);
	}
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return String(field.raw ?? (v ? 1 : 0));
	// A small field whose value is a name (opcode 1 = text, length 126 = 16-bit) shows both.
	if (typeof v === 'string' && typeof field.raw === 'number' && field.bitLength <= 8) {
		return `${field.raw} (${sanitize(v)})`;
	}
	const text = sanitize(String(v));
	return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS - 1)}…` : text;
}
