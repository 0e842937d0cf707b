// The live server against a real peer: `ws` clients (deflate on and off, fragments, pings, close
// codes) talk to /live/echo, and the tap's bytes, read back by the engine, are exactly what each side
// sent and received.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptFor, type Message } from '../../src/lib/protocol/index.ts';
import type { TapConnectionJson } from '../../src/server/live/tap.ts';
import { openClient, readTap, received, startLive, tapOf, type Running } from './live-helpers.ts';

let running: Running;
beforeAll(async () => (running = await startLive()));
afterAll(() => running.close());

/** The tapped connection with this label, once the server has seen it close. */
async function finished(label: string): Promise<TapConnectionJson> {
	for (;;) {
		const [connection] = await tapOf(running, label);
		if (connection?.close) return connection;
		await new Promise((r) => setTimeout(r, 10));
	}
}

const summary = (m: Message) => ({
	type: m.type,
	hex: Buffer.from(m.payload).toString('hex'),
	code: m.code,
	reason: m.reason
});

describe.each([
	{ deflate: false, label: 'plain-conversation' },
	{ deflate: true, label: 'deflate-conversation' }
])('a conversation with permessage-deflate $deflate', ({ deflate, label }) => {
	it('is tapped byte for byte, handshake included, and the engine reads what each side sent', async () => {
		const client = await openClient(running, label, { perMessageDeflate: deflate });
		const binary = randomBytes(3000);
		client.ws.send('Hello');
		client.ws.send(binary);
		client.ws.send('ab', { fin: false });
		client.ws.send('cd', { fin: true });
		await received(client, 3);
		client.ws.ping('p');
		while (client.pongs.length === 0) await new Promise((r) => setTimeout(r, 5));
		client.ws.close(1000, 'bye');
		expect(await client.closed).toEqual({ code: 1000, reason: 'bye' });

		const connection = await finished(label);
		expect(connection.transport).toBe('websocket');
		expect(connection.client.hex).toMatch(/^[0-9a-f]+$/);
		expect(connection.extensions).toBe(deflate ? 'permessage-deflate' : '');
		const tap = readTap(connection);
		// The handshake as sent: the 101 carries the accept of the request's own key (RFC 6455 §4.2.2).
		const key = tap.request?.headers.find((h) => h.key === 'sec-websocket-key')?.value ?? '';
		expect(tap.response?.status).toBe(101);
		const accept = tap.response?.headers.find((h) => h.key === 'sec-websocket-accept')?.value;
		expect(accept).toBe(acceptFor(key));

		// What the client sent: masked frames (RFC 6455 §5.3), RSV1 on compressed first frames only.
		expect(tap.client.verdict.ok).toBe(true);
		expect(tap.client.frames.every((f) => f.masked)).toBe(true);
		const dataFrames = tap.client.frames.filter((f) => f.opcode === 1 || f.opcode === 2);
		expect(dataFrames.every((f) => f.rsv1 === deflate)).toBe(true);
		expect(tap.client.messages.map(summary)).toEqual([
			{ type: 'text', hex: Buffer.from('Hello').toString('hex') },
			{ type: 'binary', hex: binary.toString('hex') },
			{ type: 'text', hex: Buffer.from('abcd').toString('hex') },
			{ type: 'ping', hex: Buffer.from('p').toString('hex') },
			{
				type: 'close',
				hex: Buffer.from('\x03\xe8bye', 'latin1').toString('hex'),
				code: 1000,
				reason: 'bye'
			}
		]);
		expect(tap.client.messages[2]?.frames).toHaveLength(2);

		// What the server sent is what the client received: the echoes, a pong, the close answered.
		expect(tap.server.verdict.ok).toBe(true);
		expect(tap.server.frames.some((f) => f.masked)).toBe(false);
		const echoes = tap.server.messages.filter((m) => m.type === 'text' || m.type === 'binary');
		expect(echoes.map((m) => Buffer.from(m.payload).toString('hex'))).toEqual(
			client.received.map((r) => r.data.toString('hex'))
		);
		expect(tap.server.messages.filter((m) => m.type === 'pong').map(summary)).toEqual([
			{ type: 'pong', hex: Buffer.from('p').toString('hex') }
		]);
		expect(tap.server.messages.at(-1)).toMatchObject({ type: 'close', code: 1000, reason: 'bye' });
		expect(connection.close).toEqual({ code: 1000, reason: 'bye' });
	});
});

describe('the echo', () => {
	it('chooses the subprotocol chat when it is offered (RFC 6455 §4.2.2)', async () => {
		const client = await openClient(running, 'subprotocol', { protocols: ['other', 'chat'] });
		expect(client.ws.protocol).toBe('chat');
		client.ws.close();
		await client.closed;
		expect((await finished('subprotocol')).protocol).toBe('chat');
	});

	it('answers a close code with the same code, and the tap records it', async () => {
		const client = await openClient(running, 'close-4001');
		client.ws.close(4001, 'custom');
		expect(await client.closed).toEqual({ code: 4001, reason: 'custom' });
		expect((await finished('close-4001')).close).toEqual({ code: 4001, reason: 'custom' });
	});

	it('closes a message over 1 MiB with 1009 (RFC 6455 §7.4.1)', async () => {
		const client = await openClient(running, 'too-big', { perMessageDeflate: false });
		client.ws.send(Buffer.alloc(1024 * 1024 + 1));
		expect((await client.closed).code).toBe(1009);
		// The server sent 1009 and closed; no close frame came back, so ws itself reports 1006.
		const connection = await finished('too-big');
		expect(readTap(connection).server.messages.at(-1)).toMatchObject({ type: 'close', code: 1009 });
		expect(connection.close?.code).toBe(1006);
	});

	it('pings a connection when asked through the API, and the client answers with a pong', async () => {
		const client = await openClient(running, 'pinged');
		const [connection] = await tapOf(running, 'pinged');
		const res = await fetch(running.url(`/live/api/ping?id=${connection!.id}&data=hi`), {
			method: 'POST'
		});
		expect(res.status).toBe(200);
		client.ws.close();
		const tap = readTap(await finished('pinged'));
		expect(tap.server.messages[0]).toMatchObject({ type: 'ping' });
		expect(Buffer.from(tap.server.messages[0]!.payload).toString()).toBe('hi');
		expect(tap.client.messages[0]).toMatchObject({ type: 'pong' });
	});
});
