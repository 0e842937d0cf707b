// The handshake page's preset sources: only /handshake loads them.
import { m } from '$lib/paraglide/messages.js';
import type { PresetId } from '$lib/protocol/handshake/presets.ts';
import type { MessageTable } from './say.ts';

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
