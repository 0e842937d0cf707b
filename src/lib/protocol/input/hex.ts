// Hex text to bytes and back. One pass over char codes with lookup tables: parseInt per byte runs
// at ~15 MB/s and a regex strip first at ~19 MB/s; this loop runs at several hundred MB/s.

import { inputNote } from './notes.ts';
import { fill } from '../text.ts';
import { INPUT_PROBLEMS } from './problems.ts';
import { fail, MAX_TOKEN, skipBlanks, succeed, type Outcome } from './text.ts';

/** Table values besides a nibble 0..15. */
const SEPARATOR = -1;
const NOT_HEX = -2;

/** Between bytes, hex may be split by blanks, `:` (81:05), `-` (81-05) or `,`. */
const SEPARATORS = ' \t\n\r\v\f:-,';

/** Char code → nibble, SEPARATOR or NOT_HEX; it spans UTF-16, so lookups need no range check. */
const NIBBLE = ((): Int8Array => {
	const table = new Int8Array(65536).fill(NOT_HEX);
	for (let i = 0; i < 16; i++) {
		table['0123456789abcdef'.charCodeAt(i)] = i;
		table['0123456789ABCDEF'.charCodeAt(i)] = i;
	}
	for (const c of SEPARATORS) table[c.charCodeAt(0)] = SEPARATOR;
	return table;
})();

export function nibble(c: number): number {
	return NIBBLE[c] ?? NOT_HEX;
}

export function isHexSeparator(c: number): boolean {
	return nibble(c) === SEPARATOR;
}

export function isHexDigit(c: number): boolean {
	return nibble(c) >= 0;
}

/** After leading blanks, a `0x` directly followed by a hex digit is a prefix, not data. */
export function hexStart(text: string): number {
	const i = skipBlanks(text, 0);
	const x = text.charCodeAt(i + 1) | 0x20;
	return text.charCodeAt(i) === 48 && x === 120 && isHexDigit(text.charCodeAt(i + 2)) ? i + 2 : i;
}

/**
 * Hex digits in pairs, pairs optionally split by SEPARATORS, any case, an optional leading `0x`.
 * A run of digits between separators must have an even length: "81 5 48" is an error, not 0x05.
 */
export function decodeHex(text: string): Outcome {
	const n = text.length;
	const start = hexStart(text);
	const out = new Uint8Array((n - start) >> 1);
	let o = 0;
	let spaced = false;
	let i = start;
	while (i < n) {
		const c = text.charCodeAt(i);
		const high = NIBBLE[c] ?? NOT_HEX;
		if (high >= 0) {
			const d = i + 1 < n ? text.charCodeAt(i + 1) : 32;
			const low = NIBBLE[d] ?? NOT_HEX;
			if (low >= 0) {
				out[o++] = (high << 4) | low;
				i += 2;
				continue;
			}
			return low === SEPARATOR ? oddRun(text, i, start) : notHex(text, i, i + 1);
		}
		if (high !== SEPARATOR) return notHex(text, i, i);
		if (c !== 10 && c !== 13) spaced = true;
		i++;
	}
	const bytes = o === out.length ? out : out.slice(0, o);
	return succeed(bytes, spaced || o === 0 ? [] : [inputNote('hex_also_base64')]);
}

/** The run of digits ending at `last` has an odd length: the token is the run. */
function oddRun(text: string, last: number, start: number): Outcome {
	let first = last;
	while (first > start && isHexDigit(text.charCodeAt(first - 1))) first--;
	const length = last + 1 - first;
	const at = length > MAX_TOKEN ? last + 1 - MAX_TOKEN : first;
	const outcome = fail(at, length, 'odd_hex_digits', { count: length });
	// only hex digits all through and an odd count: a typo in hex, not base64 that looks like hex
	if (!outcome.ok) outcome.failure.decisive = onlyHexFrom(text, last + 1);
	return outcome;
}

function onlyHexFrom(text: string, i: number): boolean {
	while (i < text.length && nibble(text.charCodeAt(i)) !== NOT_HEX) i++;
	return i === text.length;
}

/**
 * The pair starting at `pair` holds the non-hex char `bad`. The token runs from the pair to the
 * next hex digit or separator: `zz` in "810548zz", `0z` in "81 0z 48", `xyz` in "81 xyz".
 */
function notHex(text: string, pair: number, bad: number): Outcome {
	let end = bad + 1;
	while (end < text.length && end - pair < MAX_TOKEN && nibble(text.charCodeAt(end)) === NOT_HEX) {
		end++;
	}
	return fail(pair, end - pair, 'not_hex');
}

/** Strict hex → bytes for tests and the encoder, where bad hex is a programmer error: throws. */
export function hexToBytes(hex: string): Uint8Array {
	const outcome = decodeHex(hex);
	if (outcome.ok) return outcome.bytes;
	const { offset, length, problem, params } = outcome.failure;
	const why = fill(INPUT_PROBLEMS[problem], params ?? {});
	throw new Error(`hexToBytes: \`${hex.slice(offset, offset + length)}\` at ${offset} ${why}`);
}
