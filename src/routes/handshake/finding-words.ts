// The words of what the engine found, for the views that show findings (the line lists, the
// check lists, the accept steps): what each rule checks, and each line state's symbol and word.
// Apart from labels.ts, whose words the page shows from its first load: these views load on first
// need (StaticFirst.svelte), and their words with them.
import { m } from '$lib/paraglide/messages.js';
import type { LineState } from './lines.ts';

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
