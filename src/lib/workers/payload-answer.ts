// What payload.worker.ts answers to one request: what each message carries (Socket.IO, MQTT, STOMP ...).
// Apart from the worker so a page's build-time load gives the same answer without one (/decode opens
// on its default example's reading, made at build time).
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

export async function answerPayloads(request: PayloadRequest): Promise<PayloadReply> {
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
