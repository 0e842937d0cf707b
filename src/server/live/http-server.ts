// An HTTP server that serves the live lab (and, for `wsviz serve`, the site's files through
// `fallback`). A client that never finishes its request head is dropped after
// LIVE_LIMITS.handshakeMs (Node answers 408 and closes), and an upgrade to anything but /live/echo is
// refused.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { LIVE_LIMITS } from './limits.ts';
import type { LiveServer } from './index.ts';

export interface LiveHttpOptions {
	live: LiveServer;
	fallback?: (req: IncomingMessage, res: ServerResponse) => void;
	/** How long a request head may take (ms); LIVE_LIMITS.handshakeMs by default. */
	handshakeMs?: number;
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
	res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
}

export function createLiveHttpServer(options: LiveHttpOptions): Server {
	const handshakeMs = options.handshakeMs ?? LIVE_LIMITS.handshakeMs;
	const fallback = options.fallback ?? notFound;
	const server = createServer(
		{
			headersTimeout: handshakeMs,
			requestTimeout: handshakeMs * 3,
			connectionsCheckingInterval: Math.max(50, Math.floor(handshakeMs / 4))
		},
		(req, res) => options.live.handleRequest(req, res, () => fallback(req, res))
	);
	server.on('upgrade', (req, socket, head) => {
		if (options.live.handleUpgrade(req, socket, head)) return;
		socket.on('error', () => {});
		socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
	});
	server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
		if (!socket.writable) return void socket.destroy();
		// A head that took too long is 408 (RFC 9110 §15.5.9); anything unreadable is 400.
		const status =
			err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
		socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
	});
	return server;
}
