// STOMP 1.2 made by @stomp/stompjs against a small STOMP responder over `ws`: what we decode from the
// tapped messages is what the client says it sent (commands, headers, bodies) and what it received.
import { Client, type IMessage } from '@stomp/stompjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { decodeSide, listen, tapSocket, until, type Tapped } from './tap.ts';

const log: Tapped[] = [];
const received: IMessage[] = [];
let client: Client;
let close: () => void;
let subprotocol = '';

/** The responder reads each frame's command and headers just enough to answer it (STOMP 1.2). */
function answer(ws: WebSocket, frame: string, subscriptions: Map<string, string>): void {
	const [head = '', body = ''] = frame.split('\n\n');
	const [command, ...lines] = head.split('\n');
	const headers = Object.fromEntries(
		lines.map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])
	);
	const reply = (text: string) => ws.send(`${text}\0`);
	if (command === 'CONNECT') reply('CONNECTED\nversion:1.2\nheart-beat:0,0\nserver:wsviz-test\n\n');
	if (command === 'SUBSCRIBE') subscriptions.set(headers.destination!, headers.id!);
	if (command === 'SEND') {
		const id = subscriptions.get(headers.destination!);
		if (id)
			reply(
				`MESSAGE\ndestination:${headers.destination}\nmessage-id:m-1\nsubscription:${id}\ncontent-type:text/plain\n\n${body.replace(/\0$/, '')}`
			);
	}
	if (headers.receipt) reply(`RECEIPT\nreceipt-id:${headers.receipt}\n\n`);
}

beforeAll(async () => {
	const { server, port } = await listen();
	const wss = new WebSocketServer({
		server,
		handleProtocols: (protocols) => (protocols.has('v12.stomp') ? 'v12.stomp' : false)
	});
	wss.on('connection', (ws) => {
		subprotocol = ws.protocol;
		tapSocket(ws, log);
		const subscriptions = new Map<string, string>();
		ws.on('message', (data) => {
			for (const frame of data.toString().split('\0'))
				if (frame.trim()) answer(ws, frame.replace(/^\n+/, ''), subscriptions);
		});
	});
	close = () => {
		wss.close();
		server.close();
	};
	client = new Client({
		webSocketFactory: () => new WebSocket(`ws://127.0.0.1:${port}`, ['v12.stomp']),
		heartbeatIncoming: 0,
		heartbeatOutgoing: 0,
		reconnectDelay: 0
	});
	const connected = new Promise<void>((resolve) => (client.onConnect = () => resolve()));
	client.activate();
	await connected;
	client.subscribe('/topic/chat', (m) => received.push(m), { id: 'sub-0' });
	client.publish({
		destination: '/topic/chat',
		body: '안녕, STOMP',
		headers: { 'content-type': 'text/plain', receipt: 'r-1', priority: 'a:b' }
	});
	await until(() => received.length > 0);
});

afterAll(async () => {
	await client.deactivate();
	close();
});

describe('STOMP 1.2 made by @stomp/stompjs', () => {
	it('negotiates v12.stomp and decodes every message as STOMP by subprotocol', async () => {
		expect(subprotocol).toBe('v12.stomp');
		for (const from of ['client', 'server'] as const) {
			const decoded = await decodeSide(log, from, subprotocol);
			expect(decoded.every((d) => d?.protocol === 'stomp' && d.detectedBy === 'subprotocol')).toBe(
				true
			);
		}
	});

	it('finds what stompjs leaves out: CONNECT without host, which STOMP 1.2 clients MUST set', async () => {
		// STOMP 1.2 §CONNECT or STOMP Frame: "STOMP 1.2 clients MUST set ... accept-version, host";
		// stompjs sends host only when connectHeaders names it.
		const client = (await decodeSide(log, 'client', subprotocol)).flatMap((d) => d!.diagnostics);
		expect(client.map((d) => [d.code, d.params])).toEqual([
			['stomp_required_header_missing', { command: 'CONNECT', header: 'host' }]
		]);
		expect(client[0]).toMatchObject({ bitOffset: 0, bitLength: 'CONNECT'.length * 8 });
		const server = (await decodeSide(log, 'server', subprotocol)).flatMap((d) => d!.diagnostics);
		expect(server).toEqual([]);
	});

	it('reads the client frames: CONNECT with accept-version, SUBSCRIBE, SEND with its headers and body', async () => {
		const frames = (await decodeSide(log, 'client', subprotocol)).map(
			(d) => d!.value as { command: string; headers: Record<string, string>; body: string }
		);
		expect(frames[0]).toMatchObject({
			command: 'CONNECT',
			headers: { 'accept-version': expect.stringContaining('1.2') }
		});
		expect(frames.find((f) => f.command === 'SUBSCRIBE')).toMatchObject({
			headers: { id: 'sub-0', destination: '/topic/chat' }
		});
		const send = frames.find((f) => f.command === 'SEND')!;
		// stompjs escapes ':' in header values as \c (STOMP 1.2 §Value Encoding); we give back the value.
		expect(send).toMatchObject({
			headers: {
				destination: '/topic/chat',
				receipt: 'r-1',
				priority: 'a:b',
				'content-length': String(new TextEncoder().encode('안녕, STOMP').length)
			},
			body: '안녕, STOMP'
		});
		const raw = log.find((m) => m.from === 'client' && m.text?.startsWith('SEND'))!.text!;
		expect(raw).toContain('priority:a\\cb');
	});

	it('reads the server MESSAGE as the client received it, and each header over its bytes', async () => {
		const decoded = (await decodeSide(log, 'server', subprotocol)).map((d) => d!);
		const message = decoded.find((d) => d.summary.params.command === 'MESSAGE')!;
		expect(message.summary).toEqual({
			code: 'stomp_frame',
			params: {
				command: 'MESSAGE',
				target: '/topic/chat',
				bytes: new TextEncoder().encode('안녕, STOMP').length
			}
		});
		expect(message.value).toMatchObject({ headers: received[0]!.headers, body: received[0]!.body });
		const bytes = log.filter((m) => m.from === 'server')[decoded.indexOf(message)]!.bytes;
		for (const header of message.fields[0]!.children!.filter((f) => f.id === 'stomp_header')) {
			const line = new TextDecoder().decode(
				bytes.subarray(header.bitOffset / 8, (header.bitOffset + header.bitLength) / 8)
			);
			expect(line).toBe(`${header.label}:${String(header.value)}\n`);
		}
		expect(decoded.map((d) => d.summary.params.command)).toEqual([
			'CONNECTED',
			'MESSAGE',
			'RECEIPT'
		]);
	});
});
