import { describe, expect, it } from 'vitest';
import {
	checkHandshake,
	checkHandshakeInput,
	parseHandshake,
	parseHttpMessage,
	type HttpMessage
} from '$lib/protocol/index.ts';

const REQUEST = [
	'GET /chat?room=1 HTTP/1.1',
	'Host: example.com',
	'Upgrade: websocket',
	'Connection: Upgrade',
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
	'Sec-WebSocket-Version: 13',
	'Origin: https://example.com'
];
const RESPONSE = [
	'HTTP/1.1 101 Switching Protocols',
	'Upgrade: websocket',
	'Connection: Upgrade',
	'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo='
];
const http = (lines: readonly string[], eol = '\r\n'): string => lines.join(eol) + eol + eol;

function parse(text: string): HttpMessage {
	const msg = parseHttpMessage(text);
	if (!msg) throw new Error('not HTTP');
	return msg;
}

const codesOf = (text: string): string[] =>
	checkHandshakeInput(text).diagnostics.map((d) => d.code);

describe('parseHttpMessage', () => {
	it('reads the request line and every header with its byte range', () => {
		const text = http(REQUEST);
		const msg = parse(text);
		expect(msg).toMatchObject({
			kind: 'request',
			method: 'GET',
			target: '/chat?room=1',
			version: 'HTTP/1.1'
		});
		expect(msg.complete).toBe(true);
		expect(msg.length).toBe(text.length);
		for (const h of msg.headers) {
			expect(text.slice(h.offset, h.offset + h.length)).toBe(`${h.name}: ${h.value}`);
			expect(text.slice(h.valueOffset, h.valueOffset + h.valueLength)).toBe(h.value);
		}
		const key = msg.fields.find((f) => f.id === 'request_header_sec_websocket_key');
		expect(key).toMatchObject({
			bitOffset: text.indexOf('Sec-WebSocket-Key') * 8,
			value: 'dGhlIHNhbXBsZSBub25jZQ=='
		});
		expect(key?.bitLength).toBe('Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='.length * 8);
	});

	it('reads the status line into version, status and reason', () => {
		const msg = parse(http(RESPONSE));
		expect(msg).toMatchObject({
			kind: 'response',
			version: 'HTTP/1.1',
			status: 101,
			reason: 'Switching Protocols'
		});
		const status = msg.fields[0]?.children?.find((f) => f.id === 'response_status');
		expect(status).toMatchObject({ bitOffset: 9 * 8, bitLength: 3 * 8, value: 101 });
	});

	it('accepts bare LF line endings, with a warning', () => {
		const result = checkHandshakeInput(http(REQUEST, '\n'));
		expect(result.request?.headers).toHaveLength(6);
		expect(result.verdict.status).toBe(101);
		expect(result.diagnostics.filter((d) => d.code === 'handshake_bare_lf')).toHaveLength(1);
	});

	it('matches header names in any case and trims optional whitespace around values', () => {
		const [start, ...headers] = REQUEST;
		const odd = headers.map((l) => {
			const [name, value] = l.split(/:\s*/, 2) as [string, string];
			return `${name.toUpperCase()}:\t  ${value} \t`;
		});
		const lines = [start!, ...odd];
		const result = checkHandshakeInput(http(lines));
		expect(result.verdict.status).toBe(101);
		expect(result.request?.headers.find((h) => h.key === 'sec-websocket-key')?.value).toBe(
			'dGhlIHNhbXBsZSBub25jZQ=='
		);
	});

	it('keeps repeated headers apart and reads list headers as one list', () => {
		const lines = [
			...REQUEST,
			'Sec-WebSocket-Protocol: chat',
			'Sec-WebSocket-Protocol: superchat, chat'
		];
		const result = checkHandshakeInput(http(lines));
		expect(result.request?.headers.filter((h) => h.key === 'sec-websocket-protocol')).toHaveLength(
			2
		);
		// chat is offered twice across the two lines.
		expect(result.diagnostics.map((d) => d.code)).toContain('handshake_subprotocol_duplicate');
		const ids = result.request?.fields.map((f) => f.id);
		expect(ids).toContain('request_header_sec_websocket_protocol_2');
	});

	it('rejects obsolete line folding in a request (400) and unfolds it in a response', () => {
		const folded = [
			...REQUEST.slice(0, 3),
			'Connection: keep-alive,',
			'  Upgrade',
			...REQUEST.slice(4)
		];
		const request = checkHandshakeInput(http(folded));
		expect(request.diagnostics.map((d) => d.code)).toContain('handshake_obs_fold');
		expect(request.verdict.status).toBe(400);
		expect(request.request?.headers.find((h) => h.key === 'connection')?.value).toBe(
			'keep-alive, Upgrade'
		);
		const response = checkHandshake(
			http(REQUEST),
			http([...RESPONSE.slice(0, 2), 'Connection:', ' Upgrade', RESPONSE[3]!])
		);
		expect(response.diagnostics.map((d) => d.code)).toContain('handshake_obs_fold_unfolded');
		expect(response.verdict.clientAccepts).toBe(true);
	});

	it('rejects whitespace before the colon and lines without a colon', () => {
		expect(codesOf(http([...REQUEST, 'X-Thing : 1']))).toContain('handshake_header_malformed');
		expect(codesOf(http([...REQUEST, 'no colon here']))).toContain('handshake_header_malformed');
		expect(codesOf(http([...REQUEST, 'X-Bad: a\rb']))).toContain('handshake_header_malformed');
	});

	it('skips empty lines before the start line', () => {
		const msg = parse(`\r\n\r\n${http(REQUEST)}`);
		expect(msg.offset).toBe(4);
		expect(msg.fields[0]?.bitOffset).toBe(32);
	});

	it('reports headers that never end with an empty line', () => {
		const result = checkHandshakeInput(REQUEST.join('\r\n'));
		expect(result.request?.complete).toBe(false);
		expect(result.diagnostics.map((d) => d.code)).toContain('handshake_head_incomplete');
		expect(result.request?.headers).toHaveLength(6);
	});

	it('returns undefined for text that is not HTTP', () => {
		expect(parseHttpMessage('hello world')).toBeUndefined();
		expect(parseHttpMessage('')).toBeUndefined();
		expect(checkHandshakeInput('81 05 48 65 6c 6c 6f').diagnostics.map((d) => d.code)).toEqual([
			'handshake_not_http',
			'handshake_not_http'
		]);
	});

	it('names an unreadable start line', () => {
		expect(codesOf('GET  /  HTTP/1.1\r\n\r\n')).toContain('handshake_start_line_invalid');
		expect(codesOf('HTTP/1.1 1O1 Switching\r\n\r\n')).toContain('handshake_start_line_invalid');
	});
});

describe('parseHandshake: a request, then a response, then frames', () => {
	const request = http(REQUEST);
	const response = http(RESPONSE);
	const frame = Uint8Array.from([0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f]);
	const bytes = new Uint8Array([...new TextEncoder().encode(request + response), ...frame]);

	it('splits the two messages, with offsets in the whole input', () => {
		const parsed = parseHandshake(bytes);
		expect(parsed.request?.offset).toBe(0);
		expect(parsed.response?.offset).toBe(request.length);
		expect(parsed.response?.fields[0]?.bitOffset).toBe(request.length * 8);
	});

	it('hands what follows the response to the frame decoder as bytes, with their offset', () => {
		const { rest } = parseHandshake(bytes);
		expect(rest?.offset).toBe(request.length + response.length);
		expect(rest?.after).toBe('response');
		expect([...(rest?.bytes ?? [])]).toEqual([...frame]);
	});

	it('warns when data follows a request before any response', () => {
		const result = checkHandshakeInput(`${request}early`);
		expect(result.rest?.after).toBe('request');
		expect(result.diagnostics.map((d) => d.code)).toContain('handshake_data_before_response');
	});

	it('reads a response alone', () => {
		const result = checkHandshakeInput(response);
		expect(result.request).toBeUndefined();
		expect(result.verdict).toEqual({ ok: true, status: null, clientAccepts: true });
		expect(result.diagnostics.map((d) => d.code)).toContain('handshake_accept_unchecked');
	});
});
