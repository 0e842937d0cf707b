// A frame as the picture of RFC 6455 §5.2: rows of 32 bits, each field a box over its bits with its
// name and value, for handouts (download as SVG, or PNG through a canvas). Pure: fields and their
// bit ranges come from the engine; colours come from the caller (the page's theme).
import type { Field, Frame } from '$lib/protocol/index.ts';
import { familyOf, hexByte, type FieldFamily } from './fields.ts';
import { visibleFields } from './frame-layout.ts';

export interface DiagramPalette {
	background: string;
	text: string;
	muted: string;
	fields: Record<FieldFamily, { bg: string; line: string }>;
}

export interface DiagramOptions {
	/** Payload bytes drawn at most; the rest are counted in a last line. */
	payloadLimit?: number;
	/** A caption drawn above the bit numbers. */
	title?: string;
	/** The last line's words for payload bytes not drawn (the page's language). */
	more?: (count: number) => string;
}

const BITS_PER_ROW = 32;
const CELL = 22;
const ROW = 46;
const MARGIN = 16;
const TOP = 52;
const FONT = 'ui-monospace, Menlo, Consolas, monospace';
const CHAR_WIDTH = 6.7; // of 11 px monospace text, to decide what fits in a box

/** XML text and attribute values: nothing from a field can open a tag or end an attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A field's value as short as it can be said: a number, or the first bytes in hex. */
function shortValue(field: Field, input: Uint8Array): string {
	if (field.raw !== undefined && field.bitLength <= 64) return String(field.raw);
	const first = Math.floor(field.bitOffset / 8);
	const bytes = Math.ceil(field.bitLength / 8);
	const shown = Array.from(input.subarray(first, first + Math.min(bytes, 4)), hexByte).join(' ');
	return bytes > 4 ? `${shown} …` : shown;
}

interface Box {
	row: number;
	startBit: number;
	bits: number;
	field: Field;
}

/** Cuts a field's bits (relative to the frame) into one box per row it crosses. */
function boxesOf(field: Field, frameBit: number, endBit: number): Box[] {
	const boxes: Box[] = [];
	let bit = field.bitOffset - frameBit;
	const end = Math.min(bit + field.bitLength, endBit);
	while (bit < end) {
		const row = Math.floor(bit / BITS_PER_ROW);
		const rowEnd = Math.min(end, (row + 1) * BITS_PER_ROW);
		boxes.push({ row, startBit: bit % BITS_PER_ROW, bits: rowEnd - bit, field });
		bit = rowEnd;
	}
	return boxes;
}

function boxSvg(box: Box, input: Uint8Array, palette: DiagramPalette, first: boolean): string {
	const colour = palette.fields[familyOf(box.field.id)];
	const x = MARGIN + box.startBit * CELL;
	const y = TOP + box.row * ROW;
	const width = box.bits * CELL;
	const full = `${box.field.label} = ${shortValue(box.field, input)}`;
	const fits = (s: string) => s.length * CHAR_WIDTH < width - 6;
	const text = !first ? '' : fits(full) ? full : fits(box.field.label) ? box.field.label : '';
	const label = text
		? `<text x="${x + width / 2}" y="${y + ROW / 2 + 4}" text-anchor="middle">${escapeXml(text)}</text>`
		: '';
	return (
		`<g><title>${escapeXml(full)}</title>` +
		`<rect x="${x}" y="${y}" width="${width}" height="${ROW}" fill="${colour.bg}" stroke="${colour.line}" stroke-width="1.5"/>` +
		`${label}</g>`
	);
}

/** The frame's diagram as a standalone SVG document. */
export function frameDiagramSvg(
	frame: Frame,
	input: Uint8Array,
	palette: DiagramPalette,
	options: DiagramOptions = {}
): string {
	const limit = options.payloadLimit ?? 16;
	const frameBit = frame.offset * 8;
	const shownBits = Math.min(frame.length, frame.headerLength + limit) * 8;
	const hidden = frame.length - shownBits / 8;
	const boxes = visibleFields(frame).flatMap((f) => boxesOf(f, frameBit, shownBits));
	const rows = Math.max(1, Math.ceil(shownBits / BITS_PER_ROW));
	const width = MARGIN * 2 + BITS_PER_ROW * CELL;
	const height = TOP + rows * ROW + (hidden > 0 ? 28 : 0) + MARGIN;
	const seen = new Set<Field>();
	const parts = boxes.map((b) => {
		const first = !seen.has(b.field);
		seen.add(b.field);
		return boxSvg(b, input, palette, first);
	});
	const numbers = Array.from(
		{ length: BITS_PER_ROW },
		(_, i) =>
			`<text x="${MARGIN + i * CELL + CELL / 2}" y="${TOP - 8}" text-anchor="middle" fill="${palette.muted}">${i}</text>`
	).join('');
	const title = options.title
		? `<text x="${MARGIN}" y="20" font-size="14" font-weight="700">${escapeXml(options.title)}</text>`
		: '';
	const more =
		hidden > 0
			? `<text x="${MARGIN}" y="${TOP + rows * ROW + 20}" fill="${palette.muted}">${escapeXml(options.more?.(hidden) ?? `… ${hidden} more payload bytes`)}</text>`
			: '';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="11" fill="${palette.text}">` +
		`<rect width="100%" height="100%" fill="${palette.background}"/>` +
		`${title}${numbers}${parts.join('')}${more}</svg>`
	);
}
