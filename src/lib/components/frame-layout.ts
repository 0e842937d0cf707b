// Where a frame's bytes and bits go on screen: which field covers which bit, grouped for display.
// Pure layout over the engine's fields (their bitOffset/bitLength); nothing here reads protocol
// meaning from the bytes.
import type { Field, Frame } from '$lib/protocol/index.ts';
import { m } from '$lib/paraglide/messages.js';
import { fieldLabel } from '$lib/i18n/field-text.ts';
import { FAMILY_NAMES, familyOf, hexByte, inputBit } from './fields.ts';

/** Consecutive bits of one byte (or of the bit grid) that belong to the same field. */
export interface BitRun {
	field: Field | undefined;
	/** Absolute bit offset of the first bit. */
	bitOffset: number;
	bitLength: number;
}

export interface ByteCell {
	/** Byte offset in the input. */
	offset: number;
	hex: string;
	/** The fields this byte carries bits of, in order. */
	fields: Field[];
	runs: BitRun[];
}

export interface ByteGroup {
	cells: ByteCell[];
	/** The field every byte of the group belongs to; undefined for a byte shared by several. */
	field: Field | undefined;
	label: string;
}

export interface Strip {
	groups: ByteGroup[];
	/** Payload bytes present in the input but not shown (past the display limit). */
	hidden: number;
}

/** The fields of a frame that have bits (an empty payload has none to show). */
export function visibleFields(frame: Frame): Field[] {
	return (frame.fields ?? []).filter((f) => f.bitLength > 0);
}

/** Splits a bit range into runs by the field covering each bit. */
export function bitRuns(fields: Field[], bitOffset: number, bitLength: number): BitRun[] {
	const runs: BitRun[] = [];
	for (let bit = bitOffset; bit < bitOffset + bitLength; bit++) {
		const field = fields.find((f) => bit >= f.bitOffset && bit < f.bitOffset + f.bitLength);
		const last = runs[runs.length - 1];
		if (last && last.field === field) last.bitLength++;
		else runs.push({ field, bitOffset: bit, bitLength: 1 });
	}
	return runs;
}

function cellAt(input: Uint8Array, fields: Field[], offset: number): ByteCell {
	const runs = bitRuns(fields, offset * 8, 8);
	const cellFields = runs.flatMap((r) => (r.field ? [r.field] : []));
	return { offset, hex: hexByte(input[offset] ?? 0), fields: cellFields, runs };
}

function groupLabel(cell: ByteCell): string {
	const names = [...new Set(cell.fields.map((f) => FAMILY_NAMES[familyOf(f.id)]()))];
	return names.length > 0 ? names.join(' + ') : m.family_other();
}

/**
 * The bytes of a frame as groups: a field's bytes together, a byte shared by several fields on its
 * own. At most `payloadLimit` payload bytes are laid out; the rest are counted in `hidden`.
 */
export function frameStrip(frame: Frame, input: Uint8Array, payloadLimit = 256): Strip {
	const fields = visibleFields(frame);
	const end = frame.offset + frame.length;
	const shownEnd = Math.min(end, frame.offset + frame.headerLength + payloadLimit);
	const groups: ByteGroup[] = [];
	for (let offset = frame.offset; offset < shownEnd; offset++) {
		const cell = cellAt(input, fields, offset);
		const only = cell.fields.length === 1 ? cell.fields[0] : undefined;
		const last = groups[groups.length - 1];
		if (only && last && last.field === only) last.cells.push(cell);
		else
			groups.push({
				cells: [cell],
				field: only,
				label: only ? fieldLabel(only) : groupLabel(cell)
			});
	}
	return { groups, hidden: end - shownEnd };
}

/** A bit of the bit grid. */
export interface GridBit {
	/** Absolute bit offset. */
	bit: number;
	value: 0 | 1;
	field: Field | undefined;
}

/** The first two bytes of a frame bit by bit (fewer when the input holds fewer). */
export function headerBits(frame: Frame, input: Uint8Array): { bits: GridBit[]; runs: BitRun[] } {
	const fields = visibleFields(frame);
	const count = Math.min(2, frame.length) * 8;
	const start = frame.offset * 8;
	const runs = bitRuns(fields, start, count);
	const bits: GridBit[] = [];
	for (const run of runs) {
		for (let bit = run.bitOffset; bit < run.bitOffset + run.bitLength; bit++) {
			bits.push({ bit, value: inputBit(input, bit), field: run.field });
		}
	}
	return { bits, runs };
}

/**
 * What a screen reader says for one byte of a frame: its place in the frame, then each field it
 * carries bits of, with the field's number when the field fits in the byte (a flag, the opcode, a
 * 7-bit length), or the byte's place inside a longer field: "byte 2 of 11: MASK 1, Payload length 5".
 */
export function byteDescription(cell: ByteCell, frame: Frame): string {
	const parts = cell.fields.map((f) => {
		if (f.bitLength <= 8 && f.raw !== undefined) return `${fieldLabel(f)} ${f.raw}`;
		const first = Math.floor(f.bitOffset / 8);
		const count = Math.ceil((f.bitOffset + f.bitLength) / 8) - first;
		return m.byte_field({ field: fieldLabel(f), index: cell.offset - first + 1, count });
	});
	const place = m.byte_place({ index: cell.offset - frame.offset + 1, count: frame.length });
	return `${place}: ${cell.hex}, ${parts.join(', ') || m.no_field()}`;
}
