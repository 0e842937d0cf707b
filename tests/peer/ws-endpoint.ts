// A ws endpoint as a test drives and watches it: what it is asked to send (data messages in
// fragments, pings between them), and what it delivers, in a form that compares fast and reads well.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WebSocket } from 'ws';
import { concatBytes, type Message, type MessageType } from '$lib/protocol/index.ts';

const require = createRequire(import.meta.url);
const wsDir = path.dirname(require.resolve('ws/package.json'));
// ws marks its errors with the close code it sends; the symbol is not exported.
const { kStatusCode } = require(path.join(wsDir, 'lib', 'constants.js')) as {
	kStatusCode: symbol;
};

const utf8 = new TextEncoder();

// ── what an endpoint sends, and what a receiver sees ──────────────────────────────────────────────

/** A data message, sent in `parts` (fin: false on all but the last), or a ping. */
export type Act =
	| { type: 'text' | 'binary'; parts: (string | Uint8Array)[]; pingBetween?: Uint8Array }
	| { type: 'ping'; data: Uint8Array };

/** One message or control frame as a receiver delivers it; bytes as `buf` strings. */
export interface Seen {
	type: MessageType;
	payload: string;
	text?: string;
	code?: number;
	reason?: string;
}

export function text(value: string): Act {
	return { type: 'text', parts: [value] };
}

/** Text sent as string fragments. Each is encoded alone, so a cut surrogate pair becomes U+FFFD. */
export function pieces(...parts: string[]): Act {
	return { type: 'text', parts };
}

/** Text sent as byte fragments (binary: false), cut at byte offsets: inside characters is fine. */
export function cutText(value: string, cuts: number[], pingBetween?: string): Act {
	return withPing({ type: 'text', parts: cutBytes(utf8.encode(value), cuts) }, pingBetween);
}

export function binary(data: Uint8Array, cuts: number[] = [], pingBetween?: string): Act {
	return withPing({ type: 'binary', parts: cutBytes(data, cuts) }, pingBetween);
}

export function ping(data: string): Act {
	return { type: 'ping', data: utf8.encode(data) };
}

function withPing(act: Act & { type: 'text' | 'binary' }, pingBetween?: string): Act {
	return pingBetween === undefined ? act : { ...act, pingBetween: utf8.encode(pingBetween) };
}

/** Bytes cut at the given offsets; a repeated offset makes an empty fragment. */
function cutBytes(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
	const edges = [0, ...cuts.map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b)];
	return [...edges, bytes.length].slice(1).map((end, i) => bytes.subarray(edges[i], end));
}

function dataOf(act: Act & { type: 'text' | 'binary' }): Uint8Array {
	return concatBytes(act.parts.map((p) => (typeof p === 'string' ? utf8.encode(p) : p)));
}

/** What a receiver delivers for the acts, in order: a ping between fragments comes first. */
export function expectedSeen(acts: Act[]): Seen[] {
	return acts.flatMap((act): Seen[] => {
		if (act.type === 'ping') return [{ type: 'ping', payload: buf(act.data) }];
		const data = dataOf(act);
		const message: Seen = { type: act.type, payload: buf(data) };
		if (act.type === 'text') message.text = new TextDecoder().decode(data);
		if (!act.pingBetween || act.parts.length < 2) return [message];
		return [{ type: 'ping', payload: buf(act.pingBetween) }, message];
	});
}

/**
 * Bytes as a string that compares fast and reads well in a failure: hex when short, else the length
 * and a SHA-256 (deep equality on large byte arrays is slow).
 */
export function buf(bytes: Uint8Array): string {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	if (b.length <= 64) return `${b.length}:${b.toString('hex')}`;
	return `${b.length}:sha256:${createHash('sha256').update(b).digest('hex')}`;
}

export function seenOf(m: Message): Seen {
	const seen: Seen = { type: m.type, payload: buf(m.payload) };
	if (m.type === 'text') seen.text = m.text;
	if (m.code !== undefined) Object.assign(seen, { code: m.code, reason: m.reason });
	return seen;
}

export const isData = (s: { type: MessageType }): boolean =>
	s.type === 'text' || s.type === 'binary';

// ── a ws endpoint, watched ────────────────────────────────────────────────────────────────────────

export interface Closing {
	code: number;
	reason: string;
}

export interface Watched {
	ws: WebSocket;
	/** Messages, pings and pongs in the order ws emitted them. */
	seen: Seen[];
	errors: { message: string; closeCode: unknown }[];
	closed: Promise<Closing>;
}

export function watch(ws: WebSocket): Watched {
	const seen: Seen[] = [];
	const errors: Watched['errors'] = [];
	ws.on('message', (raw, isBinary) => {
		const data = raw as Buffer;
		const s: Seen = { type: isBinary ? 'binary' : 'text', payload: buf(data) };
		if (!isBinary) s.text = data.toString('utf8');
		seen.push(s);
	});
	ws.on('ping', (data) => seen.push({ type: 'ping', payload: buf(data) }));
	ws.on('pong', (data) => seen.push({ type: 'pong', payload: buf(data) }));
	ws.on('error', (error: Error & Record<symbol, unknown>) => {
		errors.push({ message: error.message, closeCode: error[kStatusCode] });
	});
	const closed = new Promise<Closing>((resolve) => {
		ws.once('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }));
	});
	return { ws, seen, errors, closed };
}

/** Sends the acts with ws's own API: fragments with `fin: false`, a ping after the first one. */
export function play(ws: WebSocket, acts: Act[]): void {
	for (const act of acts) {
		if (act.type === 'ping') {
			ws.ping(act.data);
			continue;
		}
		act.parts.forEach((part, i) => {
			ws.send(part, { binary: act.type === 'binary', fin: i === act.parts.length - 1 });
			if (i === 0 && act.parts.length > 1 && act.pingBetween) ws.ping(act.pingBetween);
		});
	}
}
