// One event source, served four ways over plain HTTP: polling, long polling, streaming (one chunked
// response, a line per event) and Server-Sent Events. Event k happens at k × interval ms since the
// epoch, so every transport (and the WebSocket lab) sees the same clock, and no state is kept per
// client: a poll names the last event it saw (`since`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIVE_LIMITS } from './limits.ts';
import { releaseSocket, requestHead, tapSocket } from './socket-tap.ts';
import type { Tap } from './tap.ts';

export const EVENT_TRANSPORTS = ['polling', 'long-polling', 'streaming', 'sse'] as const;
export type EventTransport = (typeof EVENT_TRANSPORTS)[number];

interface EventQuery {
	interval: number;
	since: number;
	count: number;
}

/** An event of the shared clock: its number and when it happened (ms since the epoch). */
export function eventJson(seq: number, interval: number): string {
	return JSON.stringify({ seq, sentAt: seq * interval });
}

function clamp(value: string | null, min: number, max: number, fallback: number): number {
	const n = Number(value);
	return value !== null && Number.isFinite(n)
		? Math.min(max, Math.max(min, Math.floor(n)))
		: fallback;
}

export function queryOf(url: URL): EventQuery {
	const interval = clamp(
		url.searchParams.get('interval'),
		LIVE_LIMITS.minIntervalMs,
		LIVE_LIMITS.maxIntervalMs,
		1000
	);
	const now = Math.floor(Date.now() / interval);
	return {
		interval,
		since: clamp(url.searchParams.get('since'), now - 100, now, now),
		count: clamp(url.searchParams.get('count'), 1, LIVE_LIMITS.maxEvents, 20)
	};
}

/** Events after `since` up to now (at most 100). */
function eventsSince(q: EventQuery): string[] {
	const now = Math.floor(Date.now() / q.interval);
	const out: string[] = [];
	for (let k = Math.max(q.since + 1, now - 99); k <= now; k++) out.push(eventJson(k, q.interval));
	return out;
}

function pollAnswer(res: ServerResponse, q: EventQuery): void {
	const events = eventsSince(q);
	const body = `{"seq":${Math.floor(Date.now() / q.interval)},"events":[${events.join(',')}]}`;
	res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
	res.end(body);
}

/** Long polling: answers at once when an event is waiting, else at the next event. */
function longPoll(res: ServerResponse, q: EventQuery): void {
	if (eventsSince(q).length > 0) return pollAnswer(res, q);
	const wait = (Math.floor(Date.now() / q.interval) + 1) * q.interval - Date.now();
	const timer = setTimeout(() => pollAnswer(res, q), wait + 1);
	res.once('close', () => clearTimeout(timer));
}

const STREAM_FORMATS = {
	streaming: { type: 'application/x-ndjson', line: (json: string) => `${json}\n` },
	sse: {
		type: 'text/event-stream',
		line: (json: string, seq: number) => `id: ${seq}\ndata: ${json}\n\n`
	}
} as const;

/** Streaming and SSE: one response, an event written as it happens, `count` events, then the end. */
function stream(res: ServerResponse, q: EventQuery, kind: keyof typeof STREAM_FORMATS): void {
	const format = STREAM_FORMATS[kind];
	res.writeHead(200, { 'Content-Type': format.type, 'Cache-Control': 'no-store' });
	res.flushHeaders();
	let sent = 0;
	let timer: NodeJS.Timeout | undefined;
	const tick = (): void => {
		const seq = Math.floor(Date.now() / q.interval);
		res.write(format.line(eventJson(seq, q.interval), seq));
		if (++sent >= q.count) return void res.end();
		timer = setTimeout(tick, (seq + 1) * q.interval - Date.now() + 1);
	};
	timer = setTimeout(tick, (Math.floor(Date.now() / q.interval) + 1) * q.interval - Date.now() + 1);
	res.once('close', () => clearTimeout(timer));
}

export function serveEvents(
	transport: EventTransport,
	req: IncomingMessage,
	res: ServerResponse,
	url: URL,
	env: { tap: Tap; counter: { open: number } }
): void {
	const streaming = transport === 'streaming' || transport === 'sse';
	if (streaming && env.counter.open >= LIVE_LIMITS.connections) {
		res.writeHead(503, { 'Content-Type': 'text/plain' });
		return void res.end(`wsviz live: at most ${LIVE_LIMITS.connections} connections at once\n`);
	}
	const connection = env.tap.openOrReuse(transport, url.searchParams.get('tap') ?? '');
	connection.record('client', requestHead(req));
	tapSocket(req.socket, connection, false);
	if (streaming) env.counter.open++;
	res.once('close', () => {
		if (streaming) env.counter.open--;
		releaseSocket(req.socket, connection);
	});
	const q = queryOf(url);
	if (transport === 'polling') pollAnswer(res, q);
	else if (transport === 'long-polling') longPoll(res, q);
	else stream(res, q, transport);
}
