// What /transports predicts for the run just measured, from the engine's model (never re-derived
// here): the same events (every interval, as many as were measured), the same poll interval, the
// measured payload size, and the loopback's latency of 0. Then the differences, as codes with their
// numbers, for the page to explain in its language.
import {
	latencyStats,
	simulate,
	type LatencyStats,
	type Metrics,
	type TransportName
} from '$lib/protocol/transports/index.ts';
import type { Coded } from '$lib/protocol/text.ts';
import type { MeasureScenario, Measured } from './measure.ts';

export interface Compared {
	transport: TransportName;
	measured: { delivered: number; latency: LatencyStats; requests: number; bytes: number };
	/** The model's numbers; `bytes` is what the tap can see: headers, framing and payload. */
	model: { delivered: number; latency: LatencyStats; requests: number; bytes: number };
	notes: Coded<CompareNote>[];
}

export type CompareNote = 'bytes_per_request' | 'poll_wait' | 'push_latency' | 'requests';

export function modelFor(
	transport: TransportName,
	scenario: MeasureScenario,
	payloadBytes: number
): Metrics {
	const atMs = Array.from({ length: scenario.events }, (_, i) => (i + 1) * scenario.intervalMs);
	return simulate(
		{
			durationMs: atMs.at(-1)! + scenario.intervalMs,
			serverEvents: { kind: 'schedule', atMs },
			clientMessages: { kind: 'schedule', atMs: [] },
			payloadBytes,
			latencyMs: 0,
			pollIntervalMs: scenario.pollMs,
			streamFormat: 'chunked',
			streamLifetimeMs: 0
		},
		transport
	).metrics;
}

const perRequest = (bytes: number, requests: number) => Math.round(bytes / Math.max(1, requests));

/** The notes that explain this run's differences: each only when its difference is there to see. */
function notesOf(c: Omit<Compared, 'notes'>, scenario: MeasureScenario): Coded<CompareNote>[] {
	const notes: Coded<CompareNote>[] = [];
	const measuredPer = perRequest(c.measured.bytes, c.measured.requests);
	const modelPer = perRequest(c.model.bytes, c.model.requests);
	if (Math.abs(measuredPer - modelPer) > modelPer * 0.2)
		notes.push({ code: 'bytes_per_request', params: { measured: measuredPer, model: modelPer } });
	if (c.transport === 'polling')
		notes.push({ code: 'poll_wait', params: { poll: scenario.pollMs } });
	else
		notes.push({
			code: 'push_latency',
			params: { measured: Math.round(c.measured.latency.mean) }
		});
	if (c.measured.requests !== c.model.requests)
		notes.push({
			code: 'requests',
			params: { measured: c.measured.requests, model: c.model.requests }
		});
	return notes;
}

export function compare(measured: Measured, scenario: MeasureScenario): Compared {
	const metrics = modelFor(measured.transport, scenario, measured.payloadBytes);
	const base = {
		transport: measured.transport,
		measured: {
			delivered: measured.latencies.length,
			latency: latencyStats(measured.latencies),
			requests: measured.requests,
			bytes: measured.bytes
		},
		model: {
			delivered: metrics.messagesDelivered,
			latency: metrics.latencyMs,
			requests: metrics.requests,
			bytes: metrics.headerBytes + metrics.framingBytes + metrics.payloadBytes
		}
	};
	return { ...base, notes: notesOf(base, scenario) };
}
