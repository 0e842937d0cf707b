// The public shapes of paste input: which format a text was read as, the bytes, or where it broke.
import type { Coded } from '../text.ts';
import type { InputNote } from './notes.ts';
import type { InputProblem } from './problems.ts';
import type { InputReading } from './readings.ts';

export type InputFormat =
	| 'empty'
	/** `810548656c6c6f`, `81 05 48`, `81:05:48`, `0x810548` */
	| 'hex'
	/** `0x48, 0x65` or `0x48 0x65` */
	| 'hex-list'
	/** `{0x48, 0x65}`, `unsigned char x[] = {...};`, xxd -i, Go `[]byte{...}` */
	| 'c-array'
	/** `[72, 101]`, DevTools `Uint8Array(2) [72, 101]` */
	| 'decimal'
	/** `{"type":"Buffer","data":[72,101]}` */
	| 'buffer-json'
	/** standard or URL-safe, padded or not, line breaks allowed */
	| 'base64'
	/** `"\x48\x65"`, `b'\x81\x05Hello'`, `"\201\005Hello"`; printable chars stand for themselves */
	| 'escaped'
	/** `hexdump -C` */
	| 'hexdump'
	| 'xxd'
	/** Wireshark "Copy as Hex Dump": `0000   81 05 48 65 6c 6c 6f   ..Hello` */
	| 'wireshark';

export interface InputError {
	/** "`zz` at line 2, column 14 is not hex": the English of `problem`, with where. */
	message: string;
	/** What is wrong with the token: a code of INPUT_PROBLEMS and its params. */
	problem: Coded<InputProblem>;
	/** 1-based. */
	line: number;
	/** 1-based, in UTF-16 units like `text[i]`; a tab counts as one column. */
	column: number;
	/** 0-based char offset of the offending token in the text. */
	offset: number;
	/** Length of the token in chars (at most 64: a token is for people to read). */
	length: number;
	/** The offending token: text.slice(offset, offset + length). */
	text: string;
}

/** Which format a text was read as (or failed as): its id, and its English name (the CLI's words). */
interface Reading {
	format: InputFormat;
	reading: InputReading;
	formatLabel: string;
}

export type ParsedInput =
	| (Reading & { ok: true; bytes: Uint8Array; notes: Coded<InputNote>[] })
	| (Reading & { ok: false; error: InputError });
