import { describe, expect, it } from 'vitest';
import {
	clockStops,
	countUpTo,
	itemTotal,
	nextStop,
	previousStop,
	progressOf,
	simulate,
	simulateAll,
	TRANSPORT_NAMES
} from '$lib/protocol/index.ts';
import { at, QUIET } from './helpers.ts';

const SCENARIO = {
	...QUIET,
	durationMs: 10_000,
	serverEvents: at(1000, 4000, 8000),
	clientMessages: at(3000)
};

describe('progress at a moment', () => {
	it('counts nothing before time 0 and equals the metrics once everything has arrived', () => {
		for (const name of TRANSPORT_NAMES) {
			const r = simulate(SCENARIO, name);
			const p = progressOf(r);
			expect(p.at(-1)).toEqual({
				delivered: 0,
				sent: 0,
				requests: 0,
				connections: 0,
				openConnections: 0,
				bytes: 0,
				inFlight: 0
			});
			const end = p.at(r.endsAt);
			expect(end.delivered).toBe(r.metrics.messagesDelivered);
			expect(end.sent).toBe(r.metrics.clientMessages.delivered);
			expect(end.requests).toBe(r.metrics.requests);
			expect(end.connections).toBe(r.metrics.connections);
			expect(end.bytes).toBe(r.metrics.totalBytes);
			expect(end.inFlight).toBe(0);
			expect(end.openConnections).toBe(r.connections.filter((c) => c.closedAt === null).length);
		}
	});

	it('counts an item’s bytes from the moment it is sent, and it is in flight until it arrives', () => {
		const r = simulate(SCENARIO, 'websocket');
		const p = progressOf(r);
		const frame = r.timeline.find((i) => i.deliversEvents?.includes(2))!;
		const before = p.at(frame.sentAt - 0.001);
		const during = p.at(frame.sentAt);
		expect(during.bytes - before.bytes).toBe(itemTotal(frame));
		expect(during.inFlight).toBe(before.inFlight + 1);
		expect(p.at(frame.arrivesAt).delivered).toBe(2);
		expect(p.at(frame.arrivesAt - 0.001).delivered).toBe(1);
	});

	it('matches a walk over the timeline at every moment something happens', () => {
		const r = simulate({ ...SCENARIO, serverEvents: { kind: 'poisson', perSecond: 3 } }, 'polling');
		const p = progressOf(r);
		for (const t of clockStops([r])) {
			const sent = r.timeline.filter((i) => i.sentAt <= t);
			expect(p.at(t).bytes).toBe(sent.reduce((n, i) => n + itemTotal(i), 0));
			expect(p.at(t).inFlight).toBe(sent.filter((i) => i.arrivesAt > t).length);
			expect(p.at(t).requests).toBe(sent.filter((i) => i.kind === 'http-request').length);
			expect(p.at(t).delivered).toBe(r.deliveries.filter((d) => d.deliveredAt <= t).length);
			const open = r.connections.filter(
				(c) => c.openedAt <= t && !(c.closedAt !== null && c.closedAt <= t)
			);
			expect(p.at(t).openConnections).toBe(open.length);
		}
	});
});

describe('clock stops', () => {
	it('are every send and arrival of every run, ascending, once each, from 0', () => {
		const results = simulateAll(SCENARIO);
		const stops = [...clockStops(results)];
		const expected = new Set([
			0,
			...results.flatMap((r) => r.timeline.flatMap((i) => [i.sentAt, i.arrivesAt]))
		]);
		expect(stops).toEqual([...expected].sort((a, b) => a - b));
	});

	it('step to the next and previous moment, and stay put at the ends', () => {
		const stops = Float64Array.of(0, 50, 100, 250);
		expect(nextStop(stops, 0)).toBe(50);
		expect(nextStop(stops, 60)).toBe(100);
		expect(nextStop(stops, 250)).toBe(250);
		expect(previousStop(stops, 100)).toBe(50);
		expect(previousStop(stops, 99)).toBe(50);
		expect(previousStop(stops, 0)).toBe(0);
		expect(countUpTo(stops, 100)).toBe(3);
		expect(countUpTo(stops, -1)).toBe(0);
	});
});
