// The site's side of the engine's codes (src/lib/protocol/text.ts): a catalog's codes map to message
// functions in explicit tables — static references, so a page bundles only the messages of the
// catalogs it renders — and a coded sentence is rendered by calling its code's message with its
// params, the id-valued ones first turned into words of the page's language. No English is read
// back: the engine's English is only for the CLI and the JSON.
import type { Coded, TextParams } from '$lib/protocol/text.ts';
import type { PresetId } from '$lib/protocol/handshake/presets.ts';
import type { PARAM_WORDS } from '$lib/protocol/words.ts';
import { m } from '$lib/paraglide/messages.js';
import { INPUT_PROBLEM_MESSAGES, READING_MESSAGES } from './input-messages.ts';
import { PROBLEM_MESSAGES } from './problem-messages.ts';

/**
 * A Paraglide message, called with the sentence's params as strings. Each message declares its own
 * params, so the table type is bivariant in them (the method form); the catalog tests check that
 * each message takes exactly its code's params.
 */
export type Message = {
	bivarianceHack(params: Readonly<Record<string, NonNullable<unknown>>>): string;
}['bivarianceHack'];

/** A catalog's codes, each to its message. */
export type MessageTable<C extends string> = Readonly<Record<C, Message>>;

type Words = typeof PARAM_WORDS;

/**
 * Params as the messages take them: data as text, ids as words. A nested sentence gets the data and
 * the other ids as words ("is not a {format} offset"), so words are rendered twice.
 */
export function localParams(params: TextParams, words: ParamMessages = {}): Record<string, string> {
	const raw: Record<string, string> = {};
	for (const [name, value] of Object.entries(params)) raw[name] = String(value);
	return withWords(raw, withWords(raw, raw, words), words);
}

/** Words for id-valued params a catalog has of its own (the payload layer's), by param name. */
export type ParamMessages = Readonly<Record<string, Readonly<Record<string, Message>> | undefined>>;

function withWords(
	raw: Record<string, string>,
	given: Record<string, string>,
	words: ParamMessages
) {
	const out = { ...raw };
	for (const [name, value] of Object.entries(raw)) {
		const word = words[name]?.[value] ?? paramMessages[name]?.[value];
		if (word) out[name] = word(given);
	}
	return out;
}

/** A coded sentence in the page's language; its code itself when the table has no message for it. */
export function say<C extends string>(
	table: MessageTable<C>,
	said: Coded<C>,
	words?: ParamMessages
): string {
	const message: Message | undefined = table[said.code];
	return message ? message(localParams(said.params, words)) : said.code;
}

/** What a close code means (RFC 6455 §7.4), by CloseCodeInfo.meaningId. */
export const CLOSE_MEANING_MESSAGES: MessageTable<string> = {
	1000: m.close_meaning_1000,
	1001: m.close_meaning_1001,
	1002: m.close_meaning_1002,
	1003: m.close_meaning_1003,
	1004: m.close_meaning_1004,
	1005: m.close_meaning_1005,
	1006: m.close_meaning_1006,
	1007: m.close_meaning_1007,
	1008: m.close_meaning_1008,
	1009: m.close_meaning_1009,
	1010: m.close_meaning_1010,
	1011: m.close_meaning_1011,
	1012: m.close_meaning_1012,
	1013: m.close_meaning_1013,
	1014: m.close_meaning_1014,
	1015: m.close_meaning_1015,
	range_0: m.close_range_0,
	range_1000: m.close_unassigned,
	range_3000: m.close_range_3000,
	range_4000: m.close_range_4000,
	range_5000: m.close_range_5000
};

/** What an opcode does (RFC 6455 §5.2), by OpcodeSpec.meaningId. */
export const OPCODE_MEANING_MESSAGES: MessageTable<keyof Words['does']> = {
	continuation: m.opcode_meaning_continuation,
	text: m.opcode_meaning_text,
	binary: m.opcode_meaning_binary,
	close: m.opcode_meaning_close,
	ping: m.opcode_meaning_ping,
	pong: m.opcode_meaning_pong,
	reserved_data: m.opcode_meaning_reserved_data,
	reserved_control: m.opcode_meaning_reserved_control
};

/** The usual slips computing Sec-WebSocket-Accept (handshake/mistakes.ts), by id. */
export const MISTAKE_MESSAGES: MessageTable<keyof Words['mistake']> = {
	key_decoded: m.mistake_key_decoded,
	key_whitespace: m.mistake_key_whitespace,
	key_case: m.mistake_key_case,
	guid_lowercase: m.mistake_guid_lowercase,
	guid_typo: m.mistake_guid_typo,
	guid_missing: m.mistake_guid_missing,
	guid_first: m.mistake_guid_first,
	hex_text_base64: m.mistake_hex_text_base64,
	hex_digest: m.mistake_hex_digest,
	accept_whitespace: m.mistake_accept_whitespace,
	base64_variant: m.mistake_base64_variant,
	rfc_example_copied: m.mistake_rfc_example_copied
};

/** What real peers do (handshake/peer-notes.ts), by peerNoteId. */
export const PEER_NOTE_MESSAGES: MessageTable<string> = {
	http_version_request: m.peer_http_version_request,
	host_missing_request: m.peer_host_missing_request,
	host_repeated_request: m.peer_host_repeated_request,
	connection_missing_upgrade_request: m.peer_connection_missing_upgrade_request,
	connection_missing_upgrade_response: m.peer_connection_missing_upgrade_response,
	upgrade_several_request: m.peer_upgrade_several_request,
	version_unsupported_request: m.peer_version_unsupported_request,
	extension_offer_declined_request: m.peer_extension_offer_declined_request,
	bare_lf_request: m.peer_bare_lf_request,
	subprotocol_none_chosen_response: m.peer_subprotocol_none_chosen_response,
	status_redirect_response: m.peer_status_redirect_response
};

/** Where each preset's text comes from (PRESET_SOURCES), by preset id. */
export const PRESET_SOURCE_MESSAGES: MessageTable<PresetId> = {
	rfc_6455: m.hs_preset_source_rfc_6455,
	chromium_deflate: m.hs_preset_source_chromium_deflate,
	missing_upgrade: m.hs_preset_source_missing_upgrade,
	version_8: m.hs_preset_source_version_8,
	key_15_bytes: m.hs_preset_source_key_15_bytes,
	wrong_accept: m.hs_preset_source_wrong_accept,
	subprotocol_not_offered: m.hs_preset_source_subprotocol_not_offered
};

/** The site's words for each id-valued param (PARAM_WORDS): every id of the engine has one. */
const PARAM_MESSAGES: { readonly [N in keyof Words]: MessageTable<keyof Words[N] & string> } = {
	masked: { true: m.word_masked, false: m.word_not_masked },
	role: { client: m.word_client, server: m.word_server },
	part: { header: m.word_header, payload: m.word_payload },
	side: { request: m.word_request, response: m.word_response },
	structure: {
		file_header: m.word_capture_file_header,
		record_header: m.word_capture_record_header,
		packet: m.word_capture_packet,
		block_header: m.word_capture_block_header,
		section_header: m.word_capture_section_header,
		block: m.word_capture_block
	},
	start_line: {
		request_line: m.word_request_line,
		status_line: m.word_status_line,
		start_line: m.word_start_line
	},
	need: { token_among: m.word_need_token, exactly: m.word_need_exact },
	found: { absent: m.word_absent, value: (p) => String(p.value ?? '') },
	unit: { one: m.word_byte, many: m.word_bytes },
	cut: { true: m.field_payload_cut, false: () => '' },
	unmasked: { true: m.field_payload_unmasked, false: () => '' },
	why: CLOSE_MEANING_MESSAGES,
	does: OPCODE_MEANING_MESSAGES,
	mistake: MISTAKE_MESSAGES,
	note: PEER_NOTE_MESSAGES,
	problem: PROBLEM_MESSAGES,
	token_problem: INPUT_PROBLEM_MESSAGES,
	format: READING_MESSAGES,
	reading: READING_MESSAGES,
	wanted: {
		value: m.word_wanted_value,
		string: m.word_wanted_string,
		number: m.word_wanted_number,
		true: m.word_wanted_true,
		false: m.word_wanted_false,
		null: m.word_wanted_null,
		closing_quote: m.word_wanted_closing_quote,
		member_name_quoted: m.word_wanted_member_name_quoted,
		member_name: m.word_wanted_member_name,
		colon: m.word_wanted_colon,
		comma_or_brace: m.word_wanted_comma_or_brace,
		comma_or_bracket: m.word_wanted_comma_or_bracket,
		complete_object: m.word_wanted_complete_object,
		complete_array: m.word_wanted_complete_array
	}
};

const paramMessages: Readonly<Record<string, Readonly<Record<string, Message>> | undefined>> =
	PARAM_MESSAGES;
