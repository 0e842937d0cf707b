// What other implementations' test suites found (issue 12): input that is not HTTP, list headers
// with no element, and a response that accepts one extension twice.
import { describe, expect, it } from 'vitest';
import { acceptFor, checkHandshake, checkHandshakeInput } from '$lib/protocol/index.ts';

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
const RESPONSE = [
	'HTTP/1.1 101 Switching Protocols',
	'Upgrade: websocket',
	'Connection: Upgrade',
	`Sec-WebSocket-Accept: ${acceptFor(KEY)}`
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

describe('a response accepting extensions that conflict on an RSV bit (RFC 7692 §5, RFC 6455 §9.1)', () => {
	const offer =
		'Sec-WebSocket-Extensions: permessage-deflate, permessage-deflate; server_no_context_takeover';
	it.each([
		['in one header', ['Sec-WebSocket-Extensions: permessage-deflate, permessage-deflate']],
		[
			'in two headers',
			[
				'Sec-WebSocket-Extensions: permessage-deflate',
				'Sec-WebSocket-Extensions: Permessage-Deflate'
			]
		]
	])('fails permessage-deflate accepted twice %s', (_, accepted) => {
		const r = checkHandshake(head(REQUEST, offer), head(RESPONSE, ...accepted));
		expect(r.verdict).toMatchObject({ ok: false, status: 101, clientAccepts: false });
		const conflict = r.diagnostics.find((d) => d.code === 'handshake_extension_rsv_conflict');
		expect(conflict).toMatchObject({ side: 'response', severity: 'error' });
		expect(conflict?.params).toMatchObject({ other: 'permessage-deflate', bit: 1 });
		expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
		// It points at the second element, not the first.
		const text = head(RESPONSE, ...accepted);
		const second = text.lastIndexOf('ermessage-') - 1;
		expect(conflict?.bitOffset).toBe(second * 8);
	});

	it('accepts permessage-deflate once', () => {
		const r = checkHandshake(
			head(REQUEST, offer),
			head(RESPONSE, 'Sec-WebSocket-Extensions: permessage-deflate')
		);
		expect(r.verdict).toMatchObject({ ok: true, status: 101, clientAccepts: true });
	});
});

describe('list headers with no element (RFC 9110 §5.6.1 1#element, RFC 6455 §4.3)', () => {
	const empties = ['', ',', ' , ', ',,'];
	const lists = ['Sec-WebSocket-Protocol', 'Sec-WebSocket-Extensions'];
	const listEmpty = (r: ReturnType<typeof checkHandshake>) =>
		r.diagnostics.filter((d) => d.code === 'handshake_list_empty');

	it.each(lists.flatMap((name) => empties.map((v) => [name, v])))(
		'a strict server answers 400 to a request with %s: "%s"',
		(name, value) => {
			const r = checkHandshake(head(REQUEST, `${name}: ${value}`));
			expect(r.verdict).toMatchObject({ ok: false, status: 400 });
			expect(r.verdict.serverError?.code).toBe('handshake_list_empty');
			expect(listEmpty(r).map((d) => [d.side, d.params.name, d.params.commas])).toEqual([
				['request', name, value.split(',').length - 1]
			]);
		}
	);

	it.each(lists.flatMap((name) => empties.map((v) => [name, v])))(
		'a strict client fails a response with %s: "%s"',
		(name, value) => {
			const r = checkHandshake(head(REQUEST), head(RESPONSE, `${name}: ${value}`));
			expect(r.verdict).toMatchObject({ ok: false, status: 101, clientAccepts: false });
			expect(r.verdict.clientError?.code).toBe('handshake_list_empty');
			expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
		}
	);

	it('ignores empty elements beside a real one, as RFC 9110 §5.6.1 asks', () => {
		const r = checkHandshake(
			head(
				REQUEST,
				'Sec-WebSocket-Protocol: , chat,',
				'Sec-WebSocket-Extensions: permessage-deflate, ,'
			),
			head(
				RESPONSE,
				'Sec-WebSocket-Protocol: chat',
				'Sec-WebSocket-Extensions: , permessage-deflate'
			)
		);
		expect(r.verdict).toMatchObject({ ok: true, status: 101, clientAccepts: true });
	});

	it.each([
		['Connection', 'handshake_connection_missing_upgrade'],
		['Upgrade', 'handshake_upgrade_not_websocket']
	])('an empty %s already misses its token', (name, code) => {
		const req = REQUEST.map((l) => (l.startsWith(`${name}:`) ? `${name}: , ` : l));
		const r = checkHandshake(head(req));
		expect(r.verdict).toMatchObject({ ok: false, status: 400 });
		expect(r.verdict.serverError?.code).toBe(code);
	});
});
