// Taps a socket: what the peer sends arrives as 'data' events (after the HTTP parser has let go of the
// socket, as it does on an upgrade), and everything we send goes through write() or end(). The HTTP
// request head itself was read by Node's parser in C++, so it is written back from the raw header
// lines Node keeps (names and values exactly as sent, one space after each colon, CRLF line ends).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TapConnection } from './tap.ts';

type Chunk = string | Uint8Array;

function bytesOf(chunk: unknown, encoding?: unknown): Uint8Array {
	if (chunk instanceof Uint8Array) return chunk;
	if (typeof chunk === 'string')
		return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
	return new Uint8Array();
}

/** The request line and headers as the client sent them (see above), and the empty line. */
export function requestHead(req: IncomingMessage): Uint8Array {
	const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
	for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
		lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
	return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

const tapped = new WeakMap<Duplex, { current: TapConnection | null }>();

/**
 * Sends what the socket writes from now on to `connection` (until `release`), and when `incoming`,
 * what it receives too. One socket may carry several HTTP requests in turn (keep-alive), so the
 * wrapper is installed once and follows whichever connection is current.
 */
export function tapSocket(socket: Duplex, connection: TapConnection, incoming: boolean): void {
	let state = tapped.get(socket);
	if (!state) {
		const slot = { current: null as TapConnection | null };
		state = slot;
		tapped.set(socket, slot);
		const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
		const end = socket.end.bind(socket) as (...args: unknown[]) => Duplex;
		socket.write = ((chunk: Chunk, ...rest: unknown[]) => {
			slot.current?.record('server', bytesOf(chunk, rest[0]));
			return write(chunk, ...rest);
		}) as typeof socket.write;
		socket.end = ((...args: unknown[]) => {
			if (typeof args[0] !== 'function') slot.current?.record('server', bytesOf(args[0], args[1]));
			return end(...args);
		}) as typeof socket.end;
	}
	state.current = connection;
	if (incoming) socket.on('data', (chunk: Uint8Array) => connection.record('client', chunk));
}

export function releaseSocket(socket: Duplex, connection: TapConnection): void {
	const state = tapped.get(socket);
	if (state?.current === connection) state.current = null;
	connection.end();
}
