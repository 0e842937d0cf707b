// Decodes what each message carries (Socket.IO, MQTT, STOMP ...) off the main thread. The payload
// layer imports each protocol's decoder on first use, so none of them is in a page's first load.
// Messages the page holds only the head of are read again here, whole, from the direction's bytes
// (with the page's message size limit), so a message of any size is decoded, never on the main thread.
import { decodePayloads } from '../protocol/payload/index.ts';
import type { PayloadInput } from '../protocol/payload/types.ts';
import type { PayloadReply, PayloadRequest } from './payload-protocol.ts';

async function inputs({ messages, whole }: PayloadRequest): Promise<PayloadInput[]> {
	if (!messages.some((m) => typeof m === 'number')) return messages as PayloadInput[];
	// The frame reader is loaded only for big messages: the worker's first load stays the payload layer.
	const { readStream } = await import('./read.ts');
	const all = whole ? readStream(whole.bytes, whole).result.messages : [];
	return messages.map((m) => {
		if (typeof m !== 'number') return m;
		const message = all[m];
		const type = message?.type === 'text' ? 'text' : 'binary';
		const input: PayloadInput = { type, bytes: message?.payload ?? new Uint8Array(0) };
		if (message?.text !== undefined) input.text = message.text;
		if (whole?.from) input.from = whole.from;
		return input;
	});
}

async function answer(request: PayloadRequest): Promise<PayloadReply> {
	const { id, subprotocol, choice } = request;
	try {
		return {
			id,
			ok: true,
			payloads: await decodePayloads(await inputs(request), { subprotocol, choice })
		};
	} catch (error) {
		return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}

self.onmessage = (event: MessageEvent<PayloadRequest>) => {
	void answer(event.data).then((reply) => (self as unknown as Worker).postMessage(reply));
};
