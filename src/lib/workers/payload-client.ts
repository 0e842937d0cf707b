// Asks payload.worker.ts what a direction's messages carry. Only whole data messages whose bytes the
// page holds are sent (MessageView keeps the first bytes of each); the others get null.
//
// One worker serves the page, started on first use: a worker per request, terminated when a newer
// request replaced it, cost a script load each time (and a load cut short never ends for the network).
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { MessageView } from '../components/decode-view.ts';
import type { PayloadReply, PayloadRequest } from './payload-protocol.ts';

interface Job {
	resolve(payloads: (PayloadResult | null)[]): void;
	reject(error: Error): void;
}

let worker: Worker | undefined;
let nextId = 0;
const jobs = new Map<number, Job>();

function payloadWorker(): Worker {
	if (worker) return worker;
	const started = new Worker(new URL('./payload.worker.ts', import.meta.url), { type: 'module' });
	started.onmessage = (event: MessageEvent<PayloadReply>) => {
		const reply = event.data;
		const job = jobs.get(reply.id);
		jobs.delete(reply.id);
		if (!job) return; // cancelled
		if (reply.ok) job.resolve(reply.payloads);
		else job.reject(new Error(reply.message));
	};
	started.onerror = (event) => {
		// A worker that cannot run fails every request it holds; the next request starts a new one.
		const error = new Error(event.message || 'the payload worker failed to start');
		for (const job of jobs.values()) job.reject(error);
		jobs.clear();
		started.terminate();
		worker = undefined;
	};
	return (worker = started);
}

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
	const id = nextId++;
	const result = new Promise<(PayloadResult | null)[]>((resolve, reject) => {
		jobs.set(id, {
			reject,
			resolve: (payloads) => {
				let k = 0;
				resolve(inputs.map((i) => (i === undefined ? null : payloads[k++]!)));
			}
		});
	});
	const request: PayloadRequest = { id, messages: sent, subprotocol };
	payloadWorker().postMessage(request);
	return { result, cancel: () => void jobs.delete(id) };
}
