// Asks payload.worker.ts what a direction's messages carry. Whole data messages whose bytes the page
// holds are sent as they are; one the page keeps only the head of (MessageView) goes as its index,
// with the direction's bytes, for the worker to read whole; the others get null.
//
// One worker serves the page, started on first use: a worker per request, terminated when a newer
// request replaced it, cost a script load each time (and a load cut short never ends for the network).
import type { PayloadChoice, PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { Role } from '../protocol/types.ts';
import type { ReadOptions } from './read.ts';
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

/** How to read a direction's messages: the application protocol, and the bytes of big messages. */
export interface PayloadRequestOptions {
	subprotocol?: string;
	choice?: PayloadChoice;
	/** Who sent the messages (MQTT and STOMP tell commands from answers by it). */
	from?: Role;
	/** The direction's bytes and how it was read: messages over the head the page keeps come from it. */
	whole?: ReadOptions & { bytes: Uint8Array };
}

/** What to send for a message: itself, its index (read whole in the worker), or nothing. */
function inputOf(
	m: MessageView,
	options: PayloadRequestOptions
): PayloadInput | number | undefined {
	if ((m.type !== 'text' && m.type !== 'binary') || !m.complete) return;
	if (m.head.length < m.size) return options.whole ? m.index : undefined;
	const input: PayloadInput =
		m.type === 'text' && m.text !== undefined && !m.textCut
			? { type: 'text', bytes: m.head, text: m.text }
			: { type: m.type, bytes: m.head };
	if (options.from) input.from = options.from;
	return input;
}

/**
 * The request for a direction's messages (its id left to the caller) and how to spread the answer
 * back over every message; null when no message is sent (nothing to read, or `none` chosen).
 */
export function payloadRequest(
	messages: readonly MessageView[],
	options: PayloadRequestOptions = {}
): {
	request: Omit<PayloadRequest, 'id'>;
	spread(payloads: (PayloadResult | null)[]): (PayloadResult | null)[];
} | null {
	const inputs = messages.map((m) => inputOf(m, options));
	const sent = inputs.filter((i) => i !== undefined);
	if (sent.length === 0 || options.choice === 'none') return null;
	const { subprotocol, choice, whole } = options;
	const request: Omit<PayloadRequest, 'id'> = { messages: sent, subprotocol, choice };
	if (whole && sent.some((i) => typeof i === 'number')) request.whole = whole;
	const spread = (payloads: (PayloadResult | null)[]) => {
		let k = 0;
		return inputs.map((i) => (i === undefined ? null : payloads[k++]!));
	};
	return { request, spread };
}

/** The payload of each message, by message index (null: nothing decoded). Rejects if the worker fails. */
export function decodeMessagePayloads(
	messages: readonly MessageView[],
	options: PayloadRequestOptions = {}
): { result: Promise<(PayloadResult | null)[]>; cancel(): void } {
	const asked = payloadRequest(messages, options);
	if (!asked) return { result: Promise.resolve(messages.map(() => null)), cancel() {} };
	const id = nextId++;
	const result = new Promise<(PayloadResult | null)[]>((resolve, reject) => {
		jobs.set(id, { reject, resolve: (payloads) => resolve(asked.spread(payloads)) });
	});
	payloadWorker().postMessage({ id, ...asked.request } satisfies PayloadRequest);
	return { result, cancel: () => void jobs.delete(id) };
}

/** One conversation's inputs as they are (WebSocket messages, long-polling bodies), read in order. */
export function decodePayloadInputs(
	inputs: PayloadInput[],
	options: { subprotocol?: string; choice?: PayloadChoice } = {}
): { result: Promise<(PayloadResult | null)[]>; cancel(): void } {
	const id = nextId++;
	const result = new Promise<(PayloadResult | null)[]>((resolve, reject) =>
		jobs.set(id, { resolve, reject })
	);
	payloadWorker().postMessage({ id, messages: inputs, ...options } satisfies PayloadRequest);
	return { result, cancel: () => void jobs.delete(id) };
}
