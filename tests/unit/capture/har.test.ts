import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readHarCapture } from '$lib/protocol/capture/har.ts';
import {
	harConnectionDetail,
	harConnectionRow,
	harMessageContent,
	harPayloadInput,
	harToJson
} from '$lib/protocol/capture/har-view.ts';
import { DIAGNOSTICS } from '$lib/protocol/diagnostics.ts';

// A HAR in the shape Chrome DevTools saves ("Save all as HAR with content"): request and response
// headers of the upgrade, `_webSocketMessages` with times in seconds since the epoch.
const REQUEST_HEADERS = [
	['Host', 'localhost:8080'],
	['Connection', 'Upgrade'],
	['Upgrade', 'websocket'],
	['Origin', 'http://localhost:5173'],
	['Sec-WebSocket-Version', '13'],
	['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
	['Sec-WebSocket-Protocol', 'graphql-transport-ws']
];
const RESPONSE_HEADERS = [
	['Upgrade', 'websocket'],
	['Connection', 'Upgrade'],
	['Sec-WebSocket-Accept', 's3pPLMBiTxaQ9kYGzzhZRbK+xOo='],
	['Sec-WebSocket-Protocol', 'graphql-transport-ws']
];
const headers = (list: string[][]) => list.map(([name, value]) => ({ name, value }));

function entry(messages: unknown[], extra: Record<string, unknown> = {}) {
	return {
		startedDateTime: '2026-12-05T03:00:01.000Z',
		_resourceType: 'websocket',
		request: { method: 'GET', url: 'ws://localhost:8080/chat', headers: headers(REQUEST_HEADERS) },
		response: {
			status: 101,
			statusText: 'Switching Protocols',
			headers: headers(RESPONSE_HEADERS)
		},
		_webSocketMessages: messages,
		...extra
	};
}

const T = Date.parse('2026-12-05T03:00:01.000Z') / 1000;
const har = (...entries: unknown[]) =>
	JSON.stringify({
		log: { version: '1.2', entries: [{ request: { url: 'http://x/' } }, ...entries] }
	});

const conversation = [
	{ type: 'send', time: T + 0.01, opcode: 1, data: '{"type":"connection_init"}' },
	{ type: 'receive', time: T + 0.02, opcode: 1, data: '{"type":"connection_ack"}' },
	// Recorded in this order with the same time: the order is kept.
	{ type: 'receive', time: T + 0.5, opcode: 2, data: 'AAEC/w==' },
	{ type: 'send', time: T + 0.5, opcode: 1, data: '안녕' }
];

describe('readHarCapture', () => {
	it('reads each WebSocket entry as a connection: handshake checked, messages in time order', () => {
		const capture = readHarCapture(har(entry(conversation)));
		expect(capture).toMatchObject({ format: 'har', entries: 2, diagnostics: [] });
		expect(capture.connections).toHaveLength(1);
		const c = capture.connections[0]!;
		expect(c).toMatchObject({ id: 1, entry: 1, origin: 'http://localhost:5173', start: T });
		expect(c.end).toBeCloseTo(T + 0.5, 6);
		expect(c.protocol).toBe('graphql-transport-ws');
		expect(c.handshake?.verdict.ok).toBe(true);
		expect(c.request.startsWith('GET /chat HTTP/1.1\r\nHost: localhost:8080\r\n')).toBe(true);
		expect(c.response.startsWith('HTTP/1.1 101 Switching Protocols\r\n')).toBe(true);

		const detail = harConnectionDetail(c);
		expect(detail.frames).toEqual([]);
		expect(detail.messages.map((m) => [m.role, m.index, m.type, m.length])).toEqual([
			['client', 0, 'text', 26],
			['server', 0, 'text', 25],
			['server', 1, 'binary', 4],
			['client', 1, 'text', 6]
		]);
		expect(detail.messages.map((m) => m.frames)).toEqual([[], [], [], []]);
		expect(harConnectionRow(c)).toMatchObject({
			server: 'ws://localhost:8080/chat',
			kind: 'websocket',
			frames: 0,
			messages: 4,
			framesOk: null,
			handshakeOk: true
		});
	});

	it('gives each message whole, and the payload layer reads it with the negotiated subprotocol', () => {
		const c = readHarCapture(har(entry(conversation))).connections[0]!;
		const binary = harMessageContent(c, 'server', 1)!;
		expect([...binary.bytes]).toEqual([0, 1, 2, 255]);
		expect(binary).toMatchObject({ type: 'binary', length: 4, compressed: false, text: null });
		expect(harMessageContent(c, 'client', 1)!.text).toBe('안녕');
		expect(harPayloadInput(c, 'client', 0)).toMatchObject({
			type: 'text',
			text: '{"type":"connection_init"}',
			from: 'client'
		});
		expect(harMessageContent(c, 'client', 9)).toBeNull();
	});

	it('reads Playwright’s millisecond times as seconds', () => {
		const messages = [{ type: 'send', time: (T + 0.25) * 1000, opcode: 1, data: 'x' }];
		const c = readHarCapture(har(entry(messages))).connections[0]!;
		expect(c.times.client[0]).toBeCloseTo(T + 0.25, 6);
	});

	it('skips a bad message with a diagnostic and keeps the rest', () => {
		const messages = [
			...conversation,
			{ type: 'sent', time: T, opcode: 1, data: 'x' },
			{ type: 'send', time: T, opcode: 2, data: '***' },
			{ type: 'send', opcode: 1, data: 'no time' }
		];
		const c = readHarCapture(har(entry(messages))).connections[0]!;
		expect(c.messages.client.length + c.messages.server.length).toBe(5);
		expect(c.diagnostics.map((d) => [d.code, d.params.path])).toEqual([
			['har_message_skipped', 'log.entries[1]._webSocketMessages[4].type'],
			['har_message_skipped', 'log.entries[1]._webSocketMessages[5].data'],
			['har_message_time_missing', 'log.entries[1]._webSocketMessages[6]']
		]);
	});

	it('says when the handshake headers were not recorded', () => {
		const bare = { request: { url: 'wss://example.com/' }, _webSocketMessages: conversation };
		const c = readHarCapture(har(bare)).connections[0]!;
		expect(c.handshake).toBeUndefined();
		expect(c.diagnostics.map((d) => d.code)).toEqual(['har_handshake_not_recorded']);
		expect(c.start).toBeCloseTo(T + 0.01, 6);
	});

	it('gives file-level diagnostics for what is not a HAR, or has no WebSocket', () => {
		const codes = (text: string) => readHarCapture(text).diagnostics.map((d) => d.code);
		expect(codes('{"log": {"entries": [,]}}')).toEqual(['har_json_invalid']);
		expect(readHarCapture('{"log": {"entries": [,]}}').diagnostics[0]).toMatchObject({
			params: { line: 1, column: 22 },
			bitOffset: 21 * 8
		});
		expect(codes('{"log": {"entries": [')).toEqual(['har_json_ends_early']);
		expect(codes('{"log": {}}')).toEqual(['har_not_har']);
		expect(codes(har())).toEqual(['har_no_websocket']);
	});

	it('prints the capture JSON shape: messages with times, no frames', () => {
		const capture = readHarCapture(har(entry(conversation)));
		const json = harToJson(capture, capture.connections) as {
			input: unknown;
			connections: Record<string, unknown>[];
		};
		expect(json.input).toEqual({ format: 'har', entries: 2, bytes: capture.bytes });
		const c = json.connections[0]!;
		expect(c).toMatchObject({ id: 1, kind: 'websocket', protocol: 'graphql-transport-ws' });
		expect((c.handshake as { verdict: { ok: boolean } }).verdict.ok).toBe(true);
		expect(c.fromServer).toMatchObject({
			frames: [],
			messages: [
				{ type: 'text', text: '{"type":"connection_ack"}', time: T + 0.02 },
				{ type: 'binary', hex: '000102ff', time: T + 0.5 }
			]
		});
	});

	it('never throws on hostile JSON, and reports only catalogued codes', () => {
		const value = fc.letrec((tie) => ({
			any: fc.oneof(
				{ depthSize: 'small' },
				fc.string(),
				fc.double(),
				fc.constantFrom('send', 'receive', 1, 2, 9, 'AAEC', null),
				fc.array(tie('any'), { maxLength: 4 }),
				fc.dictionary(
					fc.constantFrom('type', 'time', 'opcode', 'data', 'headers', 'name', 'value', 'url'),
					tie('any')
				)
			)
		})).any;
		fc.assert(
			fc.property(fc.array(value, { maxLength: 4 }), (messages) => {
				const capture = readHarCapture(har(entry(messages)));
				const codes = [
					...capture.diagnostics,
					...capture.connections.flatMap((c) => c.diagnostics)
				].map((d) => d.code);
				for (const code of codes) expect(DIAGNOSTICS).toHaveProperty(code);
				for (const c of capture.connections) harConnectionDetail(c);
			}),
			{ numRuns: 200 }
		);
	});
});
