// The live lab's server, Node only: one request handler and one upgrade handler that any HTTP server
// can mount (the Vite dev and preview servers through vite-plugin.ts, `wsviz serve` through its own).
//   /live/echo                      the echo WebSocket (echo.ts), its socket tapped
//   /live/events/<transport>        one event source over polling, long polling, streaming and SSE,
//                                   and over a WebSocket (event-socket.ts)
//   GET  /live/api/status           { ok, classroom, limits }: the page asks this to know a server is there
//   GET  /live/api/class            the teacher's view: every student's messages, anonymised (classroom.ts)
//   GET  /live/api/connections      the tap: [{ id, transport, startedAt, client: { hex }, server: { hex } }]
//   POST /live/api/ping?id=         the server pings that WebSocket (browsers cannot send pings)
//   POST /live/api/raw              { hex }: raw frames to ws and to the engine's strict server (raw.ts)
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { Duplex } from 'node:stream';
import { accessOf, type AccessOptions } from './access.ts';
import { createClassroom } from './classroom.ts';
import { createEcho } from './echo.ts';
import { createEventSocket } from './event-socket.ts';
import { EVENT_TRANSPORTS, serveEvents, type EventTransport } from './events.ts';
import { LIVE_LIMITS } from './limits.ts';
import { sendRaw } from './raw.ts';
import { createStrictServer } from './strict-server.ts';
import { Tap } from './tap.ts';

export { LIVE_LIMITS } from './limits.ts';
export type { TapConnectionJson } from './tap.ts';
export type { ClassFeed, ClassMessage, ClassStudent } from './classroom.ts';

export interface LiveServer {
	/** Answers /live/... requests; calls `next` for anything else. */
	handleRequest(req: IncomingMessage, res: ServerResponse, next: () => void): void;
	/** Takes /live/echo upgrades; returns false (touching nothing) for any other, such as Vite's HMR. */
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
	close(): Promise<void>;
	readonly tap: Tap;
}

interface Targets {
	ws: number;
	strict: number;
	servers: NetServer[];
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

function json(res: ServerResponse, status: number, value: unknown): void {
	res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
	res.end(JSON.stringify(value));
}

/** A request body, at most `limit` bytes (else null). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
	return new Promise((resolve) => {
		const parts: Buffer[] = [];
		let size = 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) parts.push(chunk);
		});
		req.on('end', () => resolve(size <= limit ? Buffer.concat(parts) : null));
		req.on('error', () => resolve(null));
	});
}

export function createLiveServer(options: AccessOptions = {}): LiveServer {
	const tap = new Tap();
	const counter = { open: 0 };
	const echo = createEcho(tap, counter);
	const classroom = createClassroom(tap);
	const eventSocket = createEventSocket(tap, counter);
	let targets: Promise<Targets> | undefined;
	let rawRuns = 0;

	/** The raw senders' targets, started on first use: an HTTP server with the same echo, and the strict one. */
	function startTargets(): Promise<Targets> {
		targets ??= (async (): Promise<Targets> => {
			const wsTarget = createServer((_req, res) => res.writeHead(404).end());
			wsTarget.on('upgrade', (req, socket, head) => {
				if (!handleUpgrade(req, socket, head)) socket.destroy();
			});
			const strict = createStrictServer();
			const ports = await Promise.all(
				[wsTarget, strict].map(
					(s) =>
						new Promise<number>((resolve) =>
							s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port))
						)
				)
			);
			return { ws: ports[0]!, strict: ports[1]!, servers: [wsTarget, strict] };
		})();
		return targets;
	}

	const api: Record<string, Handler> = {
		'GET /live/api/status': (_req, res) =>
			json(res, 200, {
				ok: true,
				classroom: options.token !== undefined,
				join: options.join ?? [],
				limits: LIVE_LIMITS
			}),
		'GET /live/api/class': (req, res, url) => {
			if (accessOf(req, url, options) !== 'all')
				return json(res, 403, { error: 'teacher_token_required' });
			json(res, 200, classroom.feed());
		},
		'GET /live/api/connections': (req, res, url) => {
			const access = accessOf(req, url, options);
			const label = url.searchParams.get('label') ?? undefined;
			const id = url.searchParams.get('id') ?? undefined;
			if (access === 'own' && (!label || label.length < 16))
				return json(res, 403, { error: 'teacher_token_required' });
			json(res, 200, tap.list({ label, id }));
		},
		'POST /live/api/ping': (_req, res, url) => {
			const sent = echo.ping(url.searchParams.get('id') ?? '', url.searchParams.get('data') ?? '');
			json(res, sent ? 200 : 404, sent ? { ok: true } : { error: 'connection_not_open' });
		},
		'POST /live/api/raw': async (req, res, url) => {
			const body = await readBody(req, LIVE_LIMITS.rawBytes * 2 + 64);
			const hex =
				body && /^[0-9a-fA-F]*$/.test(body.toString('latin1').trim())
					? body.toString('latin1').trim()
					: null;
			if (hex === null || hex.length % 2 !== 0) return json(res, 400, { error: 'hex_expected' });
			if (rawRuns >= 8) return json(res, 503, { error: 'too_many_raw_sends' });
			rawRuns++;
			try {
				const { ws, strict } = await startTargets();
				const frames = Buffer.from(hex, 'hex');
				const label = url.searchParams.get('tap') ?? 'raw';
				const [wsAnswer, strictAnswer] = await Promise.all([
					sendRaw(ws, frames, label),
					sendRaw(strict, frames, label)
				]);
				json(res, 200, { ws: wsAnswer, strict: strictAnswer });
			} finally {
				rawRuns--;
			}
		}
	};

	function handleRequest(req: IncomingMessage, res: ServerResponse, next: () => void): void {
		const url = new URL(req.url ?? '/', 'http://live.invalid');
		if (!url.pathname.startsWith('/live/')) return next();
		const transport = url.pathname.slice('/live/events/'.length) as EventTransport;
		if (url.pathname.startsWith('/live/events/') && EVENT_TRANSPORTS.includes(transport)) {
			return serveEvents(transport, req, res, url, { tap, counter });
		}
		const handler = api[`${req.method} ${url.pathname}`];
		if (!handler) return next();
		if (url.pathname.startsWith('/live/api/') && accessOf(req, url, options) === 'refused')
			return json(res, 403, { error: 'other_origin_refused' });
		Promise.resolve(handler(req, res, url)).catch(() => {
			if (!res.headersSent) json(res, 500, { error: 'internal' });
			else res.destroy();
		});
	}

	function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
		const url = new URL(req.url ?? '/', 'http://live.invalid');
		if (url.pathname === '/live/events/websocket') {
			eventSocket.upgrade(req, socket, head, url);
			return true;
		}
		if (url.pathname !== '/live/echo') return false;
		echo.upgrade(req, socket, head, url.searchParams.get('tap') ?? '');
		return true;
	}

	return {
		tap,
		handleRequest,
		handleUpgrade,
		async close() {
			echo.close();
			eventSocket.close();
			tap.clear();
			const started = targets ? await targets : undefined;
			await Promise.all(
				(started?.servers ?? []).map(
					(s) => new Promise<void>((resolve) => s.close(() => resolve()))
				)
			);
		}
	};
}
