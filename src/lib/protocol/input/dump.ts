// Hex dumps with offsets and ASCII columns: `hexdump -C`, `xxd` and Wireshark "Copy as Hex Dump".
// The ASCII column can hold hex-looking text ("cafe", "ab 12"), so it is never found by what its
// chars look like. hexdump -C fences it with `|`. In xxd and Wireshark it starts after a wide
// blank gap, and we confirm that by the column itself: it must show exactly the bytes read so far.

import { nibble } from './hex.ts';
import {
	asciiColumnChar,
	ByteSink,
	failWord,
	isBlank,
	MAX_OUTPUT_BYTES,
	NoteList,
	skipBlanks,
	succeed,
	type Failure,
	type Outcome
} from './text.ts';

export interface DumpDialect {
	format: 'hexdump' | 'xxd' | 'wireshark';
	label: string;
	/** The first line's shape, which detects the dialect. */
	shape: RegExp;
	/** xxd writes `00000010:`. */
	colon: boolean;
	/** hexdump -C fences the ASCII column with `|`, a char no hex area holds. */
	fenced: boolean;
	/** The narrowest blank gap that starts the ASCII column when the column's text cannot tell. */
	gap: number;
}

export const DIALECTS = {
	// `00000000  81 05 48 65 6c 6c 6f   |..Hello|`, then the total as a last offset-only line
	hexdump: {
		format: 'hexdump',
		label: 'hexdump -C',
		shape: /^[ \t]*[0-9a-fA-F]{8,16}  [0-9a-fA-F]{2}(?: |$)/,
		colon: false,
		fenced: true,
		gap: 2
	},
	// `00000000: 8105 4865 6c6c 6f    ..Hello`; groups of any even width (-g), any line width (-c)
	xxd: {
		format: 'xxd',
		label: 'xxd',
		shape: /^[ \t]*[0-9a-fA-F]{4,16}: [0-9a-fA-F]{2}/,
		colon: true,
		fenced: false,
		gap: 2
	},
	// `0000   81 05 48 65 6c 6c 6f   ..Hello`: Wireshark writes the offset, two blanks and a blank
	// before each byte, then three blanks; tshark -x writes two. Pairs are one blank apart.
	wireshark: {
		format: 'wireshark',
		label: 'Wireshark hex dump',
		shape: /^[ \t]*[0-9a-fA-F]{4,8} {2,3}[0-9a-fA-F]{2}(?: |$)/,
		colon: false,
		fenced: false,
		gap: 3
	}
} as const satisfies Record<string, DumpDialect>;

export function looksLikeDump(dialect: DumpDialect, prefix: string): boolean {
	const start = skipBlanks(prefix, 0);
	const lineStart = prefix.lastIndexOf('\n', start) + 1;
	const line = prefix.slice(lineStart, lineStart + 200);
	if (dialect.format === 'wireshark' && DIALECTS.hexdump.shape.test(line)) return false;
	return dialect.shape.test(line);
}

interface Dump {
	text: string;
	dialect: DumpDialect;
	sink: ByteSink;
	/** 1-based number of the line being read, for notes. */
	line: number;
	/** The offset the next line should carry. */
	expected: number | undefined;
	/** The last data line's bytes in the sink, which a `*` repeats. */
	last: { from: number; count: number } | undefined;
	/** A `*` line waiting for the next offset, which says how far it repeats. */
	star: { at: number; line: number } | undefined;
	notes: string[];
	jumps: NoteList;
	columns: NoteList;
}

export function parseDump(text: string, dialect: DumpDialect): Outcome {
	const d: Dump = {
		text,
		dialect,
		sink: new ByteSink(text.length >> 2),
		line: 1,
		expected: undefined,
		last: undefined,
		star: undefined,
		notes: [],
		jumps: new NoteList(),
		columns: new NoteList()
	};
	for (let start = 0; start < text.length; d.line++) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
		const failure = readLine(d, start, stop);
		if (failure) return { ok: false, failure };
		start = end + 1;
	}
	return finish(d);
}

function finish(d: Dump): Outcome {
	const notes = d.notes;
	if (d.star) {
		notes.push(
			`the \`*\` on line ${d.star.line} has no offset after it, so how often the line above it ` +
				'repeats is unknown; that line was kept once'
		);
	}
	d.jumps.into(notes, (n) => `${n} more offsets are not where the lines above them end`);
	d.columns.into(notes, (n) => `the ASCII columns of ${n} more lines do not match their bytes`);
	return succeed(d.sink.toBytes(), notes);
}

function readLine(d: Dump, start: number, stop: number): Failure | undefined {
	const { text, dialect } = d;
	const at = skipBlanks(text, start, stop);
	if (at === stop) return undefined;
	if (text.charCodeAt(at) === 42) return readStar(d, at, stop);
	let digitsEnd = at;
	while (digitsEnd < stop && nibble(text.charCodeAt(digitsEnd)) >= 0) digitsEnd++;
	const afterOffset = dialect.colon ? digitsEnd + 1 : digitsEnd;
	const wellFormed =
		digitsEnd > at &&
		digitsEnd - at <= 12 &&
		(!dialect.colon || text[digitsEnd] === ':') &&
		(afterOffset >= stop || isBlank(text.charCodeAt(afterOffset)));
	if (!wellFormed) return failure(failWord(text, at, `is not a ${dialect.label} offset`));
	const offset = parseInt(text.slice(at, digitsEnd), 16);
	const expanded = expandStar(d, offset, at);
	if (expanded) return expanded;
	const bytesAt = skipBlanks(text, afterOffset, stop);
	if (bytesAt === stop) return closingOffset(d, offset);
	checkOffset(d, offset);
	const from = d.sink.length;
	const problem = dialect.fenced ? readFenced(d, bytesAt, stop) : readUnfenced(d, bytesAt, stop);
	if (problem) return problem;
	const count = d.sink.length - from;
	if (count > 0) d.last = { from, count };
	d.expected = offset + count;
	return undefined;
}

function failure(outcome: Outcome): Failure | undefined {
	return outcome.ok ? undefined : outcome.failure;
}

function hex(n: number): string {
	return `0x${n.toString(16)}`;
}

function readStar(d: Dump, at: number, stop: number): Failure | undefined {
	if (skipBlanks(d.text, at + 1, stop) !== stop) {
		return failure(failWord(d.text, at, 'is not a `*` line (a `*` stands alone on its line)'));
	}
	if (!d.last) return { offset: at, length: 1, problem: 'has no line above it to repeat' };
	d.star ??= { at, line: d.line };
	return undefined;
}

/** hexdump -C and xxd -a print `*` for "the line above repeats until the next offset". */
function expandStar(d: Dump, offset: number, at: number): Failure | undefined {
	const { star, last } = d;
	if (!star || !last) return undefined;
	d.star = undefined;
	const from = d.expected ?? 0;
	const fill = offset - from;
	if (fill < 0) {
		d.notes.push(
			`the \`*\` on line ${star.line} is followed by offset ${hex(offset)}, before ${hex(from)} ` +
				'where it starts; nothing was repeated'
		);
		return undefined;
	}
	if (d.sink.length + fill > MAX_OUTPUT_BYTES) {
		const problem = `makes the \`*\` on line ${star.line} repeat ${fill} bytes, more than this reader keeps (${MAX_OUTPUT_BYTES})`;
		return failure(failWord(d.text, at, problem));
	}
	if (fill % last.count !== 0) {
		d.notes.push(
			`the \`*\` on line ${star.line} repeats a ${last.count}-byte line over ${fill} bytes, ` +
				'which is not a whole number of lines; the last repeat was cut short'
		);
	}
	d.sink.repeat(last.from, last.count, fill);
	d.expected = offset;
	return undefined;
}

/** hexdump -C ends with the total length alone on a line. */
function closingOffset(d: Dump, offset: number): undefined {
	if (d.expected !== undefined && offset !== d.expected) {
		d.jumps.add(
			`line ${d.line}: the closing offset ${hex(offset)} says ${offset} bytes, but the lines ` +
				`above hold ${d.expected}`
		);
	}
	d.expected = offset;
	return undefined;
}

function checkOffset(d: Dump, offset: number): void {
	if (d.expected === undefined) {
		if (offset !== 0) {
			d.notes.push(
				`the dump starts at offset ${hex(offset)}; the bytes before it are not in the paste`
			);
		}
	} else if (offset !== d.expected) {
		d.jumps.add(
			`line ${d.line}: offset ${hex(offset)} where ${hex(d.expected)} was expected ` +
				'(a line missing, repeated or edited?)'
		);
	}
}

/** hexdump -C: the hex area ends at the `|` that opens the ASCII column. */
function readFenced(d: Dump, from: number, stop: number): Failure | undefined {
	const { text, sink } = d;
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
	if (bar === stop) return undefined;
	let close = trimEnd(text, bar + 1, stop);
	if (text.charCodeAt(close - 1) === 124 && close - 1 > bar) close--;
	if (!showsBytes(text, bar + 1, close, sink.bytes, first, sink.length))
		d.columns.add(columnNote(d));
	return undefined;
}

/**
 * xxd and Wireshark: hex tokens up to a blank gap followed by an ASCII column that shows exactly
 * the bytes read so far. If no gap passes that test (an edited or differently rendered column),
 * the first gap of the dialect's width decides; a line with no such gap is all hex (Wireshark's
 * "…as Hex Dump" has no ASCII column).
 */
function readUnfenced(d: Dump, from: number, stop: number): Failure | undefined {
	const { text, sink } = d;
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
		if (width >= 2 && showsBytes(text, e, end, sink.bytes, first, sink.length)) return undefined;
		if (width >= d.dialect.gap) wide ??= sink.length - first;
		i = g;
	}
	if (wide !== undefined) {
		sink.truncate(first + wide);
		d.columns.add(columnNote(d));
	}
	return undefined;
}

function columnNote(d: Dump): string {
	return `the ASCII column on line ${d.line} does not match its bytes`;
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
): string | undefined {
	for (let k = start; k < end; k++) if (nibble(text.charCodeAt(k)) < 0) return 'is not hex';
	if ((end - start) % 2 !== 0) return 'has an odd number of hex digits';
	for (let k = start; k < end; k += 2) {
		sink.push((nibble(text.charCodeAt(k)) << 4) | nibble(text.charCodeAt(k + 1)));
	}
	return undefined;
}
