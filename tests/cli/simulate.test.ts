import { describe, expect, it } from 'vitest';
import { SLOW, wsviz, wsvizJson } from './run.ts';

interface Metrics {
	messagesDelivered: number;
	latencyMs: { mean: number; p95: number; max: number };
	requests: number;
	connections: number;
	emptyResponses: number;
	headerBytes: number;
	framingBytes: number;
	payloadBytes: number;
	totalBytes: number;
	tcpBytes: number;
	tlsBytes: number;
}

interface OneJson {
	transport: string;
	metrics: Metrics;
	scenario: Record<string, unknown>;
	timeline?: {
		id: number;
		connection: number;
		kind: string;
		direction: string;
		sentAt: number;
		arrivesAt: number;
		bytes: Record<string, number>;
		label: string;
	}[];
}

interface AllJson {
	scenario: Record<string, unknown>;
	transports: OneJson[];
}

/** The metrics the DESIGN.md contract names. */
const CONTRACT = [
	'messagesDelivered',
	'latencyMs',
	'requests',
	'connections',
	'emptyResponses',
	'headerBytes',
	'framingBytes',
	'payloadBytes',
	'totalBytes'
];

const NAMES = ['polling', 'long-polling', 'streaming', 'sse', 'websocket'];

describe('wsviz simulate', { timeout: SLOW }, () => {
	it('prints the metrics of one transport as JSON', async () => {
		const json = await wsvizJson<OneJson>(['simulate', '--transport', 'websocket', '--json']);
		expect(json.transport).toBe('websocket');
		expect(Object.keys(json.metrics)).toEqual(expect.arrayContaining(CONTRACT));
		expect(Object.keys(json.metrics.latencyMs)).toEqual(['mean', 'p95', 'max']);
		expect(json.metrics).toMatchObject({ requests: 1, connections: 1, emptyResponses: 0 });
		expect(json.timeline).toBeUndefined();
	});

	it('works a polling case out the way it is worked by hand', async () => {
		// Polls at 0, 1000 ... 9000 (50 ms each way): the event at 2500 waits for the poll at 3000
		// and arrives at 3100; nine polls come back empty.
		const json = await wsvizJson<OneJson>([
			'simulate',
			'--transport=polling',
			'--events',
			'2500',
			'--duration',
			'10',
			'--interval',
			'1000',
			'--client-rate',
			'0',
			'--json'
		]);
		expect(json.metrics).toMatchObject({
			messagesDelivered: 1,
			latencyMs: { mean: 600, p95: 600, max: 600 },
			requests: 10,
			connections: 1,
			emptyResponses: 9
		});
	});

	it('adds everything on the wire with --timeline', async () => {
		const args = ['simulate', '--transport', 'sse', '--duration', '3', '--json', '--timeline'];
		const json = await wsvizJson<OneJson>(args);
		const timeline = json.timeline!;
		expect(timeline[0]).toMatchObject({ id: 1, kind: 'tcp', label: 'SYN', direction: 'up' });
		expect(timeline.map((i) => i.kind)).toContain('sse-event');
		const total = timeline.reduce((n, i) => n + Object.values(i.bytes).reduce((a, b) => a + b), 0);
		expect(total).toBe(json.metrics.totalBytes);
	});

	it('compares all five transports on the same events', async () => {
		const json = await wsvizJson<AllJson>(['simulate', '--json', '--duration', '20']);
		expect(json.transports.map((t) => t.transport)).toEqual(NAMES);
		const delivered = json.transports.map((t) => t.metrics.messagesDelivered);
		expect(new Set(delivered).size).toBe(1);
		const [polling, , , , websocket] = json.transports;
		// Ten polls' headers against one handshake's.
		expect(polling!.metrics.headerBytes).toBeGreaterThan(5 * websocket!.metrics.headerBytes);
	});

	it('prints a side-by-side table for people', async () => {
		const run = await wsviz(['simulate', '--duration', '10']);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const lines = run.stdout.split('\n');
		expect(lines[0]).toMatch(/^10 s · \d+ server events/);
		expect(lines[2]!.trim().split(/\s+/)).toEqual(NAMES);
		for (const row of ['latency mean (ms)', 'HTTP requests', 'empty responses', 'total bytes']) {
			expect(lines.some((l) => l.startsWith(row))).toBe(true);
		}
	});

	it('lists the wire for people with --timeline', async () => {
		const args = ['simulate', '--transport', 'websocket', '--events', '500', '--duration', '1'];
		const run = await wsviz([...args, '--client-rate', '0', '--timeline']);
		expect(run.stdout).toContain('WebSocket: the wire');
		expect(run.stdout).toMatch(/^ {6}0\.0 → {6}50\.0 {2}#1 {3}C→S {2}SYN {2,}60 B$/m);
		expect(run.stdout).toContain('101 Switching Protocols');
	});

	it('gives the same output for the same seed, and other output for another', async () => {
		const [a, b, c] = await Promise.all([
			wsviz(['simulate', '--seed', '7', '--json', '--duration', '5']),
			wsviz(['simulate', '--seed', '7', '--json', '--duration', '5']),
			wsviz(['simulate', '--seed', '8', '--json', '--duration', '5'])
		]);
		expect(a.stdout).toBe(b.stdout);
		expect(a.stdout).not.toBe(c.stdout);
	});

	it('pays a handshake per request with --tls --no-keep-alive', async () => {
		const args = ['simulate', '--transport', 'polling', '--tls', '--no-keep-alive', '--json'];
		const json = await wsvizJson<OneJson>([...args, '--duration', '10']);
		expect(json.metrics.connections).toBe(json.metrics.requests);
		expect(json.metrics.tlsBytes).toBeGreaterThan(0);
		expect(json.scenario).toMatchObject({ tls: true, keepAlive: false, tlsVersion: '1.3' });
	});

	it.each([
		[
			['--transport', 'carrier-pigeon'],
			"--transport must be one of polling, long-polling, streaming, sse, websocket or all, not 'carrier-pigeon'"
		],
		[
			['--rate', 'fast'],
			"--rate must be a number of messages per second from 0 to 1000, not 'fast'"
		],
		[['--duration', '0'], "--duration must be a number of seconds from 0.001 to 3600, not '0'"],
		[
			['--interval', '5'],
			"--interval must be a number of milliseconds from 10 to 3600000, not '5'"
		],
		[['--payload', '-1'], "--payload must be a whole number of bytes from 0 to 1048576, not '-1'"],
		[
			['--events', '100,soon'],
			"--events takes times in milliseconds like 500,1200,4000; 'soon' is not one"
		],
		[
			['--events', '9000', '--duration', '5'],
			'--events with --duration: every time must lie in [0, 5000) ms'
		],
		[
			['--rate', '1000', '--duration', '3600'],
			'--rate with --duration: about 3600000 server events in one run; at most 20000'
		],
		[['--rate', '1', '--events', '5'], 'give --rate or --events, not both'],
		[['--tls-version', '1.1'], "--tls-version must be 1.3 or 1.2, not '1.1'"],
		[['--warp'], 'unknown option --warp'],
		[['now'], "unexpected argument 'now'"]
	])('exits 2 on %j', async (args, message) => {
		const run = await wsviz(['simulate', ...args]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(`wsviz simulate: ${message}`);
		expect(run.stderr).toContain("Run 'wsviz simulate --help' for usage.");
	});

	it('has help', async () => {
		const [own, via] = await Promise.all([
			wsviz(['simulate', '--help']),
			wsviz(['help', 'simulate'])
		]);
		expect(own.code).toBe(0);
		expect(own.stdout).toMatch(/^Usage: wsviz simulate/);
		expect(via.stdout).toBe(own.stdout);
	});
});
