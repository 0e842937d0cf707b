// The measured transports beside the model: the model is the engine's simulate() for the same
// scenario (events every interval, the poll interval, the measured payload, latency 0 on the
// loopback), and each difference becomes a coded note with its numbers.
import { describe, expect, it } from 'vitest';
import { compare, modelFor } from '../../../src/routes/live/measure/compare.ts';
import { TRANSPORT_NAMES, simulate } from '$lib/protocol/transports/index.ts';

const scenario = { intervalMs: 250, events: 8, pollMs: 1000 };

describe('the model beside a measured run', () => {
	it('is the engine model of the same scenario, for every transport', () => {
		for (const transport of TRANSPORT_NAMES) {
			const metrics = modelFor(transport, scenario, 40);
			expect(metrics.messagesDelivered).toBe(8);
			const direct = simulate(
				{
					durationMs: 2250,
					serverEvents: { kind: 'schedule', atMs: [250, 500, 750, 1000, 1250, 1500, 1750, 2000] },
					clientMessages: { kind: 'schedule', atMs: [] },
					payloadBytes: 40,
					latencyMs: 0,
					pollIntervalMs: 1000,
					streamFormat: 'chunked',
					streamLifetimeMs: 0
				},
				transport
			).metrics;
			expect(metrics).toEqual(direct);
		}
		expect(modelFor('websocket', scenario, 40).requests).toBe(1);
		expect(modelFor('polling', scenario, 40).latencyMs.mean).toBeGreaterThan(0);
	});

	it('explains the differences with codes and numbers', () => {
		const polled = compare(
			{
				transport: 'polling',
				latencies: [500, 250, 0, 750],
				payloadBytes: 40,
				requests: 3,
				bytes: 3000
			},
			scenario
		);
		expect(polled.measured).toMatchObject({ delivered: 4, requests: 3, bytes: 3000 });
		expect(polled.measured.latency.mean).toBe(375);
		expect(polled.notes.map((n) => n.code)).toContain('poll_wait');
		expect(polled.notes.find((n) => n.code === 'poll_wait')!.params).toEqual({ poll: 1000 });
		const socket = compare(
			{ transport: 'websocket', latencies: [2, 1, 3], payloadBytes: 40, requests: 1, bytes: 5000 },
			scenario
		);
		expect(socket.notes.map((n) => n.code)).toEqual(['bytes_per_request', 'push_latency']);
		expect(socket.notes[0]!.params.measured).toBe(5000);
	});
});
