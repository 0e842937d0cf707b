import { describe, expect, it } from 'vitest';
import { simulate } from '$lib/protocol/index.ts';
import { at, QUIET } from './helpers.ts';

const L = 50;

describe('HTTP polling', () => {
	it('adds about half the interval of latency to events spread uniformly in time', () => {
		// An event every 10 ms for 60 s: each waits for the next poll (0 to 1000 ms, 500 on
		// average), then for the response to travel back (one latency).
		const interval = 1000;
		const times = Array.from({ length: 5800 }, (_, i) => 2005 + 10 * i);
		const r = simulate(
			{ ...QUIET, durationMs: 60_000, pollIntervalMs: interval, serverEvents: at(...times) },
			'polling'
		);
		expect(r.metrics.messagesDelivered).toBe(times.length);
		expect(r.metrics.latencyMs.mean).toBeGreaterThan(interval / 2 + L - 10);
		expect(r.metrics.latencyMs.mean).toBeLessThan(interval / 2 + L + 10);
		expect(r.metrics.latencyMs.max).toBeLessThanOrEqual(interval + L);
	});

	it('adds about half the interval of latency to Poisson events too', () => {
		const interval = 2000;
		const r = simulate(
			{
				...QUIET,
				durationMs: 600_000,
				pollIntervalMs: interval,
				serverEvents: { kind: 'poisson', perSecond: 5 }
			},
			'polling'
		);
		// About 3000 events: the mean wait's standard error is 2000 / sqrt(12 * 3000) ≈ 11 ms.
		expect(Math.abs(r.metrics.latencyMs.mean - (interval / 2 + L))).toBeLessThan(60);
	});

	it('polls once per interval and answers empty polls with 204 No Content', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 10_000, pollIntervalMs: 1000, serverEvents: at(2500) },
			'polling'
		);
		// Polls at 0, 1000 ... 9000; only the one at 3000 finds the event.
		expect(r.metrics.requests).toBe(10);
		expect(r.metrics.emptyResponses).toBe(9);
		expect(r.deliveries).toEqual([
			{
				id: 1,
				at: 2500,
				deliveredAt: 3000 + 2 * L,
				latencyMs: 500 + 2 * L,
				item: expect.any(Number)
			}
		]);
		const answers = r.timeline.filter((i) => i.kind === 'http-response');
		expect(answers.filter((i) => i.empty).every((i) => i.label === '204 No Content')).toBe(true);
	});

	it('keeps one connection alive for every poll', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 10_000, pollIntervalMs: 1000, serverEvents: at(2500) },
			'polling'
		);
		expect(r.metrics.connections).toBe(1);
		expect(r.metrics.tcpSegments).toBe(3 + 4);
	});

	it('pays a three-way handshake for every request without keep-alive', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 10_000,
				pollIntervalMs: 1000,
				keepAlive: false,
				serverEvents: at(2500)
			},
			'polling'
		);
		expect(r.metrics.connections).toBe(r.metrics.requests);
		expect(r.metrics.tcpSegments).toBe(7 * r.metrics.connections);
		for (const c of r.connections) {
			// The request leaves with the ACK, one round trip after the SYN; the server closes.
			expect(c.readyAt).toBe(c.openedAt + 2 * L);
			expect(c.closedBy).toBe('server');
		}
		const response = r.timeline.find((i) => i.kind === 'http-response')!;
		expect(response.text).toContain('\r\nConnection: close\r\n');
	});

	it('opens a second connection when a poll is still out as the next one is due', () => {
		// A 300 ms round trip against a 100 ms interval: setInterval does not wait for answers.
		const r = simulate(
			{ ...QUIET, latencyMs: 150, durationMs: 1000, pollIntervalMs: 100, serverEvents: at(500) },
			'polling'
		);
		expect(r.metrics.connections).toBeGreaterThan(1);
		expect(r.metrics.connections).toBeLessThanOrEqual(6);
	});

	it('sends a chat message as a POST of its own', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 5000,
				pollIntervalMs: 1000,
				serverEvents: at(),
				clientMessages: at(1500)
			},
			'polling'
		);
		const post = r.timeline.find((i) => i.label === 'POST /messages')!;
		expect(post.deliversMessages).toEqual([1]);
		expect(post.text).toMatch(/^POST \/messages HTTP\/1\.1\r\n/);
		expect(post.bytes.payload).toBe(r.scenario.payloadBytes);
		// The poll connection is idle then, so the POST reuses it: one latency.
		expect(r.sends[0]!.latencyMs).toBe(L);
	});
});

describe('long polling', () => {
	it('sends one request per delivered event, one per timeout, and the one held at the end', () => {
		// Worked by hand (hold 30 s, 50 ms each way): GET at 100 is held until the event at 10 s;
		// GET at 10 050 times out at 40 100 (204); GET at 40 150 gets the event at 45 s; GET at
		// 45 050 is still held when the run ends at 60 s.
		const r = simulate(
			{ ...QUIET, durationMs: 60_000, longPollHoldMs: 30_000, serverEvents: at(10_000, 45_000) },
			'long-polling'
		);
		const requests = r.timeline.filter((i) => i.kind === 'http-request');
		expect(requests.map((i) => i.sentAt)).toEqual([100, 10_050, 40_150, 45_050]);
		expect(r.metrics.emptyResponses).toBe(1);
		expect(r.metrics.requests).toBe(2 + 1 + 1);
		expect(r.metrics.latencyMs).toEqual({ mean: L, p95: L, max: L });
	});

	it('answers as soon as an event happens, and the client asks again at once', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 20_000, longPollHoldMs: 5_000, serverEvents: at(1000, 3000, 12_000) },
			'long-polling'
		);
		const answers = r.timeline.filter((i) => i.kind === 'http-response');
		const carrying = answers.filter((i) => i.deliversEvents);
		expect(carrying.map((i) => i.sentAt)).toEqual([1000, 3000, 12_000]);
		expect(r.metrics.requests).toBe(carrying.length + r.metrics.emptyResponses + 1);
		const requests = r.timeline.filter((i) => i.kind === 'http-request');
		for (const answer of answers) {
			expect(requests.some((q) => q.sentAt === answer.arrivesAt)).toBe(true);
		}
	});

	it('sends events that came between two requests at once, together', () => {
		// Events 10 ms apart land while the answer to the first is on its way: the next GET gets both.
		const r = simulate(
			{ ...QUIET, durationMs: 5000, serverEvents: at(1000, 1010, 1020) },
			'long-polling'
		);
		const carrying = r.timeline.filter((i) => i.kind === 'http-response' && i.deliversEvents);
		expect(carrying.map((i) => i.deliversEvents)).toEqual([[1], [2, 3]]);
		expect(carrying[1]!.text).toMatch(/\r\n\r\n\[\{"seq":2,.*\},\{"seq":3,.*\}\]$/);
	});
});
