// How fields look: each field id belongs to a colour family (the `field-{family}` classes of
// app.css), and a few display helpers. Layout only: which bits a field covers comes from the engine's
// bitOffset/bitLength, and what the bits mean from its value and meaning.
import type { Field, Frame, Severity } from '$lib/protocol/index.ts';
import { m } from '$lib/paraglide/messages.js';
import type { BitRange } from './bit-range.ts';

export type FieldFamily =
	'flags' | 'opcode' | 'mask' | 'length' | 'key' | 'payload' | 'truncated' | 'other';

const FAMILY_BY_ID: Record<string, FieldFamily> = {
	fin: 'flags',
	rsv1: 'flags',
	rsv2: 'flags',
	rsv3: 'flags',
	opcode: 'opcode',
	mask: 'mask',
	payload_length: 'length',
	extended_payload_length: 'length',
	masking_key: 'key',
	payload: 'payload',
	truncated_header: 'truncated'
};

/** The family of a field id; ids the engine adds later fall back to `other` until given one. */
export function familyOf(id: string): FieldFamily {
	return FAMILY_BY_ID[id] ?? 'other';
}

/** The class that colours a field: `field-opcode`, `field-payload` ... */
export function fieldClass(id: string): string {
	return `field-${familyOf(id)}`;
}

/** Short names of the families, for the legend and for bytes shared by several fields. */
export const FAMILY_NAMES: Record<FieldFamily, () => string> = {
	flags: () => 'FIN / RSV',
	opcode: m.family_opcode,
	mask: () => 'MASK',
	length: m.family_length,
	key: m.family_key,
	payload: m.family_payload,
	truncated: m.family_truncated,
	other: m.family_other
};

/** The one table of severities: rank (worst highest), symbol, and the word of the page's language. */
export const SEVERITY = {
	info: { rank: 1, symbol: 'i', word: m.severity_info },
	warning: { rank: 2, symbol: '!', word: m.severity_warning },
	error: { rank: 3, symbol: '✕', word: m.severity_error }
} as const satisfies Record<Severity, { rank: number; symbol: string; word: () => string }>;

const BY_RANK = Object.fromEntries(
	Object.entries(SEVERITY).map(([severity, { rank }]) => [rank, severity as Severity])
);

/** The severity of a rank (as a frame table stores its worst one); undefined for 0, none. */
export function severityOfRank(rank: number): Severity | undefined {
	return BY_RANK[rank];
}

/** Fields are keyed by frame and id: ids repeat from frame to frame, and a field may be empty. */
export function fieldKey(frame: Pick<Frame, 'index'>, field: Pick<Field, 'id'>): string {
	return `${frame.index}:${field.id}`;
}

export { overlaps, type BitRange } from './bit-range.ts';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** One byte as two lowercase hex digits. */
export function hexByte(byte: number): string {
	return HEX[byte & 0xff]!;
}

/** Bytes as spaced hex, at most `limit` of them, with how many were left out. */
export function hexPreview(bytes: Uint8Array, limit = 16): string {
	const shown = Array.from(bytes.subarray(0, limit), hexByte).join(' ');
	const rest = bytes.length - limit;
	return rest > 0 ? `${shown} … (+${m.count_bytes({ count: rest })})` : shown;
}

/** Bit `i` (0 = most significant) of the input, counted from the start of the input. */
export function inputBit(input: Uint8Array, bit: number): 0 | 1 {
	const byte = input[bit >> 3] ?? 0;
	return ((byte >> (7 - (bit & 7))) & 1) as 0 | 1;
}

/** The bits a field covers as they stand in the input: binary for short fields, hex for long ones. */
export function fieldBits(input: Uint8Array, field: BitRange, binaryUpTo = 16): string {
	if (field.bitLength === 0) return '—';
	if (field.bitLength <= binaryUpTo) {
		let out = '';
		for (let i = 0; i < field.bitLength; i++) out += inputBit(input, field.bitOffset + i);
		return out;
	}
	const start = field.bitOffset >> 3;
	return hexPreview(input.subarray(start, start + Math.ceil(field.bitLength / 8)), 8);
}

/** A field's value for a person: byte arrays as hex, the rest as text. */
export function formatValue(value: unknown): string {
	if (value === null || value === undefined) return '—';
	if (value instanceof Uint8Array)
		return value.length === 0 ? m.value_empty() : hexPreview(value, 8);
	return String(value);
}

/** "bit 4" or "bits 4–7", relative to the start of the frame, as RFC 6455 §5.2 numbers them. */
export function bitRangeText(frame: Pick<Frame, 'offset'>, range: BitRange): string {
	const start = range.bitOffset - frame.offset * 8;
	if (range.bitLength === 0) return m.bits_at({ bit: start });
	if (range.bitLength === 1) return m.bits_one({ bit: start });
	return m.bits_range({ from: start, to: start + range.bitLength - 1 });
}
