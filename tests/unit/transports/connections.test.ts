import { describe, expect, it } from 'vitest';
import { simulate, TRANSPORT_NAMES, type ScenarioInput } from '$lib/protocol/index.ts';
import { at, itemsOf, labels, QUIET } from './helpers.ts';

const L = 50;
const BUSY: ScenarioInput = {
	...QUIET,
	durationMs: 20_000,
	serverEvents: { kind: 'poisson', perSecond: 2 },
	clientMessages: { kind: 'poisson', perSecond: 0.5 },
	pollIntervalMs: 1000,
	longPollHoldMs: 2000,
	streamLifetimeMs: 5000
};

describe('TCP connections', () => {
	it.each(TRANSPORT_NAMES)('%s: every connection opens with 3 segments and closes with 4', (t) => {
		for (const keepAlive of [true, false]) {
			const r = simulate({ ...BUSY, keepAlive }, t);
			expect(r.metrics.tcpSegments).toBe(7 * r.metrics.connections);
			for (const c of r.connections) {
				const segments = itemsOf(r.timeline, c.id).filter((i) => i.kind === 'tcp');
				expect(labels(segments)).toEqual(['SYN', 'SYN-ACK', 'ACK', 'FIN', 'ACK', 'FIN', 'ACK']);
				expect(c.closedAt).not.toBeNull();
			}
		}
	});

	it('costs 60 + 60 + 52 bytes to open and 4 × 52 to close (IPv4, Linux options)', () => {
		const r = simulate({ ...QUIET, durationMs: 1000, serverEvents: at(500) }, 'websocket');
		const tcp = r.timeline.filter((i) => i.kind === 'tcp').map((i) => i.bytes.tcp);
		expect(tcp).toEqual([60, 60, 52, 52, 52, 52, 52]);
		expect(r.metrics.tcpBytes).toBe(380);
	});

	it('lets the client send its request one round trip after the SYN', () => {
		const r = simulate({ ...QUIET, durationMs: 1000, serverEvents: at(500) }, 'polling');
		const [syn, synAck, ack, request] = r.timeline;
		expect([syn!.sentAt, synAck!.sentAt, ack!.sentAt, request!.sentAt]).toEqual([
			0,
			L,
			2 * L,
			2 * L
		]);
		expect(request!.kind).toBe('http-request');
	});

	it('closes four segments over one and a half round trips', () => {
		const r = simulate({ ...QUIET, durationMs: 1000, serverEvents: at(500) }, 'polling');
		const c = r.connections[0]!;
		expect(c.closedBy).toBe('client');
		expect(c.closedAt! - c.closingAt!).toBe(3 * L);
	});
});

describe('TLS', () => {
	const first = (input: ScenarioInput) => {
		const r = simulate({ ...QUIET, durationMs: 5000, serverEvents: at(500), ...input }, 'polling');
		return { r, request: r.timeline.find((i) => i.kind === 'http-request')! };
	};

	it('adds one round trip with TLS 1.3 (RFC 8446 §2)', () => {
		const { r, request } = first({ tls: true, tlsVersion: '1.3' });
		expect(request.sentAt).toBe(2 * L + 2 * L);
		expect(labels(r.timeline.filter((i) => i.kind === 'tls'))).toEqual([
			'ClientHello',
			'ServerHello … Finished',
			'Finished'
		]);
	});

	it('adds two round trips with TLS 1.2 (RFC 5246 §7.3)', () => {
		const { request } = first({ tls: true, tlsVersion: '1.2' });
		expect(request.sentAt).toBe(2 * L + 4 * L);
	});

	it('resumes the session on later connections: no certificate, one round trip', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 5000,
				pollIntervalMs: 2000,
				keepAlive: false,
				tls: true,
				tlsVersion: '1.2',
				serverEvents: at(500)
			},
			'polling'
		);
		expect(r.connections.map((c) => c.resumed)).toEqual([false, true, true]);
		expect(r.connections.map((c) => c.readyAt! - c.openedAt)).toEqual([6 * L, 4 * L, 4 * L]);
	});

	it('adds a record header and tag to everything sent over it', () => {
		const { r, request } = first({ tls: true, tlsVersion: '1.3' });
		expect(request.bytes.tls).toBe(22);
		const plain = first({}).request;
		expect(plain.bytes.tls).toBe(0);
		expect(request.text).toMatch(/^GET \/poll/);
		expect(r.metrics.tlsBytes).toBeGreaterThan(1800 + 4000);
	});
});

describe('the connection pool', () => {
	it('never opens more than the per-host limit of connections at once', () => {
		const r = simulate(
			{
				...QUIET,
				latencyMs: 400,
				durationMs: 3000,
				pollIntervalMs: 50,
				maxConnectionsPerHost: 3,
				serverEvents: at(1000)
			},
			'polling'
		);
		for (const c of r.connections) {
			const open = r.connections.filter(
				(d) => d.openedAt <= c.openedAt && (d.closingAt ?? Infinity) > c.openedAt
			);
			expect(open.length).toBeLessThanOrEqual(3);
		}
	});

	it('lets the server close a connection left idle past its keep-alive timeout', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 10_000,
				pollIntervalMs: 4000,
				keepAliveTimeoutMs: 1000,
				serverEvents: at(500)
			},
			'polling'
		);
		expect(r.metrics.connections).toBe(3);
		expect(r.connections.slice(0, 2).map((c) => c.closedBy)).toEqual(['server', 'server']);
		expect(r.connections[0]!.closingAt).toBe(3 * L + 1000);
	});
});
