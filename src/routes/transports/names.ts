// The page's words for engine ids, in the page's language.
import { m } from '$lib/paraglide/messages.js';
import type { ScenarioPresetId, TransportName, WireBytes } from '$lib/protocol/index.ts';

export const TRANSPORT_WORDS: Record<TransportName, () => string> = {
	polling: m.transports_name_polling,
	'long-polling': m.transports_name_long_polling,
	streaming: m.transports_name_streaming,
	sse: m.transports_name_sse,
	websocket: m.transports_name_websocket
};

export const PRESET_WORDS: Record<ScenarioPresetId, () => string> = {
	chat: m.transports_preset_chat,
	stock_ticker: m.transports_preset_stock_ticker,
	notification: m.transports_preset_notification,
	classroom: m.transports_preset_classroom
};

export const BYTE_WORDS: Record<keyof WireBytes, () => string> = {
	headers: m.transports_bytes_headers,
	framing: m.transports_bytes_framing,
	payload: m.transports_bytes_payload,
	tcp: m.transports_bytes_tcp,
	tls: m.transports_bytes_tls
};

export const DIRECTION_WORDS = { up: m.transports_up, down: m.transports_down } as const;

/** Milliseconds as a person reads them: whole when whole, else to a tenth of a microsecond. */
export function ms(value: number): string {
	return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
