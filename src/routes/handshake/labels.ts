// The page's words, in one table, as messages (messages/*.json: hs_*). Keys are the engine's ids:
// preset ids, rule ids, accept step ids. Each word is a getter, so it is read in the page's language.
import { m } from '$lib/paraglide/messages.js';

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
