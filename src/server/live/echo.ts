// /live/echo: an echo WebSocket served by the `ws` library (a real, well-kept peer), its socket tapped.
// permessage-deflate is accepted when the client offers it (RFC 7692 §5), the subprotocol `chat` is
// chosen when offered (RFC 6455 §4.2.2), and every limit of LIVE_LIMITS holds.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { LIVE_LIMITS } from './limits.ts';
import { releaseSocket, requestHead, tapSocket } from './socket-tap.ts';
import type { Tap, TapConnection } from './tap.ts';

export interface EchoServer {
	upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, label: string): void;
	/** Sends a ping to the connection the tap knows by this id; false when it is not open. */
	ping(id: string, data: string): boolean;
	close(): void;
}

export function createEcho(tap: Tap, counter: { open: number }): EchoServer {
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: LIVE_LIMITS.messageBytes,
		// threshold 0: the echo compresses every message, so both directions show RSV1.
		perMessageDeflate: { threshold: 0 },
		handleProtocols: (protocols) => (protocols.has('chat') ? 'chat' : false)
	});
	const open = new Map<string, WebSocket>();

	function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, label: string): void {
		socket.on('error', () => socket.destroy());
		if (counter.open >= LIVE_LIMITS.connections) return refuse(socket);
		const connection = tap.open('websocket', label);
		connection.record('client', requestHead(req));
		tapSocket(socket, connection, true);
		counter.open++;
		socket.once('close', () => {
			counter.open--;
			releaseSocket(socket, connection);
			open.delete(connection.id);
		});
		wss.handleUpgrade(req, socket, head, (ws) => {
			connection.protocol = ws.protocol;
			connection.extensions = ws.extensions;
			open.set(connection.id, ws);
			serve(ws, connection);
		});
	}

	return {
		upgrade,
		ping(id, data) {
			const ws = open.get(id);
			if (!ws || ws.readyState !== ws.OPEN) return false;
			ws.ping(Buffer.from(data.slice(0, 125)));
			return true;
		},
		close() {
			for (const ws of open.values()) ws.terminate();
			wss.close();
		}
	};
}

function serve(ws: WebSocket, connection: TapConnection): void {
	let second = 0;
	let count = 0;
	ws.on('error', () => {}); // ws closes the connection itself, with the right code (1002, 1007, 1009)
	ws.on('close', (code, reason) => connection.closed(code, reason.toString('utf8')));
	ws.on('message', (data, isBinary) => {
		if (ws.readyState !== ws.OPEN) return;
		const now = Math.floor(Date.now() / 1000);
		if (now !== second) [second, count] = [now, 0];
		if (++count > LIVE_LIMITS.messagesPerSecond) {
			// RFC 6455 §7.4.1: 1008, a message that violates the endpoint's policy.
			ws.close(1008, `over ${LIVE_LIMITS.messagesPerSecond} messages a second`);
			// A flooding peer may never answer the close: it gets a moment, not ws's 30 s.
			setTimeout(() => ws.terminate(), 2000).unref();
			return;
		}
		ws.send(data as Buffer, { binary: isBinary });
	});
}

/** Too many connections: an HTTP answer the client can read, then the socket is closed. */
export function refuse(socket: Duplex): void {
	const body = `wsviz live: at most ${LIVE_LIMITS.connections} connections at once\n`;
	socket.end(
		`HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`
	);
}
