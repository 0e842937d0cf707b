// Helpers of ws-peer.test.ts: bounded waits, raw request/response exchanges, request variants.
import net from 'node:net';
import { buildHandshake, type BuildOptions, type BuiltHandshake } from '$lib/protocol/index.ts';

const WAIT = 5_000;

/** The promise, or a rejection after WAIT ms: a peer that never answers fails the test, not CI. */
export function within<T>(promise: Promise<T>, what: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), WAIT);
		promise.then(
			(v) => (clearTimeout(timer), resolve(v)),
			(e: unknown) => (clearTimeout(timer), reject(e))
		);
	});
}

export function built(options: BuildOptions): BuiltHandshake {
	const b = buildHandshake(options);
	if (!b.ok) throw new Error(JSON.stringify(b.problems));
	return b;
}

/** Sends raw request text and returns the response head the server writes back. */
export function exchange(port: number, request: string): Promise<string> {
	const done = new Promise<string>((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1', () => socket.write(request, 'latin1'));
		let head = '';
		socket.on('data', (chunk) => {
			head += chunk.toString('latin1');
			const end = head.indexOf('\r\n\r\n');
			if (end >= 0) {
				socket.destroy();
				resolve(head.slice(0, end + 4));
			}
		});
		socket.on('error', reject);
		socket.on('close', () => resolve(head));
	});
	return within(done, `the answer to ${JSON.stringify(request.slice(0, 40))}`);
}

export const statusOf = (head: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);

/** A change to a valid request: another start line, headers replaced or removed, added, bare LF. */
export interface RequestChange {
	start?: string;
	set?: Record<string, string | null>;
	add?: string[];
	eol?: string;
}

/** A case where ws differs from the RFC, and the diagnostic its note goes beside. */
export interface Note extends RequestChange {
	what: string;
	code: string;
	status: number;
}

export function variant(port: number, change: RequestChange): string {
	const headers: Record<string, string | null> = {
		Host: `127.0.0.1:${port}`,
		Upgrade: 'websocket',
		Connection: 'Upgrade',
		'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
		'Sec-WebSocket-Version': '13',
		...change.set
	};
	const lines = Object.entries(headers).flatMap(([n, v]) => (v === null ? [] : [`${n}: ${v}`]));
	const eol = change.eol ?? '\r\n';
	return [change.start ?? 'GET / HTTP/1.1', ...lines, ...(change.add ?? []), '', ''].join(eol);
}
