// A strict WebSocket server made of the engine alone: it checks the opening handshake with the
// engine's RFC 6455 §4 rules, then decodes what arrives with decode() and, at the first error a strict
// endpoint must fail the connection for (RFC 6455 §7.1.7), sends the close code the engine names and
// closes. Valid data messages are echoed, pings answered, a close answered with the same code. It
// exists so "send raw bytes" can show the engine's verdict beside what `ws` really does.
import { createServer, type Server, type Socket } from 'node:net';
import {
	acceptFor,
	checkHandshake,
	decode,
	encodeFrame,
	type Message
} from '../../lib/protocol/index.ts';
import { LIVE_LIMITS } from './limits.ts';

const HEAD_END = Buffer.from('\r\n\r\n');

export function createStrictServer(): Server {
	const server = createServer((socket) => {
		socket.on('error', () => socket.destroy());
		socket.setTimeout(LIVE_LIMITS.rawAnswerMs * 4, () => socket.destroy());
		let buffer = Buffer.alloc(0);
		let frames: Buffer | null = null;
		let answered = 0;
		socket.on('data', (chunk: Buffer) => {
			if (frames) {
				frames = Buffer.concat([frames, chunk]);
				answered = answerFrames(socket, frames, answered);
				return;
			}
			buffer = Buffer.concat([buffer, chunk]);
			const end = buffer.indexOf(HEAD_END);
			if (end < 0) {
				if (buffer.length > 16 * 1024) socket.destroy();
				return;
			}
			if (!answerHandshake(socket, buffer.subarray(0, end + 4))) return;
			frames = buffer.subarray(end + 4);
			answered = answerFrames(socket, frames, answered);
		});
	});
	return server;
}

/** Answers the request as the engine's verdict says: 101 with the right accept, or the error status. */
function answerHandshake(socket: Socket, head: Buffer): boolean {
	const result = checkHandshake(new Uint8Array(head));
	const status = result.verdict.status ?? 400;
	const key = result.request?.headers.find((h) => h.key === 'sec-websocket-key')?.value;
	if (status !== 101 || !key) {
		const code = result.verdict.serverError?.code ?? 'bad_request';
		socket.end(
			`HTTP/1.1 ${status} Bad Request\r\nConnection: close\r\nContent-Length: ${code.length}\r\n\r\n${code}`
		);
		return false;
	}
	socket.write(
		`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptFor(key)}\r\n\r\n`
	);
	return true;
}

/** Decodes everything received so far; answers the messages not yet answered. Returns how many are. */
function answerFrames(socket: Socket, bytes: Buffer, answered: number): number {
	if (bytes.length > LIVE_LIMITS.rawBytes * 2) {
		socket.destroy();
		return answered;
	}
	const result = decode(new Uint8Array(bytes), {
		from: 'client',
		maxMessage: LIVE_LIMITS.messageBytes
	});
	const whole = result.messages.filter((m) => m.complete);
	for (const message of whole.slice(answered)) {
		if (!answer(socket, message)) return whole.length;
	}
	if (!result.verdict.ok) {
		const code = result.verdict.closeCode ?? 1002;
		const reason = result.verdict.firstError?.code.slice(0, 120) ?? '';
		socket.end(Buffer.from(encodeFrame({ opcode: 'close', closeCode: code, reason })));
	}
	return whole.length;
}

/** One valid message's answer (RFC 6455 §5.5.2-3 for ping, §5.5.1 for close); false after a close. */
function answer(socket: Socket, message: Message): boolean {
	if (message.type === 'close') {
		const closeCode = message.code;
		socket.end(Buffer.from(encodeFrame({ opcode: 'close', closeCode, reason: message.reason })));
		return false;
	}
	if (message.type === 'pong') return true;
	const opcode = message.type === 'ping' ? 'pong' : message.type;
	socket.write(Buffer.from(encodeFrame({ opcode, payload: message.payload })));
	return true;
}
