// Lists of byte literals: `0x81, 0x05` lists, C arrays (also xxd -i, Wireshark "Copy as C Array"
// and Go `[]byte{...}`), decimal arrays `[129, 5]` and Node's Buffer JSON. They share one
// element scanner; what differs is the head before the list and the tail after it (a table).

import type { InputProblem } from './problems.ts';
import { inputNote } from './notes.ts';
import { nibble } from './hex.ts';
import {
	ByteSink,
	fail,
	failWord,
	isBlank,
	MAX_TOKEN,
	skipBlanks,
	succeed,
	type Failure,
	type Outcome
} from './text.ts';

interface ListSyntax {
	/** Matched (sticky) after leading blanks and comments; ends just after the opening bracket. */
	head: RegExp;
	/** Char that closes the list, or '' for a bare list running to the end of the text. */
	close: string;
	decimal: boolean;
	/** C and Go allow comments; Wireshark's C array export writes some. */
	comments: boolean;
	/**
	 * Sticky regexes matched in turn after the closing bracket, blanks (and comments) skipped
	 * between them; then only blanks may remain. None starts with a blank, so no two blank
	 * quantifiers meet: a regex like /\s*;?\s*$/ backtracks quadratically over a long blank run.
	 */
	tail: readonly RegExp[];
	/** Problem text when the head does not match. */
	expected: InputProblem;
}

// `unsigned char buf[] =`, `static const uint8_t pkt1[7] =`; bounded repeats keep it linear
const C_DECLARATION = String.raw`[A-Za-z_][\w\t *]{0,120}\[\s{0,8}\w{0,20}\s{0,8}\]\s{0,40}=\s{0,40}`;
const GO_SLICE = String.raw`\[\]byte\s{0,8}`;

const SYNTAX = {
	'hex-list': {
		head: /(?:)/y,
		close: '',
		decimal: false,
		comments: false,
		tail: [],
		expected: 'not_list_start'
	},
	// `unsigned char buf[] = {`, `static const uint8_t pkt1[7] = {`, Go `[]byte{`, or a bare `{`
	'c-array': {
		head: new RegExp(`(?:${C_DECLARATION}|${GO_SLICE})?\\{`, 'y'),
		close: '}',
		decimal: true,
		comments: true,
		// xxd -i follows the array with `unsigned int name_len = 7;`, whose number is checked
		tail: [/;?/y, /(?:[A-Za-z_][\w\t ]{0,120}=[ \t]{0,40}(\d{1,12})[ \t]{0,40};)?/y],
		expected: 'not_c_array_start'
	},
	// DevTools prints `Uint8Array(7) [129, 5, ...]`
	decimal: {
		head: /(?:Uint8Array\s{0,8}\(\s{0,8}\d{0,12}\s{0,8}\)\s{0,8})?\[/y,
		close: ']',
		decimal: true,
		comments: false,
		tail: [/;?/y],
		expected: 'not_array_start'
	},
	// JSON.stringify(buffer) writes type first; other serializers may write data first
	'buffer-json': {
		head: /\{\s*(?:"type"\s*:\s*"Buffer"\s*,\s*)?"data"\s*:\s*\[/y,
		close: ']',
		decimal: true,
		comments: false,
		tail: [/(?:,\s*"type"\s*:\s*"Buffer"\s*)?\}/y],
		expected: 'not_buffer_json_start'
	}
} as const satisfies Record<string, ListSyntax>;

export type ListFormat = keyof typeof SYNTAX;

export function looksLikeList(format: ListFormat, prefix: string): boolean {
	const start = skipTrivia(prefix, 0, SYNTAX[format].comments);
	return matchAt(SYNTAX[format].head, prefix, start) !== undefined;
}

export function parseList(format: ListFormat, text: string): Outcome {
	const syntax: ListSyntax = SYNTAX[format];
	const start = skipTrivia(text, 0, syntax.comments);
	const open = matchAt(syntax.head, text, start);
	if (open === undefined) return failWord(text, start, syntax.expected);
	const sink = new ByteSink(text.length >> 2);
	const end = scanElements(text, open, syntax, sink);
	if (typeof end !== 'number') return { ok: false, failure: end };
	return readTail(text, end, syntax, sink.toBytes());
}

function readTail(text: string, end: number, syntax: ListSyntax, bytes: Uint8Array): Outcome {
	let i = skipTrivia(text, end, syntax.comments);
	let declared: string | undefined;
	for (const step of syntax.tail) {
		step.lastIndex = i;
		const match = step.exec(text);
		// only Buffer JSON's closing `}` can fail to match: the other steps may match nothing
		if (!match) return missingTail(text, end, i);
		declared ??= match[1];
		i = skipTrivia(text, step.lastIndex, syntax.comments);
	}
	if (i < text.length) {
		return failWord(text, i, syntax.close === '}' ? AFTER_C_ARRAY : 'after_list');
	}
	const notes =
		declared !== undefined && Number(declared) !== bytes.length
			? [inputNote('array_length_differs', { bytes: bytes.length, declared })]
			: [];
	return succeed(bytes, notes);
}

function missingTail(text: string, end: number, i: number): Outcome {
	if (i < text.length) return failWord(text, i, 'not_object_close');
	return fail(end - 1, 1, 'object_close_missing');
}

const AFTER_C_ARRAY = 'after_c_array';

function matchAt(re: RegExp, text: string, at: number): number | undefined {
	re.lastIndex = at;
	return re.test(text) ? re.lastIndex : undefined;
}

/** Reads elements up to the closing bracket; returns the index after it, or what went wrong. */
function scanElements(
	text: string,
	i: number,
	syntax: ListSyntax,
	sink: ByteSink
): number | Failure {
	const opened = i - 1;
	let needComma = false;
	for (;;) {
		i = skipTrivia(text, i, syntax.comments);
		if (i >= text.length) {
			if (syntax.close === '') return i;
			return {
				offset: opened,
				length: 1,
				problem: 'list_never_closed',
				params: { close: syntax.close }
			};
		}
		const c = text[i] ?? '';
		if (c === syntax.close) return i + 1;
		if (c === ',') {
			if (!needComma) return { offset: i, length: 1, problem: 'no_element_before' };
			needComma = false;
			i++;
			continue;
		}
		// Bare 0x lists may use blanks alone ("0x48 0x65"); bracketed lists need commas (JSON, C)
		const end = elementEnd(text, i);
		const length = Math.min(end - i, MAX_TOKEN);
		if (needComma && syntax.close !== '') return { offset: i, length, problem: 'comma_needed' };
		const problem = pushLiteral(text, i, end, syntax.decimal, sink);
		if (problem) return { offset: i, length, problem };
		needComma = true;
		i = end;
	}
}

/** An element runs to a blank, a comma, a closing bracket or a comment. */
function elementEnd(text: string, i: number): number {
	let end = i + 1;
	while (end < text.length) {
		const c = text.charCodeAt(end);
		if (isBlank(c) || c === 44 || c === 93 || c === 125 || c === 47) break;
		end++;
	}
	return end;
}

/** One element: `0x81`, `0x5` or, where allowed, `129`. Pushes it or says what is wrong. */
function pushLiteral(
	text: string,
	start: number,
	end: number,
	decimal: boolean,
	sink: ByteSink
): InputProblem | undefined {
	const hex = text.charCodeAt(start) === 48 && (text.charCodeAt(start + 1) | 0x20) === 120;
	const from = hex ? start + 2 : start;
	let value = 0;
	for (let i = from; i < end; i++) {
		const c = text.charCodeAt(i);
		const digit = hex ? nibble(c) : c >= 48 && c <= 57 ? c - 48 : -1;
		if (digit < 0) return decimal ? 'not_byte_value_example' : 'not_hex_byte';
		value = value * (hex ? 16 : 10) + digit;
		if (value > 0xffffffff) value = 0xffffffff;
	}
	if (from === end) return 'not_byte_value';
	if (!hex && !decimal) return 'not_hex_byte';
	if (value > 255) return hex ? 'hex_more_than_byte' : 'decimal_not_byte';
	sink.push(value);
	return undefined;
}

/** Skips blanks and, in C-like lists, comments. An unclosed block comment runs to the end. */
export function skipTrivia(text: string, i: number, comments: boolean): number {
	for (;;) {
		i = skipBlanks(text, i);
		if (!comments || text.charCodeAt(i) !== 47) return i;
		const next = text.charCodeAt(i + 1);
		if (next === 47) {
			const eol = text.indexOf('\n', i);
			i = eol < 0 ? text.length : eol;
		} else if (next === 42) {
			const close = text.indexOf('*/', i + 2);
			i = close < 0 ? text.length : close + 2;
		} else return i;
	}
}

/** A bare list counts as `0x` list when its first element is followed by a comma or another 0x. */
export function looksLikeHexList(prefix: string): boolean {
	return /^\s*0[xX][0-9a-fA-F]+\s*(?:,|\s0[xX])/.test(prefix);
}
