// Escaped strings: `\x81\x05Hello`, C/JS `"..."`, Python `b'...'`, Wireshark "Copy as C String"
// (which writes octal: "\201\005Hello"). Printable chars stand for their own byte.

import { inputNote } from './notes.ts';
import { nibble } from './hex.ts';
import { ByteSink, fail, failWord, isBlank, skipBlanks, succeed, type Outcome } from './text.ts';

/** One-char escapes of C, JS, JSON and Python. Octal (\0, \201) and \x are handled apart. */
const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
	n: 10,
	r: 13,
	t: 9,
	a: 7,
	b: 8,
	f: 12,
	v: 11,
	e: 27,
	'\\': 92,
	'"': 34,
	"'": 39,
	'?': 63,
	'/': 47
};

export function looksEscaped(prefix: string): boolean {
	return /\\(?:x[0-9a-fA-F]|[0-7])/.test(prefix) || /^\s*[bB]?['"]/.test(prefix);
}

interface Reader {
	text: string;
	sink: ByteSink;
	/** Set when a char outside ASCII was taken as its UTF-8 bytes. */
	utf8: boolean;
}

export function decodeEscaped(text: string): Outcome {
	const r: Reader = { text, sink: new ByteSink(text.length), utf8: false };
	const start = skipBlanks(text, 0);
	const outcome = quoteAt(text, start) ? readLiterals(r, start) : readBare(r, start);
	if (outcome) return outcome;
	return succeed(r.sink.toBytes(), r.utf8 ? [inputNote('escaped_utf8')] : []);
}

/** Unquoted text: line breaks are paste noise, blanks around the whole text too. */
function readBare(r: Reader, start: number): Outcome | undefined {
	let end = r.text.length;
	while (end > start && isBlank(r.text.charCodeAt(end - 1))) end--;
	const stop = readBody(r, start, end, -1);
	return typeof stop === 'number' ? undefined : stop;
}

/** Quoted literals, joined like C's "a" "b", JS's "a" + "b" or with a `\` line continuation. */
function readLiterals(r: Reader, i: number): Outcome | undefined {
	const { text } = r;
	while (i < text.length) {
		const open = quoteAt(text, i);
		if (open === undefined) return failWord(text, i, 'after_closing_quote');
		const stop = readBody(r, open, text.length, open - 1);
		if (typeof stop !== 'number') return stop;
		i = skipBlanks(text, stop);
		while (text[i] === '+' || text[i] === '\\' || text[i] === ';') i = skipBlanks(text, i + 1);
	}
	return undefined;
}

/** Index of the first char inside a quote opening at `i` (`"`, `'`, `b"`, `b'`), if one does. */
function quoteAt(text: string, i: number): number | undefined {
	const c = text[i];
	if (c === '"' || c === "'") return i + 1;
	const q = text[i + 1];
	if ((c === 'b' || c === 'B') && (q === '"' || q === "'")) return i + 2;
	return undefined;
}

/**
 * Reads chars up to the quote that matches the one at `openAt` (or up to `end` when openAt is -1);
 * returns the index after the closing quote.
 */
function readBody(r: Reader, i: number, end: number, openAt: number): number | Outcome {
	const { text, sink } = r;
	const quote = openAt >= 0 ? text.charCodeAt(openAt) : -1;
	while (i < end) {
		const c = text.charCodeAt(i);
		if (c === quote) return i + 1;
		if (c === 92) {
			const next = readEscape(r, i);
			if (typeof next !== 'number') return next;
			i = next;
		} else if (c === 10 || c === 13) {
			if (openAt >= 0) return fail(openAt, 1, 'string_not_closed_on_line');
			i++;
		} else if (c < 128) {
			sink.push(c);
			i++;
		} else i = pushUtf8(r, i);
	}
	return openAt >= 0 ? fail(openAt, 1, 'string_never_closed') : end;
}

/** One escape starting at the backslash `i`; returns the index after it. */
function readEscape(r: Reader, i: number): number | Outcome {
	const { text, sink } = r;
	const e = text[i + 1] ?? '';
	if (e === 'x') {
		const high = nibble(text.charCodeAt(i + 2));
		const low = nibble(text.charCodeAt(i + 3));
		if (high < 0 || low < 0) return failWord(text, i, 'escape_needs_hex');
		sink.push((high << 4) | low);
		return i + 4;
	}
	if (e >= '0' && e <= '7') return readOctal(r, i);
	const simple = SIMPLE_ESCAPES[e];
	if (simple !== undefined) {
		sink.push(simple);
		return i + 2;
	}
	// a backslash at the end of a line continues the string on the next (C, Python)
	if (e === '\n') return i + 2;
	if (e === '\r') return text[i + 2] === '\n' ? i + 3 : i + 2;
	return fail(i, e === '' ? 1 : 2, 'unknown_escape');
}

/** `\0` to `\377`: up to three octal digits, as C and Python read them. */
function readOctal(r: Reader, i: number): number | Outcome {
	const { text } = r;
	let value = 0;
	let j = i + 1;
	while (j < i + 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 55) {
		value = value * 8 + text.charCodeAt(j) - 48;
		j++;
	}
	if (value > 255) return fail(i, j - i, 'octal_more_than_byte');
	r.sink.push(value);
	return j;
}

/** A char outside ASCII: its UTF-8 bytes, as a WebSocket text frame would carry it. */
function pushUtf8(r: Reader, i: number): number {
	const cp = r.text.codePointAt(i) ?? 0xfffd;
	const bytes = utf8.encode(String.fromCodePoint(cp));
	for (const b of bytes) r.sink.push(b);
	r.utf8 = true;
	return i + (cp > 0xffff ? 2 : 1);
}

const utf8 = new TextEncoder();
