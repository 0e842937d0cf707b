// The page's words, in one table, as messages (messages/*.json: hs_*). Keys are the engine's ids:
// preset ids, rule ids, accept step ids. Each word is a getter, so it is read in the page's language.
import { m } from '$lib/paraglide/messages.js';
import type { LineState } from './lines.ts';

interface PresetLabel {
	readonly label: string;
	broken: boolean;
}

function preset(label: () => string, broken: boolean): PresetLabel {
	return {
		get label() {
			return label();
		},
		broken
	};
}

export const PRESET_LABELS: Record<string, PresetLabel> = {
	rfc_6455: preset(m.hs_preset_rfc_6455, false),
	chromium_deflate: preset(m.hs_preset_chromium_deflate, false),
	missing_upgrade: preset(m.hs_preset_missing_upgrade, true),
	version_8: preset(m.hs_preset_version_8, true),
	key_15_bytes: preset(m.hs_preset_key_15_bytes, true),
	wrong_accept: preset(m.hs_preset_wrong_accept, true),
	subprotocol_not_offered: preset(m.hs_preset_subprotocol_not_offered, true)
};

/** Rules whose label is only a header and its value: the same in every language. */
const NAMED_RULES: Record<string, string> = {
	upgrade: 'Upgrade: websocket',
	connection: 'Connection: Upgrade',
	version: 'Sec-WebSocket-Version: 13',
	origin: 'Origin',
	status: '101 Switching Protocols'
};

/** What each rule checks, in a few words, by rule id. */
const RULE_LABELS: Readonly<Record<string, () => string>> = {
	http_syntax: m.hs_rule_http_syntax,
	method: m.hs_rule_method,
	http_version: m.hs_rule_http_version,
	target: m.hs_rule_target,
	host: m.hs_rule_host,
	key: m.hs_rule_key,
	once: m.hs_rule_once,
	subprotocols: m.hs_rule_subprotocols,
	extensions: m.hs_rule_extensions,
	no_early_data: m.hs_rule_no_early_data,
	accept: m.hs_rule_accept,
	subprotocol: m.hs_rule_subprotocol
};

export function ruleLabel(rule: string): string {
	return NAMED_RULES[rule] ?? RULE_LABELS[rule]?.() ?? rule.replace(/_/g, ' ');
}

export const STATE_WORDS: Record<LineState, { symbol: string; readonly word: string }> = {
	error: {
		symbol: '✕',
		get word() {
			return m.hs_state_error();
		}
	},
	warning: {
		symbol: '!',
		get word() {
			return m.hs_state_warning();
		}
	},
	info: {
		symbol: 'i',
		get word() {
			return m.hs_state_info();
		}
	},
	ok: {
		symbol: '✓',
		get word() {
			return m.hs_state_ok();
		}
	},
	none: {
		symbol: '·',
		get word() {
			return m.hs_state_none();
		}
	}
};

export const SIDE_WORDS = {
	request: {
		get title() {
			return m.hs_side_request();
		},
		get who() {
			return m.hs_who_request();
		},
		get reader() {
			return m.hs_reader_server();
		}
	},
	response: {
		get title() {
			return m.hs_side_response();
		},
		get who() {
			return m.hs_who_response();
		},
		get reader() {
			return m.hs_reader_client();
		}
	}
} as const;
