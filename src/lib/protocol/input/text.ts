// Pieces every paste parser shares: what a parser returns, how a problem is pinned to the text,
// and a growable byte buffer. Parsers work on char offsets (UTF-16 units, as `text[i]` counts)
// and never compute line numbers: that happens once, in parseInput, and only when one failed.

import type { Coded, TextParams } from '../text.ts';
import type { InputNote } from './notes.ts';
import type { InputReading } from './readings.ts';
import type { InputProblem } from './problems.ts';

/** What a parser found, before parseInput adds the format and turns offsets into line/column. */
export type Outcome =
	| { ok: true; bytes: Uint8Array; notes: Coded<InputNote>[]; reading?: InputReading }
	| { ok: false; failure: Failure };

/** The offending token as a range of the text, and what is wrong with it (INPUT_PROBLEMS). */
export interface Failure {
	offset: number;
	length: number;
	problem: InputProblem;
	params?: TextParams;
	/** The format is certain, so parseInput tries no other format after this failure. */
	decisive?: boolean;
}

/** Error tokens are shown to people, so a token is never longer than this. */
export const MAX_TOKEN = 64;

/** A `*` line in a dump may claim any length; past this we refuse rather than allocate. */
export const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export function succeed(
	bytes: Uint8Array,
	notes: Coded<InputNote>[] = [],
	reading?: InputReading
): Outcome {
	return reading === undefined ? { ok: true, bytes, notes } : { ok: true, bytes, notes, reading };
}

export function fail(
	offset: number,
	length: number,
	problem: InputProblem,
	params?: TextParams
): Outcome {
	const failure: Failure = { offset, length: Math.max(1, Math.min(length, MAX_TOKEN)), problem };
	if (params) failure.params = params;
	return { ok: false, failure };
}

/** Space, tab, CR, LF, VT, FF. */
export function isBlank(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13);
}

export function isLineBreak(c: number): boolean {
	return c === 10 || c === 13;
}

export function skipBlanks(text: string, i: number, end = text.length): number {
	while (i < end && isBlank(text.charCodeAt(i))) i++;
	return i;
}

/** Where the word that starts at `start` ends: at a blank, or MAX_TOKEN chars on. */
export function tokenEnd(text: string, start: number): number {
	const limit = Math.min(text.length, start + MAX_TOKEN);
	let i = start + 1;
	while (i < limit && !isBlank(text.charCodeAt(i))) i++;
	return i;
}

/** A failure whose token is the word starting at `start`. */
export function failWord(
	text: string,
	start: number,
	problem: InputProblem,
	params?: TextParams
): Outcome {
	return fail(start, tokenEnd(text, start) - start, problem, params);
}

/** 1-based line and column of a char offset; CRLF, LF and a lone CR each end a line. */
export function locate(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

/** A byte in the ASCII column of hexdump -C, xxd and Wireshark: printable ASCII, else '.'. */
export function asciiColumnChar(byte: number): number {
	return byte >= 0x20 && byte <= 0x7e ? byte : 0x2e;
}

/** Notes of one kind: the first few are kept word for word, the rest are counted. */
export class NoteList {
	private readonly kept: Coded<InputNote>[] = [];
	private extra = 0;
	private readonly keep: number;

	constructor(keep = 3) {
		this.keep = keep;
	}

	add(note: Coded<InputNote>): void {
		if (this.kept.length < this.keep) this.kept.push(note);
		else this.extra++;
	}

	/** The kept notes, then `more` with the count of the others. */
	into(notes: Coded<InputNote>[], more: InputNote): void {
		notes.push(...this.kept);
		if (this.extra > 0) notes.push({ code: more, params: { count: this.extra } });
	}
}

/** A byte buffer that grows by doubling, for parsers whose output size is not known up front. */
export class ByteSink {
	bytes: Uint8Array;
	length = 0;

	constructor(capacity = 64) {
		this.bytes = new Uint8Array(Math.max(16, capacity));
	}

	push(byte: number): void {
		if (this.length === this.bytes.length) this.reserve(1);
		this.bytes[this.length++] = byte;
	}

	reserve(extra: number): void {
		const need = this.length + extra;
		if (need <= this.bytes.length) return;
		const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
		grown.set(this.bytes.subarray(0, this.length));
		this.bytes = grown;
	}

	/** Appends `total` bytes by cycling over the `count` bytes at `from` (a dump's `*` line). */
	repeat(from: number, count: number, total: number): void {
		this.reserve(total);
		const start = this.length;
		let written = Math.min(count, total);
		this.bytes.copyWithin(start, from, from + written);
		// doubling keeps the period: what is written so far is a whole number of repeats
		while (written < total) {
			const n = Math.min(written, total - written);
			this.bytes.copyWithin(start + written, start, start + n);
			written += n;
		}
		this.length += total;
	}

	truncate(length: number): void {
		this.length = Math.min(this.length, length);
	}

	toBytes(): Uint8Array {
		return this.length === this.bytes.length ? this.bytes : this.bytes.slice(0, this.length);
	}
}
