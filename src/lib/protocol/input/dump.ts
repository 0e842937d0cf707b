// Hex dumps with offsets and ASCII columns: `hexdump -C`, `xxd` and Wireshark "Copy as Hex Dump".
// This module walks the lines: offsets, `*` repeats, the closing offset; dump-columns.ts reads the
// bytes of each line.

import { readFenced, readUnfenced } from './dump-columns.ts';
import type { Coded } from '../text.ts';
import { inputNote, type InputNote } from './notes.ts';
import { nibble } from './hex.ts';
import {
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
		shape: /^[ \t]*[0-9a-fA-F]{8,16} {2}[0-9a-fA-F]{2}(?: |$)/,
		colon: false,
		fenced: true,
		gap: 2
	},
	// `00000000: 8105 4865 6c6c 6f    ..Hello`; groups of any even width (-g), any line width (-c)
	xxd: {
		format: 'xxd',
		shape: /^[ \t]*[0-9a-fA-F]{4,16}: [0-9a-fA-F]{2}/,
		colon: true,
		fenced: false,
		gap: 2
	},
	// `0000   81 05 48 65 6c 6c 6f   ..Hello`: Wireshark writes the offset, two blanks and a blank
	// before each byte, then three blanks; tshark -x writes two. Pairs are one blank apart.
	wireshark: {
		format: 'wireshark',
		shape: /^[ \t]*[0-9a-fA-F]{4,8} {2,3}[0-9a-fA-F]{2}(?: |$)/,
		colon: false,
		fenced: false,
		gap: 3
	}
} as const satisfies Record<string, DumpDialect>;

export function looksLikeDump(dialect: DumpDialect, prefix: string): boolean {
	const start = skipBlanks(prefix, 0);
	const lineStart = prefix.lastIndexOf('\n', start) + 1;
	const line = prefix.slice(lineStart, lineStart + 200).split(/\r?\n/, 1)[0] ?? '';
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
	notes: Coded<InputNote>[];
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
		notes.push(inputNote('dump_star_unended', { line: d.star.line }));
	}
	d.jumps.into(notes, 'dump_offsets_more');
	d.columns.into(notes, 'dump_columns_more');
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
	if (!wellFormed)
		return failure(failWord(text, at, 'not_dump_offset', { format: dialect.format }));
	const offset = parseInt(text.slice(at, digitsEnd), 16);
	const expanded = expandStar(d, offset, at);
	if (expanded) return expanded;
	const bytesAt = skipBlanks(text, afterOffset, stop);
	if (bytesAt === stop) return closingOffset(d, offset);
	checkOffset(d, offset);
	const from = d.sink.length;
	const read = dialect.fenced
		? readFenced(text, bytesAt, stop, d.sink)
		: readUnfenced(text, bytesAt, stop, d.sink, dialect.gap);
	if (typeof read !== 'string') return read;
	if (read === 'column differs') d.columns.add(inputNote('dump_column_differs', { line: d.line }));
	const count = d.sink.length - from;
	if (count > 0) d.last = { from, count };
	d.expected = offset + count;
	return undefined;
}

function failure(outcome: Outcome): Failure | undefined {
	return outcome.ok ? undefined : outcome.failure;
}

/** An offset's hex digits (the notes write the 0x). */
function hex(n: number): string {
	return n.toString(16);
}

function readStar(d: Dump, at: number, stop: number): Failure | undefined {
	if (skipBlanks(d.text, at + 1, stop) !== stop) {
		return failure(failWord(d.text, at, 'not_star_line'));
	}
	if (!d.last) return { offset: at, length: 1, problem: 'star_first' };
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
		const params = { line: star.line, offset: hex(offset), expected: hex(from) };
		d.notes.push(inputNote('dump_star_backwards', params));
		return undefined;
	}
	if (d.sink.length + fill > MAX_OUTPUT_BYTES) {
		const params = { line: star.line, count: fill, limit: MAX_OUTPUT_BYTES };
		return failure(failWord(d.text, at, 'star_too_long', params));
	}
	if (fill % last.count !== 0) {
		const params = { line: star.line, count: last.count, bytes: fill };
		d.notes.push(inputNote('dump_star_partial', params));
	}
	d.sink.repeat(last.from, last.count, fill);
	d.expected = offset;
	return undefined;
}

/** hexdump -C ends with the total length alone on a line. */
function closingOffset(d: Dump, offset: number): undefined {
	if (d.expected !== undefined && offset !== d.expected) {
		const params = { line: d.line, offset: hex(offset), bytes: offset, held: d.expected };
		d.jumps.add(inputNote('dump_closing_offset', params));
	}
	d.expected = offset;
	return undefined;
}

function checkOffset(d: Dump, offset: number): void {
	if (d.expected === undefined) {
		if (offset !== 0) {
			d.notes.push(inputNote('dump_starts_late', { offset: hex(offset) }));
		}
	} else if (offset !== d.expected) {
		const params = { line: d.line, offset: hex(offset), expected: hex(d.expected) };
		d.jumps.add(inputNote('dump_offset_jump', params));
	}
}
