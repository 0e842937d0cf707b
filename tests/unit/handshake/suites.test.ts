// What other implementations' test suites found (issue 12): input that is not HTTP, list headers
// with no element, and a response that accepts one extension twice.
import { describe, expect, it } from 'vitest';
import { checkHandshake, checkHandshakeInput } from '$lib/protocol/index.ts';

const KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const REQUEST = [
	'GET /chat HTTP/1.1',
	'Host: example.com',
	'Upgrade: websocket',
	'Connection: Upgrade',
	`Sec-WebSocket-Key: ${KEY}`,
	'Sec-WebSocket-Version: 13',
	'Origin: https://example.com'
];
const head = (lines: readonly string[], ...more: string[]): string =>
	[...lines, ...more, '', ''].join('\r\n');
const sided = (r: ReturnType<typeof checkHandshake>) =>
	r.diagnostics.map((d) => [d.side, d.code, d.params.start_line]);

describe('input that is not HTTP where a handshake is expected (RFC 6455 §4.1, §4.2.1)', () => {
	it('answers junk given as the request 400', () => {
		const r = checkHandshake('hello there\r\n\r\n');
		expect(r.verdict).toMatchObject({ ok: false, status: 400, clientAccepts: null });
		expect(sided(r)).toEqual([['request', 'handshake_not_http', 'request_line']]);
	});

	it('fails the connection on junk given as the response', () => {
		const r = checkHandshake(head(REQUEST), '\x00\x01 not a status line\r\n\r\n');
		expect(r.verdict).toMatchObject({ ok: false, status: 101, clientAccepts: false });
		expect(r.verdict.clientError?.code).toBe('handshake_not_http');
		expect(sided(r)).toEqual([['response', 'handshake_not_http', 'status_line']]);
	});

	it('reads junk given alone both ways: a strict server answers 400, a strict client fails', () => {
		for (const junk of ['81 05 48 65 6c 6c 6f', '', '\r\n\r\n', 'SSH-2.0-OpenSSH_9.6\r\n']) {
			const r = checkHandshakeInput(junk);
			expect(r.verdict).toMatchObject({ ok: false, status: 400, clientAccepts: false });
			expect(sided(r)).toEqual([
				['request', 'handshake_not_http', 'request_line'],
				['response', 'handshake_not_http', 'status_line']
			]);
		}
	});
});
