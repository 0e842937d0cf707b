// Terminal-safe text: pasted bytes may hold escape sequences, bidi overrides or megabytes of payload,
// and none of that may reach the terminal raw or unbounded.
import { bytesToHex } from '../lib/protocol/index.ts';

/** Bytes of a payload shown in a table cell or a message line before "… N more bytes". */
export const PREVIEW_BYTES = 8;
/** Characters of text shown before "… N more characters". */
export const PREVIEW_CHARS = 60;

// Control characters (C0, DEL, C1), format characters (bidi overrides, zero-width joiners) and line
// separators could move the cursor, recolour the terminal or reorder what is shown.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Prose that may carry pasted text (labels, meanings, messages): unsafe characters become escapes. */
export function sanitize(text: string): string {
	return text.replace(UNSAFE, (c) => NAMED[c] ?? codePointEscape(c));
}

/** Escapes what a terminal would interpret, plus `"` and `\` so the result reads as a quoted string. */
export function escapeText(text: string): string {
	return text.replace(/["\\]/g, '\\$&').replace(UNSAFE, (c) => NAMED[c] ?? codePointEscape(c));
}

function codePointEscape(c: string): string {
	const cp = c.codePointAt(0)!;
	return cp <= 0xff ? `\\x${hex2(cp)}` : `\\u{${cp.toString(16)}}`;
}

function hex2(n: number): string {
	return n.toString(16).padStart(2, '0');
}

/** A quoted, escaped, bounded view of text. */
export function quoteText(text: string, max = PREVIEW_CHARS): string {
	const chars = Array.from(text);
	if (chars.length <= max) return `"${escapeText(text)}"`;
	const more = chars.length - max;
	return `"${escapeText(chars.slice(0, max).join(''))}" … ${more} more character${more === 1 ? '' : 's'}`;
}

/** A quoted, escaped view cut to `max` characters with a bare "…": for table cells. */
export function shortText(text: string, max: number): string {
	const chars = Array.from(text);
	const cut = chars.length > max;
	return `"${escapeText(cut ? chars.slice(0, max - 1).join('') : text)}${cut ? '…' : ''}"`;
}

/** Spaced hex of the first bytes, with "…" when there are more. */
export function hexPreview(bytes: Uint8Array, max = PREVIEW_BYTES): string {
	const shown = bytesToHex(bytes.subarray(0, max), ' ');
	return bytes.length > max ? `${shown} …` : shown;
}

export function moreBytes(total: number, shown = PREVIEW_BYTES): string {
	const more = total - shown;
	return more > 0 ? `… ${more} more byte${more === 1 ? '' : 's'}` : '';
}

export function plural(n: number | bigint, word: string): string {
	return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

/** Display width, counting East Asian wide characters (Korean, CJK) as two columns. */
export function width(text: string): number {
	let w = 0;
	for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
	return w;
}

function isWide(cp: number): boolean {
	return (
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		(cp >= 0x1f300 && cp <= 0x1faff) ||
		(cp >= 0x20000 && cp <= 0x3fffd)
	);
}

/** Words into lines of at most `max` columns (a longer word gets a line of its own). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && width(line) + 1 + width(word) > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	lines.push(line);
	return lines;
}

export function padEnd(text: string, to: number): string {
	return text + ' '.repeat(Math.max(0, to - width(text)));
}

export function padStart(text: string, to: number): string {
	return ' '.repeat(Math.max(0, to - width(text))) + text;
}

export type Paint = (text: string) => string;

export interface Palette {
	bold: Paint;
	dim: Paint;
	red: Paint;
	yellow: Paint;
	green: Paint;
	cyan: Paint;
}

const SGR = { bold: 1, dim: 2, red: 31, yellow: 33, green: 32, cyan: 36 } as const;

/** ANSI colours when `on`, identity functions otherwise; pad before painting, widths ignore SGR. */
export function palette(on: boolean): Palette {
	const paint = (code: number): Paint => (on ? (s) => `\x1b[${code}m${s}\x1b[0m` : (s) => s);
	return {
		bold: paint(SGR.bold),
		dim: paint(SGR.dim),
		red: paint(SGR.red),
		yellow: paint(SGR.yellow),
		green: paint(SGR.green),
		cyan: paint(SGR.cyan)
	};
}
