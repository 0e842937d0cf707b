// Decodes what each message carries (Socket.IO, MQTT, STOMP ...) off the main thread. The payload
// layer imports each protocol's decoder on first use, so none of them is in a page's first load.
import { decodePayloads } from '../protocol/payload/index.ts';
import type { PayloadReply, PayloadRequest } from './payload-protocol.ts';

async function answer({ id, messages, subprotocol }: PayloadRequest): Promise<PayloadReply> {
	try {
		return { id, ok: true, payloads: await decodePayloads(messages, { subprotocol }) };
	} catch (error) {
		return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}

self.onmessage = (event: MessageEvent<PayloadRequest>) => {
	void answer(event.data).then((reply) => (self as unknown as Worker).postMessage(reply));
};
