// "Send raw bytes": a frame typed on /build (invalid ones included) goes over a fresh TCP connection to
// the `ws` echo and to the engine's strict server, after a normal opening handshake; whatever each
// sends back within LIVE_LIMITS.rawAnswerMs is decoded by the engine, and the answer named: a close
// frame (its code and reason), the connection dropped without one, or silence (still waiting for bytes).
import { connect } from 'node:net';
import { decode, randomKey } from '../../lib/protocol/index.ts';
import { LIVE_LIMITS } from './limits.ts';

export interface RawAnswer {
	/** 'closed': a close frame came; 'dropped': the connection ended without one; 'silent': neither. */
	outcome: 'closed' | 'dropped' | 'silent' | 'refused';
	/** The HTTP status of the handshake (101 when it was accepted). */
	status: number | null;
	closeCode: number | null;
	reason: string | null;
	/** Everything the server sent after its handshake answer, as lowercase hex. */
	hex: string;
}

const HEAD_END = Buffer.from('\r\n\r\n');

export function sendRaw(port: number, frames: Uint8Array, label: string): Promise<RawAnswer> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		let received = Buffer.alloc(0);
		let status: number | null = null;
		let ended = false;
		const finish = (): void => {
			clearTimeout(timer);
			socket.destroy();
			resolve(answerOf(received, status, ended));
		};
		const timer = setTimeout(finish, LIVE_LIMITS.rawAnswerMs);
		socket.on('error', () => {
			ended = true;
			finish();
		});
		socket.on('end', () => {
			ended = true;
			finish();
		});
		socket.on('connect', () => {
			socket.write(
				`GET /live/echo?tap=${encodeURIComponent(label)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomKey()}\r\nSec-WebSocket-Version: 13\r\n\r\n`
			);
		});
		socket.on('data', (chunk: Buffer) => {
			received = Buffer.concat([received, chunk]);
			if (status !== null || received.indexOf(HEAD_END) < 0) return;
			status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received.toString('latin1'))?.[1] ?? NaN);
			received = received.subarray(received.indexOf(HEAD_END) + 4);
			if (status === 101) socket.write(frames);
		});
	});
}

function answerOf(received: Buffer, status: number | null, ended: boolean): RawAnswer {
	const hex = received.toString('hex');
	if (status !== 101) return { outcome: 'refused', status, closeCode: null, reason: null, hex };
	const close = decode(new Uint8Array(received), { from: 'server' }).messages.find(
		(m) => m.type === 'close'
	);
	if (close) {
		const reason = close.reason ?? null;
		return { outcome: 'closed', status, closeCode: close.code ?? null, reason, hex };
	}
	return { outcome: ended ? 'dropped' : 'silent', status, closeCode: null, reason: null, hex };
}
