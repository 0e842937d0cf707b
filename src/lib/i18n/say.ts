// The site's side of the engine's codes (src/lib/protocol/text.ts): a catalog's codes map to message
// functions in explicit tables — static references, so a page bundles only the messages of the
// catalogs it renders — and a coded sentence is rendered by calling its code's message with its
// params, the id-valued ones first turned into words of the page's language. No English is read
// back: the engine's English is only for the CLI and the JSON.
import type { Coded, TextParams } from '$lib/protocol/text.ts';
import type { PARAM_WORDS } from '$lib/protocol/words.ts';
import { m } from '$lib/paraglide/messages.js';

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
 * The id-valued params whose ids stand for a sentence of another catalog (why a close code is
 * refused, what an opcode does, an accept mistake, a peer note, a header's or a token's problem, a
 * paste format). Their tables are not here: a page renders few of these catalogs, so each topic's
 * texts (diagnostic-text.ts, input-text.ts ...) pass the ones their sentences use to say().
 */
export type SentenceParam =
	'why' | 'does' | 'mistake' | 'note' | 'problem' | 'token_problem' | 'format' | 'reading';

/** The site's words for some of the engine's id-valued params, each for every id of its param. */
export type WordsFor<N extends keyof Words> = {
	readonly [K in N]: MessageTable<keyof Words[K] & string>;
};

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

/** The site's words for the one-word id params (PARAM_WORDS): every id of the engine has one. */
const PARAM_MESSAGES: WordsFor<Exclude<keyof Words, SentenceParam>> = {
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
