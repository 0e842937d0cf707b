// The engine speaks English (the CLI and the JSON use its words as they are); this is where the
// site puts those words in the reader's language. English readers get the engine's own text; other
// languages get the Paraglide message for the code, with the same params, and the engine's English
// wherever no message exists, so nothing the engine reports is ever lost in translation.
//
// messages/en.json holds the English templates too (Paraglide wants every key in the base locale);
// tests/unit/i18n/engine-text.test.ts keeps the diagnostic ones equal to the catalog's text.
import type { Diagnostic, Field, Frame } from '$lib/protocol/index.ts';
import type { InputError } from '$lib/protocol/input/index.ts';
import { closeCodeInfo, HEADER_INFO, opcodeSpec, PEER_NOTES } from '$lib/protocol/index.ts';
import { m } from '$lib/paraglide/messages.js';
import { baseLocale, getLocale } from '$lib/paraglide/runtime.js';

type Params = Record<string, string | number>;
type Message = (params?: Params) => string;

const messages = m as unknown as Record<string, Message | undefined>;

/** The message `key`, or undefined when there is none (or the page is in the base language). */
function translated(key: string): Message | undefined {
	return getLocale() === baseLocale ? undefined : messages[key];
}

/** The message for a diagnostic code, when one exists (in any language). */
export function diagnosticMessage(code: string): Message | undefined {
	return messages[`diag_${code}`];
}

// Param values the engine writes as English words, by param name: each maps to its message. Values
// not listed here (numbers, header values, names, the engine's free-text problems) pass through.
const PARAM_WORDS: Record<string, Record<string, () => string>> = {
	role: { client: m.word_client, server: m.word_server },
	masked: { masked: m.word_masked, 'not masked': m.word_not_masked },
	part: { header: m.word_header, payload: m.word_payload },
	side: { request: m.word_request, response: m.word_response },
	line: { 'request line': m.word_request_line, 'status line': m.word_status_line },
	expected: {
		'request line': m.word_request_line,
		'status line': m.word_status_line,
		'request line or status line': m.word_start_line
	},
	need: {
		'the token websocket among its values': m.word_need_token,
		'exactly websocket': m.word_need_exact
	}
};

function localParams(d: Pick<Diagnostic, 'code' | 'params'>): Params {
	const out: Params = {};
	for (const [name, value] of Object.entries(d.params)) {
		const text = String(value);
		out[name] = PARAM_WORDS[name]?.[text]?.() ?? text;
	}
	// `why` is the close code's meaning (invalid_close_code), and `minimal` the length's form.
	const code = Number(d.params.code);
	if (d.code === 'invalid_close_code' && Number.isInteger(code) && code >= 0 && code <= 0xffff)
		out.why = closeMeaning(code);
	if (d.code === 'handshake_accept_mistake') out.mistake = mistakeText(String(d.params.mistake));
	const minimal = /^(\d+)-bit form$/.exec(String(d.params.minimal ?? ''));
	if (minimal) out.minimal = m.word_length_form({ bits: minimal[1]! });
	return out;
}

/**
 * A peer note (handshake_peer_note) is a whole observed sentence: its message is found by the note's
 * row in PEER_NOTES (code and side), as peer_<code>_<side>.
 */
function peerNoteText(d: Pick<Diagnostic, 'params'>): string | undefined {
	const note = PEER_NOTES.find(
		(n) => n.peer === d.params.peer && n.behaviour === d.params.behaviour
	);
	const text = note && translated(`peer_${note.code.replace(/^handshake_/, '')}_${note.side}`)?.();
	return text && m.peer_note({ note: text });
}

/** A diagnostic's sentence in the page's language (the engine's `message` in English). */
export function diagnosticText(d: Pick<Diagnostic, 'code' | 'params' | 'message'>): string {
	if (d.code === 'handshake_peer_note') {
		const note = peerNoteText(d);
		if (note) return note;
	}
	const message = translated(`diag_${d.code}`);
	return message ? message(localParams(d)) : d.message;
}

/** What a close code means (RFC 6455 §7.4), in the page's language. */
export function closeMeaning(code: number): string {
	const info = closeCodeInfo(code);
	const key = info.name
		? `close_meaning_${code}`
		: info.range.from === 1000
			? 'close_unassigned'
			: `close_range_${info.range.from}`;
	return translated(key)?.() ?? info.meaning;
}

/** What an opcode does (RFC 6455 §5.2, §11.8), in the page's language; no "control frame" prefix. */
export function opcodeMeaning(opcode: number): string {
	const spec = opcodeSpec(opcode);
	const key =
		spec.name === 'reserved'
			? `opcode_meaning_reserved_${spec.control ? 'control' : 'data'}`
			: `opcode_meaning_${spec.name}`;
	return translated(key)?.({ hex: (opcode & 0xf).toString(16) }) ?? spec.meaning;
}

const FIELD_LABELS: Record<string, string> = {
	opcode: 'field_label_opcode',
	payload_length: 'field_label_payload_length',
	extended_payload_length: 'field_label_extended_payload_length',
	masking_key: 'field_label_masking_key',
	payload: 'field_label_payload',
	truncated_header: 'field_label_truncated_header'
};

/** A frame field's name in the page's language (FIN, RSV and MASK are names in every language). */
export function fieldLabel(field: Pick<Field, 'id' | 'label' | 'bitLength'>): string {
	const key = FIELD_LABELS[field.id];
	return (key && translated(key)?.({ bits: field.bitLength })) || field.label;
}

function payloadMeaning(field: Field, frame: Frame): string {
	const count = field.bitLength / 8;
	const main =
		frame.type === 'reserved'
			? m.field_payload_reserved({ count })
			: m.field_payload({ count, type: frame.type });
	const cut = frame.complete
		? ''
		: ` ${m.field_payload_cut({ declared: String(frame.payloadLength) })}`;
	return `${main}${cut}${frame.masked ? `, ${m.field_payload_unmasked()}` : ''}`;
}

// Each frame field's meaning, rebuilt from its value (as the engine builds it, RFC 6455 §5.2).
const FIELD_MEANINGS: Record<string, (field: Field, frame: Frame) => string> = {
	fin: (f) => (f.raw ? m.field_fin_1() : m.field_fin_0()),
	rsv1: rsvMeaning,
	rsv2: rsvMeaning,
	rsv3: rsvMeaning,
	opcode: (f) => {
		const spec = opcodeSpec(Number(f.raw));
		const params = {
			hex: Number(f.raw).toString(16),
			name: spec.name,
			meaning: opcodeMeaning(Number(f.raw))
		};
		return spec.control ? m.field_opcode_control(params) : m.field_opcode(params);
	},
	mask: (f) => (f.raw ? m.field_mask_1() : m.field_mask_0()),
	payload_length: (f) => {
		const raw = Number(f.raw);
		return raw < 126
			? m.field_length_short({ length: raw })
			: m.field_length_marker({ raw, bits: raw === 126 ? 16 : 64 });
	},
	extended_payload_length: (f) => m.field_extended_length({ length: String(f.raw) }),
	masking_key: (f) => m.field_masking_key({ key: String(f.value).replace(/(..)(?!$)/g, '$1 ') }),
	payload: payloadMeaning,
	truncated_header: (f) => m.field_truncated_header({ count: f.bitLength / 8 })
};

function rsvMeaning(f: Field): string {
	const bit = f.id.slice(3);
	if (!f.raw) return m.field_rsv_0({ bit });
	// Whether an extension defines the bit is only in the engine's sentence: read it from there.
	if (f.meaning.includes('no negotiated extension')) return m.field_rsv_undefined({ bit });
	if (f.meaning.includes('permessage-deflate')) return m.field_rsv_deflate({ bit });
	return m.field_rsv_defined({ bit });
}

/** A frame field's meaning in the page's language (the engine's `meaning` in English). */
export function fieldMeaning(field: Field, frame: Frame): string {
	const meaning = getLocale() === baseLocale ? undefined : FIELD_MEANINGS[field.id];
	return meaning ? meaning(field, frame) : field.meaning;
}

/**
 * What a handshake line means (RFC 6455 §4), in the page's language: the engine's header table by
 * the header's name and the side, the start line by its kind and status.
 */
export function handshakeLineMeaning(field: Field, side: 'request' | 'response'): string {
	if (getLocale() === baseLocale) return field.meaning;
	if (field.id === 'request_line') return m.hs_request_line();
	if (field.id === 'status_line') {
		const status = /^\S+\s+(\d{3})\b/.exec(String(field.value))?.[1];
		if (status === undefined) return m.hs_status_unreadable();
		return status === '101' ? m.hs_status_101() : m.hs_status_other({ status });
	}
	const name = field.label.toLowerCase().replace(/[^a-z0-9]+/g, '_');
	const message = messages[`hs_header_${name}_${side}`];
	// A header the engine knows for the other side only, or not at all, is "ordinary" there too.
	return message
		? message()
		: HEADER_INFO[field.label.toLowerCase()]?.[side]
			? field.meaning
			: m.hs_header_other();
}

// What the paste parsers say is wrong with a token (src/lib/protocol/input): the usual problems.
const INPUT_PROBLEMS: Record<string, () => string> = {
	'is not hex': m.input_problem_not_hex,
	'is not base64': m.input_problem_not_base64,
	'comes after a space inside base64 text': m.input_problem_base64_space,
	'comes after the = padding that ends base64': m.input_problem_base64_padding,
	'needs a comma before it': m.input_problem_comma,
	'has no element before it': m.input_problem_no_element,
	'opens a string that is never closed': m.input_problem_string_never_closed,
	'opens a string that is not closed on its line': m.input_problem_string_line,
	'comes after the closing quote': m.input_problem_after_quote,
	'needs two hex digits after \\x': m.input_problem_escape_hex,
	'is more than one byte (\\0 to \\377)': m.input_problem_more_than_byte,
	'is not a `*` line (a `*` stands alone on its line)': m.input_problem_star_line,
	'has no line above it to repeat': m.input_problem_star_first
};

/**
 * Why a paste could not be read, in the page's language. The parsers write "`zz` at line 2,
 * column 14 is not hex" (InputError.message); the problem part is translated when it is a usual one.
 */
export function inputErrorText(
	error: Pick<InputError, 'message' | 'text' | 'line' | 'column'>
): string {
	if (getLocale() === baseLocale) return error.message;
	const head = `\`${error.text}\` at line ${error.line}, column ${error.column} `;
	if (!error.message.startsWith(head)) return error.message;
	const problem = error.message.slice(head.length);
	return m.input_error({
		token: error.text,
		line: error.line,
		column: error.column,
		problem: INPUT_PROBLEMS[problem]?.() ?? problem
	});
}

/** Each accept mistake's sentence (handshake/mistakes.ts) as a pattern, and its message: the
 * pattern's named groups are the message's params. */
const MISTAKES: [RegExp, string][] = [
	[/^the key is base64-decoded before hashing;/, 'mistake_key_decoded'],
	[/^the key is hashed with whitespace around it;/, 'mistake_key_whitespace'],
	[/^the key is lowercased first;/, 'mistake_key_case'],
	[/^the GUID is written in lowercase; it is exactly (?<guid>\S+)$/, 'mistake_guid_lowercase'],
	[/^the GUID is mistyped as (?<typo>\S+); it is (?<guid>\S+)$/, 'mistake_guid_typo'],
	[/^the GUID is left out/, 'mistake_guid_missing'],
	[/^the GUID comes before the key;/, 'mistake_guid_first'],
	[/^the hex text of the digest is base64-encoded/, 'mistake_hex_text_base64'],
	[/^the digest is written in hex;/, 'mistake_hex_digest'],
	[/^whitespace is left inside the value$/, 'mistake_accept_whitespace'],
	[/^base64url or unpadded base64 is used;/, 'mistake_base64_variant'],
	[
		/^the value is copied from RFC 6455's example \(the key (?<key>\S+)\)/,
		'mistake_rfc_example_copied'
	]
];

/** Why a pasted Sec-WebSocket-Accept is wrong (RFC 6455 §4.2.2), in the page's language. */
export function mistakeText(explanation: string): string {
	if (getLocale() === baseLocale) return explanation;
	for (const [pattern, message] of MISTAKES) {
		const match = pattern.exec(explanation);
		if (match) return messages[message]?.({ ...match.groups }) ?? explanation;
	}
	return explanation;
}
