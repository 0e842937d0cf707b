// The five transports run for real from this browser against the live server's event source
// (src/server/live/events.ts, event-socket.ts): event k happens at k × interval ms on the server's
// clock, which on the loopback is this browser's clock too, so an event's latency is the moment it
// arrived minus k × interval. Each run labels its requests, and the bytes are the tap's: what went
// over the wire at the HTTP and WebSocket level (the tap cannot see TCP/IP headers).
import type { TransportName } from '$lib/protocol/transports/index.ts';

export interface MeasureScenario {
	/** Milliseconds between server events. */
	intervalMs: number;
	/** Events each transport must deliver. */
	events: number;
	/** How often polling asks. */
	pollMs: number;
}

export interface Measured {
	transport: TransportName;
	/** Each delivered event's latency (ms), in the order they arrived. */
	latencies: number[];
	/** Every event's JSON text length: the model's payload size. */
	payloadBytes: number;
	requests: number;
	/** What the tap saw both ways, handshakes and headers included. */
	bytes: number;
}

interface ServerEvent {
	seq: number;
	sentAt: number;
}

/** Long enough to be unguessable: in classroom mode a page may read only the tap of its own label. */
function label(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

class Run {
	readonly latencies: number[] = [];
	readonly tap = label();
	requests = 0;
	last: number;
	payload = 0;

	constructor(readonly scenario: MeasureScenario) {
		this.last = Math.floor(Date.now() / scenario.intervalMs);
	}

	get wanted(): number {
		return this.scenario.events;
	}

	get done(): boolean {
		return this.latencies.length >= this.wanted;
	}

	url(path: string, query: Record<string, number> = {}): string {
		const params = new URLSearchParams({
			interval: String(this.scenario.intervalMs),
			tap: this.tap
		});
		for (const [k, v] of Object.entries(query)) params.set(k, String(v));
		return `/live/events/${path}?${params}`;
	}

	/** One event's JSON as it arrived: its latency, once per event. */
	arrived(json: string): void {
		const now = Date.now();
		const event = JSON.parse(json) as ServerEvent;
		if (event.seq <= this.last || this.done) return;
		this.last = event.seq;
		this.latencies.push(now - event.sentAt);
		this.payload = json.length;
	}
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll(run: Run, long: boolean): Promise<void> {
	while (!run.done) {
		const started = Date.now();
		run.requests++;
		const res = await fetch(run.url(long ? 'long-polling' : 'polling', { since: run.last }), {
			cache: 'no-store'
		});
		const body = (await res.json()) as { events: ServerEvent[] };
		for (const event of body.events) run.arrived(JSON.stringify(event));
		if (!long && !run.done) await sleep(run.scenario.pollMs - (Date.now() - started));
	}
}

async function stream(run: Run): Promise<void> {
	run.requests++;
	const res = await fetch(run.url('streaming', { count: run.wanted + 1 }), { cache: 'no-store' });
	const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
	let buffered = '';
	while (!run.done) {
		const { value, done } = await reader.read();
		if (done) break;
		buffered += value;
		const lines = buffered.split('\n');
		buffered = lines.pop()!;
		for (const line of lines) if (line) run.arrived(line);
	}
	await reader.cancel();
}

function sse(run: Run): Promise<void> {
	run.requests++;
	const source = new EventSource(run.url('sse', { count: run.wanted + 1 }));
	return new Promise((resolve) => {
		source.onmessage = (e: MessageEvent<string>) => {
			run.arrived(e.data);
			if (run.done) {
				source.close();
				resolve();
			}
		};
		source.onerror = () => {
			source.close();
			resolve();
		};
	});
}

function websocket(run: Run): Promise<void> {
	run.requests++;
	const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
	const ws = new WebSocket(
		`${scheme}//${location.host}${run.url('websocket', { count: run.wanted + 1 })}`
	);
	return new Promise((resolve) => {
		ws.onmessage = (e: MessageEvent<string>) => {
			run.arrived(e.data);
			if (run.done) ws.close(1000);
		};
		ws.onclose = () => resolve();
	});
}

const RUNNERS: Record<TransportName, (run: Run) => Promise<void>> = {
	polling: (run) => poll(run, false),
	'long-polling': (run) => poll(run, true),
	streaming: stream,
	sse,
	websocket
};

/** The bytes the tap saw for a run's label, both directions, once its connections are done. */
async function tapBytes(tap: string): Promise<number> {
	await sleep(150); // the last answer's end and a WebSocket's close reach the tap a moment later
	const res = await fetch(`/live/api/connections?label=${tap}`, { cache: 'no-store' });
	if (!res.ok) return 0;
	const list = (await res.json()) as { client: { bytes: number }; server: { bytes: number } }[];
	return list.reduce((n, c) => n + c.client.bytes + c.server.bytes, 0);
}

/** Runs one transport for real; never throws (a failed run delivers what it had). */
export async function measure(
	transport: TransportName,
	scenario: MeasureScenario
): Promise<Measured> {
	const run = new Run(scenario);
	try {
		await RUNNERS[transport](run);
	} catch {
		// the server went away mid-run: what arrived is the measurement
	}
	return {
		transport,
		latencies: run.latencies,
		payloadBytes: run.payload,
		requests: run.requests,
		bytes: await tapBytes(run.tap)
	};
}
