// Faults, bounded and on the loopback: clients that send garbage, stop mid-frame, never finish the
// handshake or flood are each closed with the right code, and a well-behaved client beside them goes
// on echoing as if nothing happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame } from '../../src/lib/protocol/index.ts';
import type { TapConnectionJson } from '../../src/server/live/tap.ts';
import {
	openClient,
	rawSocket,
	readTap,
	received,
	startLive,
	tapOf,
	type Client,
	type Running
} from './live-helpers.ts';

let running: Running;
let bystander: Client;
beforeAll(async () => {
	// A short handshake limit, so the unfinished handshake is dropped within the test.
	running = await startLive({ handshakeMs: 300 });
	bystander = await openClient(running, 'bystander');
});
afterAll(() => running.close());

/** The bystander still gets an echo of each message. */
async function bystanderEchoes(text: string): Promise<void> {
	const before = bystander.received.length;
	bystander.ws.send(text);
	await received(bystander, before + 1);
	expect(bystander.received.at(-1)?.data.toString()).toBe(text);
}

async function lastRaw(): Promise<TapConnectionJson> {
	for (;;) {
		const connection = (await tapOf(running, 'raw')).at(-1);
		if (connection?.close) return connection;
		await new Promise((r) => setTimeout(r, 10));
	}
}

const masked = (spec: Parameters<typeof encodeFrame>[0]) =>
	Buffer.from(encodeFrame({ mask: new Uint8Array([1, 2, 3, 4]), ...spec }));

describe('a client that misbehaves', () => {
	it('sending garbage after the handshake (a reserved opcode) is closed with 1002', async () => {
		const raw = await rawSocket(running);
		raw.socket.write(Buffer.from('ffffffffffffffff', 'hex'));
		await raw.ended;
		expect(raw.frames().messages.at(-1)).toMatchObject({ type: 'close', code: 1002 });
		await bystanderEchoes('after garbage');
	});

	it('sending an unmasked frame is closed with 1002 (RFC 6455 §5.1)', async () => {
		const raw = await rawSocket(running);
		raw.socket.write(Buffer.from(encodeFrame({ opcode: 'text', text: 'no mask' })));
		await raw.ended;
		expect(raw.frames().messages.at(-1)).toMatchObject({ type: 'close', code: 1002 });
		await bystanderEchoes('after unmasked');
	});

	it('sending invalid UTF-8 in a text frame is closed with 1007 (RFC 6455 §8.1)', async () => {
		const raw = await rawSocket(running);
		raw.socket.write(masked({ opcode: 'text', payload: new Uint8Array([0xc3, 0x28]) }));
		await raw.ended;
		expect(raw.frames().messages.at(-1)).toMatchObject({ type: 'close', code: 1007 });
	});

	it('sending garbage instead of a handshake gets 400 and the socket closed', async () => {
		const raw = await rawSocket(running, false);
		raw.socket.write('\x00\x01garbage\r\n\r\n');
		await raw.ended;
		expect(raw.text()).toMatch(/^HTTP\/1\.1 400 /);
		await bystanderEchoes('after a bad request');
	});

	it('stopping mid-frame and leaving is seen as 1006, no close frame (RFC 6455 §7.1.5)', async () => {
		const raw = await rawSocket(running);
		raw.socket.end(masked({ opcode: 'text', text: 'cut short' }).subarray(0, 5));
		await raw.ended;
		const connection = await lastRaw();
		expect(connection.close?.code).toBe(1006);
		expect(readTap(connection).client.verdict.needMoreBytes).toBeGreaterThan(0);
		await bystanderEchoes('after a cut frame');
	});

	it('never finishing the handshake is dropped (408) after the handshake limit', async () => {
		const raw = await rawSocket(running, false);
		raw.socket.write('GET /live/echo HTTP/1.1\r\nHost: 127.0.0.1\r\n');
		await raw.ended;
		expect(raw.text()).toMatch(/^HTTP\/1\.1 408 /);
		await bystanderEchoes('after a stalled handshake');
	});

	it('flooding (over 200 messages a second) is closed with 1008', async () => {
		const raw = await rawSocket(running);
		const frame = masked({ opcode: 'text', text: 'x' });
		raw.socket.write(Buffer.concat(Array.from({ length: 400 }, () => frame)));
		while (!raw.frames().messages.some((m) => m.type === 'close'))
			await new Promise((r) => setTimeout(r, 10));
		expect(raw.frames().messages.at(-1)).toMatchObject({ type: 'close', code: 1008 });
		await bystanderEchoes('after a flood');
	});

	it('an upgrade to another path is refused with 404', async () => {
		const raw = await rawSocket(running, false);
		raw.socket.write(
			'GET /elsewhere HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
		);
		await raw.ended;
		expect(raw.text()).toMatch(/^HTTP\/1\.1 404 /);
	});
});
