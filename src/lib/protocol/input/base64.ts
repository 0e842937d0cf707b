// Base64 (RFC 4648 §4) and base64url (§5) text to bytes and back, with or without `=` padding,
// with line breaks. One pass with a lookup table, like hex.ts, and errors pinned to the char.

import type { Coded } from '../text.ts';
import { inputNote, type InputNote } from './notes.ts';
import { fail, failWord, isBlank, isLineBreak, succeed, type Outcome } from './text.ts';

const LINE_BREAK = -1;
const BLANK = -2;
const PAD = -3;
const INVALID = -4;

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Char code → sextet, for both alphabets at once (they differ only in 62 and 63). It spans all of
 * UTF-16 so the hot loop needs no range check.
 */
const SEXTET = ((): Int8Array => {
	const table = new Int8Array(65536).fill(INVALID);
	for (let i = 0; i < 64; i++) table[STANDARD.charCodeAt(i)] = i;
	table['-'.charCodeAt(0)] = 62;
	table['_'.charCodeAt(0)] = 63;
	table['='.charCodeAt(0)] = PAD;
	for (const c of '\n\r') table[c.charCodeAt(0)] = LINE_BREAK;
	for (const c of ' \t\v\f') table[c.charCodeAt(0)] = BLANK;
	return table;
})();

export function isBase64Char(c: number): boolean {
	return (SEXTET[c] ?? INVALID) >= 0;
}

interface Progress {
	bytes: Uint8Array;
	/** Bytes written. */
	o: number;
	/** Where decoding stopped: the first `=`, or the end. */
	i: number;
	/** Sextets after the last whole group of four, and their bits. */
	k: number;
	acc: number;
	/** Which alphabet chars 62/63 used: '+' '/' or '-' '_'. */
	standard: boolean;
	urlSafe: boolean;
}

export function decodeBase64(text: string): Outcome {
	const p = decodeGroups(text);
	if ('ok' in p) return p;
	const notes: Coded<InputNote>[] = [];
	const tail = readPadding(text, p, notes);
	if (tail) return tail;
	if (p.k === 1) return fail(lastSextetAt(text, p.i), 1, 'base64_lone_char');
	if (p.k === 2) p.bytes[p.o++] = p.acc >> 4;
	if (p.k === 3) {
		p.bytes[p.o++] = p.acc >> 10;
		p.bytes[p.o++] = (p.acc >> 2) & 255;
	}
	// RFC 4648 §3.5: an encoder sets the unused bits of the last char to zero
	if ((p.k === 2 && (p.acc & 15) !== 0) || (p.k === 3 && (p.acc & 3) !== 0)) {
		notes.push(inputNote('base64_unused_bits'));
	}
	if (p.standard && p.urlSafe) notes.push(inputNote('base64_mixed_alphabets'));
	return succeed(p.bytes.slice(0, p.o), notes, p.urlSafe && !p.standard ? 'base64url' : 'base64');
}

/** Every group of four sextets becomes three bytes; stops at the first `=` or a bad char. */
function decodeGroups(text: string): Progress | Outcome {
	const n = text.length;
	const bytes = new Uint8Array(Math.ceil((n * 3) / 4) + 3);
	const p: Progress = { bytes, o: 0, i: 0, k: 0, acc: 0, standard: false, urlSafe: false };
	let atLineStart = true;
	let i = 0;
	while (i < n) {
		if (p.k === 0) {
			const next = decodeQuads(text, i, p);
			if (next > i) atLineStart = false;
			i = next;
			if (i >= n) break;
		}
		const c = text.charCodeAt(i);
		const v = SEXTET[c] ?? INVALID;
		if (v >= 0) {
			pushSextet(p, c, v);
			atLineStart = false;
		} else if (v === LINE_BREAK) atLineStart = true;
		else if (v === BLANK) {
			// Indentation and trailing blanks are paste noise; a blank inside a line means the
			// text is not base64 at all ("81 05 zz" is broken hex, not base64 for 0xf3 0x4e 0x73).
			let next = i + 1;
			while (next < n && SEXTET[text.charCodeAt(next)] === BLANK) next++;
			if (!atLineStart && next < n && !isLineBreak(text.charCodeAt(next))) {
				return failWord(text, next, 'base64_after_space');
			}
			i = next - 1;
		} else if (v === PAD) break;
		else return fail(i, 1, 'not_base64');
		i++;
	}
	p.i = i;
	return p;
}

/**
 * The fast path: whole groups of four chars from the common part of the alphabet, four at a
 * time. Anything else (a line break, `=`, `+/-_` whose alphabet is tracked) goes char by char.
 */
function decodeQuads(text: string, i: number, p: Progress): number {
	const { bytes } = p;
	const last = text.length - 4;
	let o = p.o;
	while (i <= last) {
		const v0 = SEXTET[text.charCodeAt(i)] ?? INVALID;
		const v1 = SEXTET[text.charCodeAt(i + 1)] ?? INVALID;
		const v2 = SEXTET[text.charCodeAt(i + 2)] ?? INVALID;
		const v3 = SEXTET[text.charCodeAt(i + 3)] ?? INVALID;
		if ((v0 | v1 | v2 | v3) < 0 || v0 >= 62 || v1 >= 62 || v2 >= 62 || v3 >= 62) break;
		const group = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
		bytes[o++] = group >> 16;
		bytes[o++] = (group >> 8) & 255;
		bytes[o++] = group & 255;
		i += 4;
	}
	p.o = o;
	return i;
}

function pushSextet(p: Progress, c: number, v: number): void {
	if (v >= 62) {
		if (c === 43 || c === 47) p.standard = true;
		else p.urlSafe = true;
	}
	p.acc = (p.acc << 6) | v;
	if (++p.k === 4) {
		p.bytes[p.o++] = p.acc >> 16;
		p.bytes[p.o++] = (p.acc >> 8) & 255;
		p.bytes[p.o++] = p.acc & 255;
		p.acc = 0;
		p.k = 0;
	}
}

/** After the first `=`: only `=` and blanks may follow, and the count of `=` should fit. */
function readPadding(text: string, p: Progress, notes: Coded<InputNote>[]): Outcome | undefined {
	let pads = 0;
	for (let i = p.i; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 61) pads++;
		else if (!isBlank(c)) return failWord(text, i, 'base64_after_padding');
	}
	const expected = p.k === 0 ? 0 : 4 - p.k;
	if (pads > 0 && pads !== expected && p.k !== 1) {
		notes.push(inputNote('base64_padding_count', { pads, expected }));
	}
	return undefined;
}

function lastSextetAt(text: string, end: number): number {
	let i = end - 1;
	while (i > 0 && !isBase64Char(text.charCodeAt(i))) i--;
	return Math.max(0, i);
}

const ALPHABET_CODES = new TextEncoder().encode(STANDARD);

/** Standard base64 with padding and no line breaks (what `btoa` and Wireshark write). */
export function encodeBase64(bytes: Uint8Array): string {
	const n = bytes.length;
	const out = new Uint8Array(Math.ceil(n / 3) * 4);
	let o = 0;
	for (let i = 0; i < n; i += 3) {
		const b0 = bytes[i] ?? 0;
		const b1 = bytes[i + 1] ?? 0;
		const b2 = bytes[i + 2] ?? 0;
		out[o++] = ALPHABET_CODES[b0 >> 2] ?? 0;
		out[o++] = ALPHABET_CODES[((b0 & 3) << 4) | (b1 >> 4)] ?? 0;
		out[o++] = i + 1 < n ? (ALPHABET_CODES[((b1 & 15) << 2) | (b2 >> 6)] ?? 0) : 61;
		out[o++] = i + 2 < n ? (ALPHABET_CODES[b2 & 63] ?? 0) : 61;
	}
	return new TextDecoder().decode(out);
}
