// The slips computing Sec-WebSocket-Accept and what real peers do: the words of the `mistake` and
// `note` params of the handshake's diagnostics, and mistakeText (problem-text.ts).
import { m } from '$lib/paraglide/messages.js';
import type { PARAM_WORDS } from '$lib/protocol/words.ts';
import type { MessageTable } from './say.ts';

type Words = typeof PARAM_WORDS;

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
