// Starts the live server on a free loopback port and talks to it: a `ws` client that records what it
// received, raw TCP sockets for the faults, and the tap read back and decoded by the engine.
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import WebSocket, { type ClientOptions } from 'ws';
import { createLiveServer } from '../../src/server/live/index.ts';
import { createLiveHttpServer } from '../../src/server/live/http-server.ts';
import type { TapConnectionJson } from '../../src/server/live/tap.ts';
import {
	decode,
	parseHandshake,
	randomKey,
	type DecodeResult,
	type HttpMessage
} from '../../src/lib/protocol/index.ts';

export interface Running {
	port: number;
	url(path: string): string;
	close(): Promise<void>;
}

export async function startLive(
	options: { token?: string; handshakeMs?: number } = {}
): Promise<Running> {
	const live = createLiveServer({ token: options.token });
	const server = createLiveHttpServer({ live, handshakeMs: options.handshakeMs });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return {
		port,
		url: (path) => `http://127.0.0.1:${port}${path}`,
		close: async () => {
			await live.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

export interface Client {
	ws: WebSocket;
	received: { data: Buffer; isBinary: boolean }[];
	pongs: Buffer[];
	closed: Promise<{ code: number; reason: string }>;
}

export async function openClient(
	running: Running,
	label: string,
	options: ClientOptions & { protocols?: string[] } = {}
): Promise<Client> {
	const ws = new WebSocket(
		`ws://127.0.0.1:${running.port}/live/echo?tap=${label}`,
		options.protocols,
		options
	);
	const client: Client = {
		ws,
		received: [],
		pongs: [],
		closed: new Promise((resolve) =>
			ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
		)
	};
	ws.on('message', (data, isBinary) => client.received.push({ data: data as Buffer, isBinary }));
	ws.on('pong', (data) => client.pongs.push(data));
	ws.on('error', () => {});
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
	});
	return client;
}

/** Waits until the client has received `n` messages. */
export async function received(client: Client, n: number): Promise<void> {
	while (client.received.length < n) await new Promise((r) => setTimeout(r, 5));
}

export async function tapOf(running: Running, label: string): Promise<TapConnectionJson[]> {
	const res = await fetch(running.url(`/live/api/connections?label=${label}`));
	return (await res.json()) as TapConnectionJson[];
}

export interface TapReading {
	request?: HttpMessage;
	response?: HttpMessage;
	client: DecodeResult;
	server: DecodeResult;
}

/** One tapped connection, read by the engine: each side's handshake, then its frames. */
export function readTap(connection: TapConnectionJson): TapReading {
	const client = parseHandshake(Buffer.from(connection.client.hex, 'hex'));
	const server = parseHandshake(Buffer.from(connection.server.hex, 'hex'));
	const options = { extensions: connection.extensions };
	const empty = new Uint8Array();
	return {
		request: client.request,
		response: server.response,
		client: decode(client.rest?.bytes ?? empty, { ...options, from: 'client' }),
		server: decode(server.rest?.bytes ?? empty, { ...options, from: 'server' })
	};
}

/** A raw TCP socket that has done a valid opening handshake with /live/echo (nothing else offered). */
export async function rawSocket(running: Running, handshake = true): Promise<RawSocket> {
	const socket = connect(running.port, '127.0.0.1');
	const raw = new RawSocket(socket);
	await new Promise<void>((resolve) => socket.once('connect', resolve));
	if (handshake) {
		socket.write(
			`GET /live/echo?tap=raw HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomKey()}\r\nSec-WebSocket-Version: 13\r\n\r\n`
		);
		while (!raw.text().includes('\r\n\r\n')) await new Promise((r) => setTimeout(r, 5));
	}
	return raw;
}

export class RawSocket {
	bytes = Buffer.alloc(0);
	readonly ended: Promise<void>;

	constructor(readonly socket: Socket) {
		socket.on('data', (chunk: Buffer) => (this.bytes = Buffer.concat([this.bytes, chunk])));
		socket.on('error', () => {});
		this.ended = new Promise((resolve) => socket.once('close', () => resolve()));
	}

	text(): string {
		return this.bytes.toString('latin1');
	}

	/** What the server sent after its handshake, decoded as server frames. */
	frames(): DecodeResult {
		const head = this.bytes.indexOf('\r\n\r\n');
		return decode(new Uint8Array(this.bytes.subarray(head + 4)), { from: 'server' });
	}
}
