// Taps a `ws` WebSocket: every message it receives (from the client) and sends (from the server), as
// the payload layer's inputs, in order. The protocols' own libraries make the bytes; we read them here.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { PayloadInput, PayloadResult } from '$lib/protocol/index.ts';
import { decodePayloads } from '$lib/protocol/index.ts';

export interface Tapped extends PayloadInput {
	from: 'client' | 'server';
}

function input(from: Tapped['from'], data: unknown, binary: boolean): Tapped {
	const bytes =
		typeof data === 'string'
			? new TextEncoder().encode(data)
			: Array.isArray(data)
				? new Uint8Array(Buffer.concat(data as Buffer[]))
				: data instanceof ArrayBuffer
					? new Uint8Array(data)
					: new Uint8Array(
							(data as Uint8Array).buffer,
							(data as Uint8Array).byteOffset,
							(data as Uint8Array).byteLength
						).slice();
	const type = binary ? 'binary' : 'text';
	return binary
		? { from, type, bytes }
		: { from, type, bytes, text: new TextDecoder().decode(bytes) };
}

/** Records what `ws` receives and sends, before anyone else sees it. */
export function tapSocket(ws: WebSocket, log: Tapped[]): void {
	ws.on('message', (data, isBinary) => log.push(input('client', data, isBinary)));
	const send = ws.send.bind(ws) as (...args: unknown[]) => void;
	(ws as unknown as { send: (...args: unknown[]) => void }).send = (
		data: unknown,
		...rest: unknown[]
	) => {
		const options = typeof rest[0] === 'object' && rest[0] ? (rest[0] as { binary?: boolean }) : {};
		log.push(input('server', data, options.binary ?? typeof data !== 'string'));
		send(data, ...rest);
	};
}

/** A `ws` server class that taps every connection it upgrades (for engine.io's `wsEngine`). */
export function tappingServerClass(log: Tapped[], sockets: WebSocket[] = []) {
	return class TappingServer extends WebSocketServer {
		override handleUpgrade(...args: Parameters<WebSocketServer['handleUpgrade']>): void {
			const [req, socket, head, done] = args;
			super.handleUpgrade(req, socket, head, (ws, request) => {
				tapSocket(ws, log);
				sockets.push(ws);
				done(ws, request);
			});
		}
	};
}

/** An HTTP server on 127.0.0.1 and a free port. */
export async function listen(
	server: Server = createServer()
): Promise<{ server: Server; port: number }> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, port: (server.address() as AddressInfo).port };
}

/** Each side's messages decoded as one conversation, in order. */
export async function decodeSide(
	log: readonly Tapped[],
	from: Tapped['from'],
	subprotocol?: string
): Promise<(PayloadResult | null)[]> {
	return decodePayloads(
		log.filter((m) => m.from === from),
		{ subprotocol }
	);
}

/** Waits until `check` holds (the peers talk asynchronously); fails after `tries` turns. */
export async function until(check: () => boolean, tries = 400): Promise<void> {
	for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 10));
	if (!check()) throw new Error('the peers did not get there');
}
