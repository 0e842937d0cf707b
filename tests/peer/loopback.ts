// Loopback plumbing for tests against a real peer: a TCP relay that records the bytes of each
// direction as they pass, a WebSocket upgrade written by hand over a raw socket, and the reading of
// an HTTP head (RFC 6455 §4). Everything listens on 127.0.0.1 only.
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';

/** One relayed TCP connection: what the client wrote (up) and what the server wrote (down). */
export interface RelayedConnection {
	up: Buffer[];
	down: Buffer[];
	/** Settles when both sides of the connection are closed. */
	closed: Promise<void>;
}

export interface Relay {
	port: number;
	connections: RelayedConnection[];
	close(): Promise<void>;
}

/** A TCP relay in front of `target` that forwards both directions and keeps a copy of each. */
export async function startRelay(target: number): Promise<Relay> {
	const connections: RelayedConnection[] = [];
	const sockets = new Set<net.Socket>();
	// Half-open allowed: each direction ends when its sender ends it, as on a direct connection.
	const server = net.createServer({ allowHalfOpen: true }, (inbound) => {
		const outbound = net.connect({ port: target, host: '127.0.0.1', allowHalfOpen: true });
		const up: Buffer[] = [];
		const down: Buffer[] = [];
		const closed = Promise.all([closeOf(inbound), closeOf(outbound)]).then(() => undefined);
		connections.push({ up, down, closed });
		forward(inbound, outbound, up);
		forward(outbound, inbound, down);
		for (const s of [inbound, outbound]) {
			sockets.add(s);
			s.on('close', () => sockets.delete(s));
		}
	});
	const port = await listen(server);
	return {
		port,
		connections,
		close() {
			for (const s of sockets) s.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		}
	};
}

function forward(from: net.Socket, to: net.Socket, record: Buffer[]): void {
	from.on('data', (chunk: Buffer) => {
		record.push(chunk);
		to.write(chunk);
	});
	from.on('end', () => to.end());
	from.on('error', () => to.destroy());
}

function closeOf(socket: net.Socket): Promise<void> {
	return new Promise((resolve) => socket.once('close', () => resolve()));
}

export function listen(server: net.Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
	});
}

/** An HTTP request or response head, and the bytes after it: the frames (RFC 6455 §4.1). */
export interface Upgrade {
	startLine: string;
	/** Header values by lowercased name; repeated headers are joined with ', ' (RFC 9110 §5.3). */
	headers: Map<string, string>;
	frames: Uint8Array;
}

/** Splits recorded bytes at the end of the HTTP head; undefined while the head is not all there. */
export function splitUpgrade(bytes: Uint8Array): Upgrade | undefined {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const end = buffer.indexOf('\r\n\r\n');
	if (end < 0) return undefined;
	const [startLine = '', ...lines] = buffer.subarray(0, end).toString('latin1').split('\r\n');
	const headers = new Map<string, string>();
	for (const line of lines) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
	}
	return { startLine, headers, frames: bytes.subarray(end + 4) };
}

/** A client's side of a WebSocket connection, made by hand over a raw TCP socket. */
export interface RawClient {
	socket: net.Socket;
	response: Upgrade;
	/** Socket errors after the upgrade. */
	errors: Error[];
	/** Everything the server wrote after its response head, so far. */
	received(): Uint8Array;
	/** Settles when the socket is closed. */
	closed: Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/**
 * Opens a connection with a hand-written upgrade request (RFC 6455 §4.1) offering `extensions`,
 * and checks the server's 101 answer and its Sec-WebSocket-Accept (§4.2.2).
 */
export async function rawUpgrade(port: number, extensions?: string): Promise<RawClient> {
	const socket = net.connect(port, '127.0.0.1');
	const closed = closeOf(socket);
	const chunks: Buffer[] = [];
	const errors: Error[] = [];
	socket.on('data', (chunk: Buffer) => chunks.push(chunk));
	socket.on('error', (error) => errors.push(error));
	const key = randomBytes(16).toString('base64');
	socket.write(upgradeRequest(port, key, extensions));
	const head = new Promise<Upgrade | undefined>((resolve) => {
		socket.on('data', () => {
			const response = splitUpgrade(Buffer.concat(chunks));
			if (response) resolve(response);
		});
		socket.once('close', () => resolve(undefined));
	});
	const response = await within(head, 5000, 'the upgrade response').catch(() => undefined);
	const problem = upgradeProblem(response, key, errors);
	if (problem || !response) {
		socket.destroy();
		throw new Error(problem);
	}
	return {
		socket,
		response,
		errors,
		received: () => splitUpgrade(Buffer.concat(chunks))!.frames,
		closed
	};
}

function upgradeRequest(port: number, key: string, extensions: string | undefined): string {
	return [
		'GET / HTTP/1.1',
		`Host: 127.0.0.1:${port}`,
		'Upgrade: websocket',
		'Connection: Upgrade',
		`Sec-WebSocket-Key: ${key}`,
		'Sec-WebSocket-Version: 13',
		...(extensions ? [`Sec-WebSocket-Extensions: ${extensions}`] : []),
		'',
		''
	].join('\r\n');
}

function upgradeProblem(
	response: Upgrade | undefined,
	key: string,
	errors: Error[]
): string | undefined {
	if (!response) return `no upgrade response${errors[0] ? `: ${errors[0].message}` : ''}`;
	if (!response.startLine.startsWith('HTTP/1.1 101 ')) return `no upgrade: ${response.startLine}`;
	const accept = createHash('sha1')
		.update(key + GUID)
		.digest('base64');
	if (response.headers.get('sec-websocket-accept') !== accept) return 'wrong Sec-WebSocket-Accept';
	return undefined;
}

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
