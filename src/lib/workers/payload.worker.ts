// Decodes what each message carries (Socket.IO, MQTT, STOMP ...) off the main thread. The payload
// layer imports each protocol's decoder on first use, so none of them is in a page's first load.
import { decodePayloads } from '../protocol/payload/index.ts';
import type { PayloadReply, PayloadRequest } from './payload-protocol.ts';

self.onmessage = async (event: MessageEvent<PayloadRequest>) => {
	const { messages, subprotocol } = event.data;
	let reply: PayloadReply;
	try {
		reply = { ok: true, payloads: await decodePayloads(messages, { subprotocol }) };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	(self as unknown as Worker).postMessage(reply);
};
