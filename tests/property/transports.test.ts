import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	itemTotal,
	simulate,
	TRANSPORT_NAMES,
	type Arrivals,
	type ScenarioInput,
	type SimulationResult,
	type WireItem
} from '$lib/protocol/index.ts';

const poisson = (max: number): fc.Arbitrary<Arrivals> =>
	fc.double({ min: 0, max, noNaN: true }).map((perSecond) => ({ kind: 'poisson', perSecond }));

/** Times as fractions of the run, so a schedule always lies inside it. */
const schedule = fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { maxLength: 30 });

const scenario: fc.Arbitrary<ScenarioInput> = fc
	.record({
		seed: fc.nat(),
		durationMs: fc.integer({ min: 1, max: 20_000 }),
		events: fc.oneof(
			poisson(5).map((a) => () => a),
			schedule.map((f) => (d: number) => f.map((x) => Math.floor(x * d)))
		),
		clientMessages: poisson(2),
		payloadBytes: fc.oneof(
			{ arbitrary: fc.integer({ min: 0, max: 300 }), weight: 9 },
			{ arbitrary: fc.constantFrom(125, 126, 65_535, 65_536), weight: 1 }
		),
		latencyMs: fc.oneof(
			fc.integer({ min: 0, max: 300 }),
			fc.double({ min: 0, max: 300, noNaN: true })
		),
		tls: fc.boolean(),
		tlsVersion: fc.constantFrom('1.2', '1.3') as fc.Arbitrary<'1.2' | '1.3'>,
		keepAlive: fc.boolean(),
		keepAliveTimeoutMs: fc.integer({ min: 1, max: 100_000 }),
		maxConnectionsPerHost: fc.integer({ min: 2, max: 6 }),
		pollIntervalMs: fc.integer({ min: 10, max: 5000 }),
		longPollHoldMs: fc.integer({ min: 10, max: 30_000 }),
		streamFormat: fc.constantFrom('multipart', 'chunked') as fc.Arbitrary<'multipart' | 'chunked'>,
		streamLifetimeMs: fc.oneof(fc.constant(0), fc.integer({ min: 10, max: 20_000 })),
		sseRetryMs: fc.integer({ min: 0, max: 5000 }),
		cookieBytes: fc.integer({ min: 0, max: 500 })
	})
	.map(({ events, ...rest }) => {
		const made = events(rest.durationMs);
		const serverEvents: Arrivals = Array.isArray(made) ? { kind: 'schedule', atMs: made } : made;
		return { ...rest, serverEvents };
	});

const transport = fc.constantFrom(...TRANSPORT_NAMES);

function arrivalOrder(items: readonly WireItem[]): WireItem[] {
	return [...items].sort((a, b) => a.arrivesAt - b.arrivesAt || a.id - b.id);
}

function expectDeliveredOnceInOrder(r: SimulationResult): void {
	const order = arrivalOrder(r.timeline);
	const events = order.flatMap((i) => i.deliversEvents ?? []);
	expect(events).toEqual(r.events.map((e) => e.id));
	const messages = order.flatMap((i) => i.deliversMessages ?? []);
	expect([...messages].sort((a, b) => a - b)).toEqual(r.messages.map((m) => m.id));
	// Nothing arrives before it happened plus one trip across the network.
	const early = [...r.deliveries, ...r.sends].filter(
		(d) =>
			d.deliveredAt < d.at + r.scenario.latencyMs ||
			r.timeline[d.item - 1]!.arrivesAt !== d.deliveredAt
	);
	expect(early).toEqual([]);
}

/** Checks per item collect what is wrong, then one assertion: thousands of expect() calls per
 * run would make the properties slow. */
function problems(items: readonly WireItem[], check: (i: WireItem) => string | false): string[] {
	return items
		.map((i) => check(i) && `#${i.id} ${i.label}: ${check(i)}`)
		.filter((p) => p !== false);
}

function expectBytesAddUp(r: SimulationResult): void {
	const sum = (f: (i: WireItem) => number): number => r.timeline.reduce((n, i) => n + f(i), 0);
	const m = r.metrics;
	expect(m.totalBytes).toBe(sum(itemTotal));
	expect(m.totalBytes).toBe(
		m.headerBytes + m.framingBytes + m.payloadBytes + m.tcpBytes + m.tlsBytes
	);
	expect(m.headerBytes).toBe(sum((i) => i.bytes.headers));
	expect(m.framingBytes).toBe(sum((i) => i.bytes.framing));
	// Every message's payload crosses the wire once, whatever wraps it.
	expect(m.payloadBytes).toBe((r.deliveries.length + r.sends.length) * r.scenario.payloadBytes);
	const wrong = problems(r.timeline, (i) => {
		const app = i.bytes.headers + i.bytes.framing + i.bytes.payload;
		if ((i.kind === 'tcp' || i.kind === 'tls') && app > 0) return 'a segment with data bytes';
		if (i.truncated) return false;
		if (i.kind === 'ws-frame') return i.hex!.length / 2 !== app && `${i.hex!.length / 2} ≠ ${app}`;
		return i.text !== undefined && i.text.length !== app && `${i.text.length} ≠ ${app}`;
	});
	expect(wrong).toEqual([]);
}

function expectWellFormedTimeline(r: SimulationResult): void {
	const { latencyMs } = r.scenario;
	const wrong = problems(r.timeline, (i) => {
		const c = r.connections[i.connection - 1]!;
		const previous = r.timeline[i.id - 2];
		if (r.timeline[i.id - 1] !== i) return 'ids are not 1, 2, 3 ...';
		if (Math.abs(i.arrivesAt - i.sentAt - latencyMs) > 1e-9) return 'not one latency in flight';
		if (previous && i.sentAt < previous.sentAt) return 'sent before the item before it';
		if (i.sentAt < c.openedAt || c.closedAt === null || i.arrivesAt > c.closedAt)
			return 'outside its connection';
		return false;
	});
	expect(wrong).toEqual([]);
	expect(r.connections.filter((c) => c.closedAt === null)).toEqual([]);
}

describe('the transports simulation, for any scenario', { timeout: 60_000 }, () => {
	it('delivers every event exactly once, in order, never before it happened', () => {
		fc.assert(
			fc.property(scenario, transport, (s, t) => expectDeliveredOnceInOrder(simulate(s, t))),
			{ numRuns: 300 }
		);
	});

	it('adds the bytes up: the total is the sum of its parts, item by item', () => {
		fc.assert(
			fc.property(scenario, transport, (s, t) => expectBytesAddUp(simulate(s, t))),
			{ numRuns: 300 }
		);
	});

	it('puts every item on an open connection, in order of sending, and closes them all', () => {
		fc.assert(
			fc.property(scenario, transport, (s, t) => expectWellFormedTimeline(simulate(s, t))),
			{ numRuns: 300 }
		);
	});

	it('gives the same timeline for the same seed', () => {
		fc.assert(
			fc.property(scenario, transport, (s, t) => {
				expect(simulate(s, t)).toEqual(simulate(structuredClone(s), t));
			}),
			{ numRuns: 100 }
		);
	});
});
