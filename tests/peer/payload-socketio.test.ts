// Socket.IO v5 over Engine.IO v4 over WebSocket, made by the real socket.io server and client: what we
// decode from the tapped messages must be what each side says it sent (events, acks, namespaces,
// binary attachments rebuilt from the binary messages that follow).
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryText } from '$lib/protocol/index.ts';
import { decodeSide, listen, tappingServerClass, until, type Tapped } from './tap.ts';

const log: Tapped[] = [];
let server: Server;
let client: Socket;
const received: unknown[][] = [];

beforeAll(async () => {
	const http = await listen();
	server = new Server(http.server, {
		transports: ['websocket'],
		wsEngine: tappingServerClass(log)
	});
	server.on('connection', (socket) => {
		socket.on('chat', (...args) => received.push(['chat', ...args]));
		socket.on('upload', (file: Buffer, ack: (n: number) => void) => {
			received.push(['upload', file]);
			ack(file.length);
		});
		socket.on('ask', (q: string, ack: (a: string) => void) => ack(`${q}!`));
		socket.emit('welcome', { room: '로비', users: 3 });
	});
	client = connect(`http://127.0.0.1:${http.port}`, { transports: ['websocket'] });
	await new Promise<void>((resolve) => client.on('welcome', () => resolve()));
	client.emit('chat', '안녕');
	client.emit('upload', Buffer.from([1, 2, 3, 250]), () => {});
	expect(await client.emitWithAck('ask', 'why')).toBe('why!');
	await until(() => received.length >= 2);
});

afterAll(async () => {
	client.close();
	await server.close();
});

describe('Socket.IO made by socket.io 4 (server and client)', () => {
	it('decodes every client message as the events the client emitted', async () => {
		const decoded = await decodeSide(log, 'client');
		expect(decoded.every((d) => d?.protocol === 'socket.io')).toBe(true);
		const summaries = decoded.map((d) => d!.summary);
		expect(summaries).toContainEqual({
			code: 'socketio_event',
			params: expect.objectContaining({ type: 'EVENT', event: 'chat', args: '["안녕"]' })
		});
		const chat = decoded.find((d) => d!.summary.params.event === 'chat')!;
		expect(summaryText(chat.summary)).toBe('Socket.IO EVENT "chat" ["안녕"]');
		expect(chat.value).toMatchObject({
			socketio: { type: 2, nsp: '/', data: received.find((r) => r[0] === 'chat') }
		});
		const ask = decoded.find((d) => d!.summary.params.event === 'ask')!;
		expect(ask.summary.params).toMatchObject({ type: 'EVENT', args: '["why"]' });
		expect(typeof ask.summary.params.id).toBe('number');
		expect(ask.fields.find((f) => f.id === 'socketio_id')).toMatchObject({
			value: ask.summary.params.id
		});
	});

	it('rebuilds a binary event from the attachment that follows it', async () => {
		const decoded = await decodeSide(log, 'client');
		const i = decoded.findIndex((d) => d!.summary.params.event === 'upload');
		expect(decoded[i]!.summary.params.type).toBe('BINARY_EVENT');
		expect(decoded[i]!.diagnostics.map((d) => d.code)).toEqual(['socketio_attachment_waiting']);
		expect(decoded[i]!.fields.find((f) => f.id === 'socketio_attachments')).toMatchObject({
			value: 1,
			bitOffset: 16,
			bitLength: 16
		});
		const attachment = decoded[i + 1]!;
		expect(attachment).toMatchObject({
			protocol: 'socket.io',
			detectedBy: 'conversation',
			summary: { code: 'socketio_attachment', params: { index: 1, count: 1, bytes: 4 } }
		});
		const sent = received.find((r) => r[0] === 'upload')![1] as Buffer;
		expect(attachment.value).toMatchObject({
			packet: { data: ['upload', { hex: sent.toString('hex') }] }
		});
	});

	it('decodes the server side: the handshake, the welcome event with its Korean data, the ack', async () => {
		const decoded = await decodeSide(log, 'server');
		expect(decoded[0]).toMatchObject({
			protocol: 'socket.io',
			summary: { code: 'engineio_packet', params: { type: 'OPEN' } }
		});
		expect(decoded[0]!.value).toMatchObject({
			engineio: { type: 'open', data: { sid: expect.any(String), upgrades: [] } }
		});
		expect(decoded[1]!.summary).toMatchObject({
			code: 'socketio_packet',
			params: { type: 'CONNECT' }
		});
		const welcome = decoded.find((d) => d?.summary.params.event === 'welcome')!;
		expect(welcome.value).toMatchObject({
			socketio: { data: ['welcome', { room: '로비', users: 3 }] }
		});
		const ack = decoded.find(
			(d) => d?.summary.code === 'socketio_ack' && d.summary.params.args === '["why!"]'
		);
		expect(ack).toBeDefined();
		expect(decoded.flatMap((d) => d!.diagnostics.filter((x) => x.severity !== 'info'))).toEqual([]);
	});

	it('points each field at its bytes: the data field is the JSON after the prefix', async () => {
		const chatMessage = log.find((m) => m.from === 'client' && m.text?.includes('"chat"'))!;
		const [decoded] = await decodeSide([chatMessage], 'client');
		const data = decoded!.fields.find((f) => f.id === 'socketio_data')!;
		const bytes = chatMessage.bytes.subarray(
			data.bitOffset / 8,
			(data.bitOffset + data.bitLength) / 8
		);
		expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(['chat', '안녕']);
	});
});
