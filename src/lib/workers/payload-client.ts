// Asks payload.worker.ts what a direction's messages carry. Only whole data messages whose bytes the
// page holds are sent (MessageView keeps the first bytes of each); the others get null.
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { MessageView } from '../components/decode-view.ts';
import type { PayloadReply } from './payload-protocol.ts';

function inputOf(m: MessageView): PayloadInput | undefined {
	if ((m.type !== 'text' && m.type !== 'binary') || !m.complete || m.head.length < m.size) return;
	return m.type === 'text' && m.text !== undefined && !m.textCut
		? { type: 'text', bytes: m.head, text: m.text }
		: { type: m.type, bytes: m.head };
}

/** The payload of each message, by message index (null: nothing decoded). Rejects if the worker fails. */
export function decodeMessagePayloads(
	messages: readonly MessageView[],
	subprotocol?: string
): { result: Promise<(PayloadResult | null)[]>; cancel(): void } {
	const inputs = messages.map(inputOf);
	const sent = inputs.filter((i): i is PayloadInput => i !== undefined);
	if (sent.length === 0) return { result: Promise.resolve(messages.map(() => null)), cancel() {} };
	const worker = new Worker(new URL('./payload.worker.ts', import.meta.url), { type: 'module' });
	const result = new Promise<(PayloadResult | null)[]>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<PayloadReply>) => {
			worker.terminate();
			if (!event.data.ok) return reject(new Error(event.data.message));
			let k = 0;
			resolve(
				inputs.map((i) =>
					i === undefined
						? null
						: (event.data as { payloads: (PayloadResult | null)[] }).payloads[k++]!
				)
			);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'the payload worker failed to start'));
		};
	});
	worker.postMessage({ messages: sent, subprotocol });
	return { result, cancel: () => worker.terminate() };
}
