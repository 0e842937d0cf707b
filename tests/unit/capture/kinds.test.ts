import { describe, expect, it } from 'vitest';
import {
	analyzeConnection,
	captureToJson,
	encodeMessage,
	MessageDeflater,
	readCapture,
	type CaptureConnection
} from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';
import { conversation, pcap, records, REQUEST, RESPONSE } from './build.ts';

const T0 = 1_700_000_000;

function connectionOf(sends: Parameters<typeof conversation>[0]['sends']): CaptureConnection {
	const sent = conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 443],
		start: T0,
		sends
	});
	const reading = readCapture(pcap(records(sent)));
	return analyzeConnection(reading.connections[0]!);
}

/** RFC 8446 §4.1.2 ClientHello with server_name (RFC 6066 §3) and ALPN (RFC 7301 §3.1). */
function clientHello(host: string, alpn: string[]): Uint8Array {
	const name = [...new TextEncoder().encode(host)];
	const sni = [
		0,
		0,
		...u16(name.length + 5),
		...u16(name.length + 3),
		0,
		...u16(name.length),
		...name
	];
	const list = alpn.flatMap((p) => [p.length, ...new TextEncoder().encode(p)]);
	const alpnExt = [0, 16, ...u16(list.length + 2), ...u16(list.length), ...list];
	const extensions = [...sni, ...alpnExt];
	const body = [
		3,
		3,
		...new Array(32).fill(7),
		0,
		0,
		2,
		0x13,
		0x01,
		1,
		0,
		...u16(extensions.length),
		...extensions
	];
	const handshake = [1, 0, ...u16(body.length), ...body];
	return Uint8Array.from([22, 3, 1, ...u16(handshake.length), ...handshake]);
}
const u16 = (n: number) => [n >> 8, n & 255];

describe('what a connection carries', () => {
	it('inflates compressed messages with the extensions the 101 negotiated', () => {
		const request = REQUEST.replace(
			'\r\n\r\n',
			'\r\nSec-WebSocket-Extensions: permessage-deflate\r\nSec-WebSocket-Protocol: chat, superchat\r\n\r\n'
		);
		const response = RESPONSE.replace(
			'\r\n\r\n',
			'\r\nSec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\r\nSec-WebSocket-Protocol: chat\r\n\r\n'
		);
		const deflater = new MessageDeflater({ noContextTakeover: true, windowBits: 15 });
		const one = encodeMessage({ type: 'text', text: 'compressed hello' }, deflater).bytes;
		const two = encodeMessage(
			{ type: 'text', text: 'compressed hello', fragments: 3 },
			deflater
		).bytes;
		const c = connectionOf([
			{ from: 'client', data: request, at: 0.01 },
			{ from: 'server', data: response, at: 0.02 },
			{ from: 'server', data: one, at: 0.1 },
			{ from: 'server', data: two, at: 0.2 }
		]);
		expect(c.websocket).toMatchObject({
			extensions: 'permessage-deflate; server_no_context_takeover',
			protocol: 'chat'
		});
		const messages = c.websocket!.server.result.messages;
		expect(messages.map((m) => [m.text, m.compressed])).toEqual([
			['compressed hello', true],
			['compressed hello', true]
		]);
		expect(c.websocket!.server.result.verdict.ok).toBe(true);
		expect(c.websocket!.handshake!.verdict).toMatchObject({
			ok: true,
			status: 101,
			clientAccepts: true
		});
	});

	it('stamps a frame split over two packets with the time of the packet its first byte came in', () => {
		const frame = fromHex('81 05 48 65 6c 6c 6f');
		const c = connectionOf([
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'server', data: frame.subarray(0, 3), at: 0.5 },
			{ from: 'server', data: frame.subarray(3), at: 0.7 }
		]);
		const server = c.websocket!.server;
		expect(server.result.messages[0]?.text).toBe('Hello');
		expect(server.frameTimes[0]).toBeCloseTo(T0 + 0.5, 5);
		expect(server.messageTimes[0]).toBeCloseTo(T0 + 0.5, 5);
	});

	it('reads a TLS connection’s server name, ALPN and records, and says frames are encrypted', () => {
		const c = connectionOf([
			{ from: 'client', data: clientHello('chat.example', ['http/1.1', 'h2']), at: 0.01 },
			{ from: 'server', data: Uint8Array.from([22, 3, 3, 0, 2, 2, 0, 23, 3, 3, 0, 1, 9]), at: 0.02 }
		]);
		expect(c.kind).toBe('tls');
		expect(c.tls).toMatchObject({
			sni: 'chat.example',
			alpn: ['http/1.1', 'h2'],
			unreadable: 'tls_frames_encrypted'
		});
		expect(c.tls!.records.server.map((r) => [r.type, r.length])).toEqual([
			[22, 2],
			[23, 1]
		]);
		expect(c.diagnostics.map((d) => d.code)).toEqual(['tls_frames_encrypted']);
	});

	it('lists the request lines and statuses of plain HTTP (long polling)', () => {
		const poll = 'GET /poll HTTP/1.1\r\nHost: x\r\n\r\n';
		const answer = (body: string) =>
			`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
		const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n';
		const c = connectionOf([
			{ from: 'client', data: poll, at: 0.01 },
			{ from: 'server', data: answer('{"a":1}'), at: 1 },
			{ from: 'client', data: poll, at: 1.01 },
			{ from: 'server', data: chunked, at: 2 },
			{ from: 'client', data: poll, at: 2.01 },
			{ from: 'server', data: 'HTTP/1.1 204 No Content\r\n\r\n', at: 3 }
		]);
		expect(c.kind).toBe('http');
		expect(c.http!.requests.map((r) => r.target)).toEqual(['/poll', '/poll', '/poll']);
		expect(c.http!.responses.map((r) => r.status)).toEqual([200, 200, 204]);
		expect(c.http!.responses[2]!.time).toBeCloseTo(T0 + 3, 5);
	});

	it('prints times as seconds and every frame with its time in the JSON', () => {
		const c = connectionOf([
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'server', data: fromHex('81 05 48 65 6c 6c 6f'), at: 0.5 }
		]);
		const sent = conversation({ client: ['10.0.0.1', 1], server: ['10.0.0.2', 2], sends: [] });
		const reading = readCapture(pcap(records(sent)));
		type Direction = { frames: { time: number }[]; messages: unknown[] };
		type Conn = { fromServer: Direction; handshake: { verdict: unknown } };
		const json = captureToJson(reading, [c]) as { connections: Conn[] };
		const conn = json.connections[0]!;
		expect(conn).toMatchObject({
			id: 1,
			client: '10.0.0.1:50000',
			server: '10.0.0.2:443',
			kind: 'websocket'
		});
		expect(conn.fromServer.frames[0]?.time).toBeCloseTo(T0 + 0.5, 5);
		expect(conn.fromServer.messages[0]).toMatchObject({ type: 'text', text: 'Hello' });
		expect(conn.handshake.verdict).toEqual({ ok: true, status: 101, clientAccepts: true });
	});
});
