// /live/events/websocket: the event source of events.ts over a WebSocket (the `ws` library), so the
// measured comparison runs all five transports on one clock. No extension is negotiated: the frames
// are what the /transports model counts (a 2-byte header for a short text, RFC 6455 §5.2). Tapped like
// the echo, under the same connection limit.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { refuse } from './echo.ts';
import { eventJson, queryOf } from './events.ts';
import { LIVE_LIMITS } from './limits.ts';
import { releaseSocket, requestHead, tapSocket } from './socket-tap.ts';
import type { Tap } from './tap.ts';

export interface EventSocket {
	upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void;
	close(): void;
}

export function createEventSocket(tap: Tap, counter: { open: number }): EventSocket {
	const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false });
	return {
		upgrade(req, socket, head, url) {
			socket.on('error', () => socket.destroy());
			if (counter.open >= LIVE_LIMITS.connections) return refuse(socket);
			const connection = tap.open('websocket-events', url.searchParams.get('tap') ?? '');
			connection.record('client', requestHead(req));
			tapSocket(socket, connection, true);
			counter.open++;
			socket.once('close', () => {
				counter.open--;
				releaseSocket(socket, connection);
			});
			const q = queryOf(url);
			wss.handleUpgrade(req, socket, head, (ws) => {
				ws.on('error', () => {});
				ws.on('close', (code, reason) => connection.closed(code, reason.toString('utf8')));
				let sent = 0;
				let timer: NodeJS.Timeout | undefined;
				const tick = (): void => {
					const seq = Math.floor(Date.now() / q.interval);
					ws.send(eventJson(seq, q.interval));
					if (++sent >= q.count) return void ws.close(1000);
					timer = setTimeout(tick, (seq + 1) * q.interval - Date.now() + 1);
				};
				timer = setTimeout(
					tick,
					(Math.floor(Date.now() / q.interval) + 1) * q.interval - Date.now() + 1
				);
				ws.once('close', () => clearTimeout(timer));
			});
		},
		close() {
			for (const ws of wss.clients) ws.terminate();
			wss.close();
		}
	};
}
