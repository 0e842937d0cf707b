// Which format a paste is in, decided from its first few KB only (a 10 MB paste gets no slow
// pre-pass), as a table walked in order: the first detector whose shape fits and whose parser
// succeeds wins. Order matters where shapes overlap: `{"type":"Buffer"` before `{` (C array),
// `[]byte{` (Go, a C-like array) before `[` (decimal), dumps before hex (an offset looks like hex),
// and hex before base64 (hex digits are base64 chars too; an all-hex text is read as hex).

import { decodeBase64, isBase64Char } from './base64.ts';
import { DIALECTS, looksLikeDump, parseDump, type DumpDialect } from './dump.ts';
import { decodeEscaped, looksEscaped } from './escaped.ts';
import { decodeHex, hexStart, isHexDigit, isHexSeparator } from './hex.ts';
import { looksLikeHexList, looksLikeList, parseList, type ListFormat } from './lists.ts';
import { isBlank, isLineBreak, type Outcome } from './text.ts';
import type { InputFormat } from './types.ts';

export interface Detector {
	format: Exclude<InputFormat, 'empty'>;
	/** Whether the first PREFIX_CHARS chars have this format's shape. */
	detect: (prefix: string) => boolean;
	parse: (text: string) => Outcome;
}

/** Enough to see a dump's first line, a C array's declaration, a base64 line or two. */
export const PREFIX_CHARS = 4096;

function list(format: ListFormat): Detector {
	return {
		format,
		detect: (prefix) => looksLikeList(format, prefix),
		parse: (text) => parseList(format, text)
	};
}

function dump(dialect: DumpDialect): Detector {
	return {
		format: dialect.format,
		detect: (prefix) => looksLikeDump(dialect, prefix),
		parse: (text) => parseDump(text, dialect)
	};
}

const HEX: Detector = { format: 'hex', detect: looksLikeHex, parse: decodeHex };
const BASE64: Detector = {
	format: 'base64',
	detect: (prefix) => looksLikeBase64(prefix) && !looksLikeBrokenHex(prefix),
	parse: decodeBase64
};
const ESCAPED: Detector = {
	format: 'escaped',
	detect: looksEscaped,
	parse: decodeEscaped
};

export const DETECTORS: readonly Detector[] = [
	// a JSON object, whose keys are quoted, never starts like a C array's `{0x81`
	{ ...list('buffer-json'), detect: (prefix) => /^\s*\{\s*"/.test(prefix) },
	list('c-array'),
	list('decimal'),
	dump(DIALECTS.hexdump),
	dump(DIALECTS.xxd),
	dump(DIALECTS.wireshark),
	ESCAPED,
	{ ...list('hex-list'), detect: looksLikeHexList },
	HEX,
	BASE64
];

/** Only hex digits and separators, after an optional `0x`. */
function looksLikeHex(prefix: string): boolean {
	let digits = 0;
	for (let i = hexStart(prefix); i < prefix.length; i++) {
		const c = prefix.charCodeAt(i);
		if (isHexDigit(c)) digits++;
		else if (!isHexSeparator(c)) return false;
	}
	return digits > 0;
}

/** Only base64 chars and `=`, in lines that may be indented but hold no blank inside. */
function looksLikeBase64(prefix: string): boolean {
	let data = false;
	let lineHasData = false;
	let blankAfterData = false;
	for (let i = 0; i < prefix.length; i++) {
		const c = prefix.charCodeAt(i);
		if (isBase64Char(c) || c === 61) {
			if (blankAfterData) return false;
			data = lineHasData = true;
		} else if (isLineBreak(c)) lineHasData = blankAfterData = false;
		else if (isBlank(c)) blankAfterData = lineHasData;
		else return false;
	}
	return data;
}

/**
 * A long run of hex with a typo must not be read as base64 and turned into plausible garbage. Base64
 * of real data has about two thirds of its chars outside 0-9a-fA-F, so a text of 12 chars or more
 * with at most one in ten outside, and none of the `=+/-_` only base64 has, is hex with a mistake.
 * Short texts stay ambiguous (DevTools shows binary frames as short base64): they are read as base64
 * with a note that names the char that is not hex.
 */
function looksLikeBrokenHex(prefix: string): boolean {
	if (/[=+/_-]/.test(prefix)) return false;
	const chars = prefix.replace(/\s+/g, '').length;
	return chars >= 12 && hexShare(prefix) >= 0.9;
}

/**
 * When no shape fits, the parser whose error will help most: escapes if there is a backslash,
 * hex if hex digits are the majority (so "81 05 zz" says `zz` is not hex), base64 otherwise.
 */
export function bestGuess(prefix: string): Detector {
	if (prefix.includes('\\')) return ESCAPED;
	return hexShare(prefix) >= 0.5 ? HEX : BASE64;
}

/** Hex digits among the chars that are neither blanks nor hex separators. */
export function hexShare(prefix: string): number {
	let digits = 0;
	let others = 0;
	for (let i = 0; i < prefix.length; i++) {
		const c = prefix.charCodeAt(i);
		if (isHexDigit(c)) digits++;
		else if (!isHexSeparator(c)) others++;
	}
	return digits + others === 0 ? 0 : digits / (digits + others);
}
