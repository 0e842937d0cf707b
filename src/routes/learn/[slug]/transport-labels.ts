// The transports' names in the page's language (the engine's labels are English).
import { m } from '$lib/paraglide/messages.js';
import type { TransportName } from '$lib/protocol/index.ts';

export const TRANSPORT_LABELS: Record<TransportName, () => string> = {
	polling: m.learn_transport_polling,
	'long-polling': m.learn_transport_long_polling,
	streaming: m.learn_transport_streaming,
	sse: m.learn_transport_sse,
	websocket: m.learn_transport_websocket
};
