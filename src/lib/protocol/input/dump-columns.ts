// The bytes of one dump line: where its hex area ends and its ASCII column begins, and whether
// that column shows the bytes read. The column can hold hex-looking text ("cafe", "ab 12"), so it
// is never found by what its chars look like: hexdump -C fences it with `|`; in xxd and Wireshark
// it follows a blank gap, and a gap only counts if the text after it shows exactly those bytes.

import type { InputProblem } from './problems.ts';
import { nibble } from './hex.ts';
import { asciiColumnChar, isBlank, skipBlanks, type ByteSink, type Failure } from './text.ts';

/** A failure, or whether the line's ASCII column (if it has one) shows the bytes read. */
export type LineBytes = Failure | 'ok' | 'column differs';

/** hexdump -C: the hex area ends at the `|` that opens the ASCII column. */
export function readFenced(text: string, from: number, stop: number, sink: ByteSink): LineBytes {
	let bar = from;
	while (bar < stop && text.charCodeAt(bar) !== 124) bar++;
	const first = sink.length;
	for (let i = from; i < bar;) {
		let end = i;
		while (end < bar && !isBlank(text.charCodeAt(end))) end++;
		const problem = pushHexToken(text, i, end, sink);
		if (problem) return { offset: i, length: end - i, problem };
		i = skipBlanks(text, end, bar);
	}
	if (bar === stop) return 'ok';
	let close = trimEnd(text, bar + 1, stop);
	if (text.charCodeAt(close - 1) === 124 && close - 1 > bar) close--;
	return showsBytes(text, bar + 1, close, sink.bytes, first, sink.length) ? 'ok' : 'column differs';
}

/**
 * xxd and Wireshark: hex tokens up to a blank gap followed by an ASCII column that shows exactly
 * the bytes read so far. If no gap passes that test (an edited or differently rendered column),
 * the first gap of the dialect's width decides; a line with no such gap is all hex (Wireshark's
 * "…as Hex Dump" has no ASCII column).
 */
export function readUnfenced(
	text: string,
	from: number,
	stop: number,
	sink: ByteSink,
	gap: number
): LineBytes {
	const first = sink.length;
	const end = trimEnd(text, from, stop);
	let wide: number | undefined;
	for (let i = from; ;) {
		let e = i;
		while (e < end && !isBlank(text.charCodeAt(e))) e++;
		const problem = pushHexToken(text, i, e, sink);
		if (problem && wide === undefined) return { offset: i, length: e - i, problem };
		if (problem || e >= end) break;
		let g = e;
		let width = 0;
		for (let c = text.charCodeAt(g); isBlank(c); c = text.charCodeAt(++g)) width += c === 9 ? 8 : 1;
		if (width >= 2 && showsBytes(text, e, end, sink.bytes, first, sink.length)) {
			return 'ok';
		}
		if (width >= gap) wide ??= sink.length - first;
		i = g;
	}
	if (wide === undefined) return 'ok';
	sink.truncate(first + wide);
	return 'column differs';
}

function trimEnd(text: string, from: number, stop: number): number {
	while (stop > from && isBlank(text.charCodeAt(stop - 1))) stop--;
	return stop;
}

/**
 * Whether text[start, end) is optional blanks then the ASCII column of bytes[from, to): printable
 * ASCII as itself, the rest as '.'. Trailing blanks may have been trimmed by the paste, so the
 * column's trailing spaces are not required.
 */
function showsBytes(
	text: string,
	start: number,
	end: number,
	bytes: Uint8Array,
	from: number,
	to: number
): boolean {
	// a line's ASCII column is short; bounding the work keeps hostile long lines linear
	if (to - from > 256 || end - start > 1024) return false;
	end = trimEnd(text, start, end);
	let last = to;
	while (last > from && bytes[last - 1] === 32) last--;
	const begin = end - (last - from);
	if (begin < start) return false;
	for (let k = start; k < begin; k++) if (!isBlank(text.charCodeAt(k))) return false;
	for (let k = 0; k < last - from; k++) {
		if (text.charCodeAt(begin + k) !== asciiColumnChar(bytes[from + k] ?? 0)) return false;
	}
	return true;
}

/** One blank-separated token of the hex area: `81` (hexdump, Wireshark) or `8105` (xxd). */
function pushHexToken(
	text: string,
	start: number,
	end: number,
	sink: ByteSink
): InputProblem | undefined {
	for (let k = start; k < end; k++) if (nibble(text.charCodeAt(k)) < 0) return 'not_hex';
	if ((end - start) % 2 !== 0) return 'odd_hex_digits_in_column';
	for (let k = start; k < end; k += 2) {
		sink.push((nibble(text.charCodeAt(k)) << 4) | nibble(text.charCodeAt(k + 1)));
	}
	return undefined;
}
