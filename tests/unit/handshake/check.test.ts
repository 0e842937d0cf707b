// Each rule of RFC 6455 §4.1 / §4.2.1 / §4.2.2 on a request or response that breaks only it.
import { describe, expect, it } from 'vitest';
import {
	acceptFor,
	checkHandshake,
	type HandshakeResult
} from '../../../src/lib/protocol/index.ts';

const KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const BASE_REQUEST: Record<string, string> = {
	Host: 'example.com',
	Upgrade: 'websocket',
	Connection: 'Upgrade',
	'Sec-WebSocket-Key': KEY,
	'Sec-WebSocket-Version': '13',
	Origin: 'https://example.com'
};
const BASE_RESPONSE: Record<string, string> = {
	Upgrade: 'websocket',
	Connection: 'Upgrade',
	'Sec-WebSocket-Accept': acceptFor(KEY)
};

type Headers = Record<string, string | null | string[]>;

/** Base headers with some replaced, removed (null) or repeated (an array). */
function text(start: string, base: Record<string, string>, changes: Headers = {}): string {
	const all: Headers = { ...base, ...changes };
	const lines = Object.entries(all).flatMap(([name, v]) =>
		v === null ? [] : (Array.isArray(v) ? v : [v]).map((x) => `${name}: ${x}`)
	);
	return [start, ...lines, '', ''].join('\r\n');
}

const request = (changes?: Headers, start = 'GET /chat HTTP/1.1'): string =>
	text(start, BASE_REQUEST, changes);
const response = (changes?: Headers, start = 'HTTP/1.1 101 Switching Protocols'): string =>
	text(start, BASE_RESPONSE, changes);

const codes = (r: HandshakeResult, side: 'request' | 'response'): string[] =>
	r.diagnostics.filter((d) => d.side === side).map((d) => d.code);

describe('the request, as a strict server reads it (RFC 6455 §4.2.1)', () => {
	it('answers 101 to a valid request, with no diagnostics', () => {
		const r = checkHandshake(request());
		expect(r.verdict).toMatchObject({ ok: true, status: 101, clientAccepts: null });
		expect(r.diagnostics).toEqual([]);
	});

	it.each([
		['POST', 'POST /chat HTTP/1.1', {}, 'handshake_method_not_get', 405],
		['HTTP/1.0', 'GET /chat HTTP/1.0', {}, 'handshake_http_version', 400],
		['a fragment in the target', 'GET /chat#x HTTP/1.1', {}, 'handshake_target_invalid', 400],
		['no Host', undefined, { Host: null }, 'handshake_host_missing', 400],
		['two Host headers', undefined, { Host: ['a', 'b'] }, 'handshake_host_repeated', 400],
		['no Upgrade', undefined, { Upgrade: null }, 'handshake_upgrade_missing', 400],
		['Upgrade: h2c', undefined, { Upgrade: 'h2c' }, 'handshake_upgrade_not_websocket', 400],
		[
			'Connection: keep-alive',
			undefined,
			{ Connection: 'keep-alive' },
			'handshake_connection_missing_upgrade',
			400
		],
		['no key', undefined, { 'Sec-WebSocket-Key': null }, 'handshake_key_missing', 400],
		[
			'a 15-byte key',
			undefined,
			{ 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25j' },
			'handshake_key_invalid',
			400
		],
		['no version', undefined, { 'Sec-WebSocket-Version': null }, 'handshake_version_missing', 400],
		[
			'version 8',
			undefined,
			{ 'Sec-WebSocket-Version': '8' },
			'handshake_version_unsupported',
			426
		],
		[
			'two versions',
			undefined,
			{ 'Sec-WebSocket-Version': ['13', '13'] },
			'handshake_header_repeated',
			400
		],
		[
			'a subprotocol with a space',
			undefined,
			{ 'Sec-WebSocket-Protocol': 'a b' },
			'handshake_subprotocol_invalid',
			400
		],
		[
			'a subprotocol twice',
			undefined,
			{ 'Sec-WebSocket-Protocol': 'chat, chat' },
			'handshake_subprotocol_duplicate',
			400
		]
	] as const)('answers %s with its error and status', (_, start, changes, code, status) => {
		const r = checkHandshake(request(changes as Headers, start));
		expect(r.verdict.status).toBe(status);
		expect(r.verdict.ok).toBe(false);
		expect(r.verdict.serverError?.code).toBe(code);
		expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([code]);
	});

	it('points a diagnostic at the offending bytes, and gives no close code', () => {
		const text = request({ 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25j' });
		const d = checkHandshake(text).diagnostics.find((x) => x.code === 'handshake_key_invalid');
		expect(d).toMatchObject({
			bitOffset: text.indexOf('dGhlIHNhbXBsZSBub25j') * 8,
			bitLength: 20 * 8,
			side: 'request'
		});
		expect(d).not.toHaveProperty('closeCode');
	});

	it('accepts Connection and Upgrade lists holding the token, any case', () => {
		const r = checkHandshake(request({ Connection: 'keep-alive, UPGRADE', Upgrade: 'WebSocket' }));
		expect(r.verdict.status).toBe(101);
		const several = checkHandshake(request({ Upgrade: 'websocket, foo/2' }));
		expect(several.verdict.status).toBe(101);
		expect(codes(several, 'request')).toEqual(['handshake_upgrade_several', 'handshake_peer_note']);
	});

	it('accepts an absolute http(s) request target (RFC 6455 §4.1 item 3)', () => {
		expect(
			checkHandshake(request({}, 'GET https://example.com/chat?x=1 HTTP/1.1')).verdict.status
		).toBe(101);
	});

	it('explains a missing Origin without failing the request', () => {
		const r = checkHandshake(request({ Origin: null }));
		expect(r.verdict).toMatchObject({ ok: true, status: 101 });
		expect(r.diagnostics).toMatchObject([{ code: 'handshake_origin_missing', severity: 'info' }]);
	});

	it('adds what ws does beside the RFC reading', () => {
		const r = checkHandshake(request({ 'Sec-WebSocket-Version': '8' }));
		const note = r.diagnostics.find((d) => d.code === 'handshake_peer_note');
		expect(note?.params.note).toBe('version_unsupported_request');
	});
});

describe('the response, as a strict client reads it (RFC 6455 §4.1)', () => {
	const check = (res: string, req: Headers = {}): HandshakeResult =>
		checkHandshake(request(req), res);

	it('accepts the 101 for its key', () => {
		const r = check(response());
		expect(r.verdict).toMatchObject({ ok: true, status: 101, clientAccepts: true });
		expect(r.accept).toMatchObject({ key: KEY, received: acceptFor(KEY), matches: true });
	});

	it.each([
		['a 426', response({}, 'HTTP/1.1 426 Upgrade Required'), {}, 'handshake_status_not_101'],
		['no Upgrade', response({ Upgrade: null }), {}, 'handshake_upgrade_missing'],
		[
			'Upgrade: websocket, h2c',
			response({ Upgrade: 'websocket, h2c' }),
			{},
			'handshake_upgrade_not_websocket'
		],
		['no Connection', response({ Connection: null }), {}, 'handshake_connection_missing_upgrade'],
		['no accept', response({ 'Sec-WebSocket-Accept': null }), {}, 'handshake_accept_missing'],
		[
			'a wrong accept',
			response({ 'Sec-WebSocket-Accept': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }),
			{},
			'handshake_accept_mismatch'
		],
		[
			'two accepts',
			response({ 'Sec-WebSocket-Accept': [acceptFor(KEY), acceptFor(KEY)] }),
			{},
			'handshake_header_repeated'
		],
		[
			'a subprotocol never offered',
			response({ 'Sec-WebSocket-Protocol': 'chat' }),
			{},
			'handshake_subprotocol_not_offered'
		],
		[
			'another subprotocol',
			response({ 'Sec-WebSocket-Protocol': 'mqtt' }),
			{ 'Sec-WebSocket-Protocol': 'chat' },
			'handshake_subprotocol_not_offered'
		],
		[
			'two subprotocols',
			response({ 'Sec-WebSocket-Protocol': 'chat, mqtt' }),
			{ 'Sec-WebSocket-Protocol': 'chat, mqtt' },
			'handshake_subprotocol_multiple'
		],
		[
			'an extension never offered',
			response({ 'Sec-WebSocket-Extensions': 'permessage-deflate' }),
			{},
			'handshake_extension_not_offered'
		],
		[
			'a window of 16 bits',
			response({ 'Sec-WebSocket-Extensions': 'permessage-deflate; server_max_window_bits=16' }),
			{ 'Sec-WebSocket-Extensions': 'permessage-deflate' },
			'handshake_extension_param_invalid'
		],
		[
			'client_max_window_bits not offered',
			response({ 'Sec-WebSocket-Extensions': 'permessage-deflate; client_max_window_bits=10' }),
			{ 'Sec-WebSocket-Extensions': 'permessage-deflate' },
			'handshake_extension_client_window_not_offered'
		],
		[
			'server_no_context_takeover dropped',
			response({ 'Sec-WebSocket-Extensions': 'permessage-deflate' }),
			{ 'Sec-WebSocket-Extensions': 'permessage-deflate; server_no_context_takeover' },
			'handshake_extension_takeover_dropped'
		],
		[
			'an unknown parameter',
			response({ 'Sec-WebSocket-Extensions': 'permessage-deflate; foo' }),
			{ 'Sec-WebSocket-Extensions': 'permessage-deflate' },
			'handshake_extension_param_unknown'
		]
	] as const)('fails %s', (_, res, req, code) => {
		const r = check(res, req as Headers);
		expect(r.verdict).toMatchObject({ ok: false, status: 101, clientAccepts: false });
		expect(r.verdict.clientError?.code).toBe(code);
		expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([code]);
	});

	it('names the mistake behind a wrong accept, at the accept value', () => {
		const lowercaseGuid = acceptFor(KEY, '258eafa5-e914-47da-95ca-c5ab0dc85b11');
		const wrong = response({ 'Sec-WebSocket-Accept': lowercaseGuid });
		const r = check(wrong);
		expect(r.accept?.mistakes.map((m) => m.id)).toEqual(['guid_lowercase']);
		const mistake = r.diagnostics.find((d) => d.code === 'handshake_accept_mistake');
		// Given apart, the response's offsets count within its own text.
		expect(mistake).toMatchObject({
			bitOffset: wrong.indexOf(lowercaseGuid) * 8,
			bitLength: 28 * 8
		});
	});

	it('allows a server to choose no subprotocol, and says what ws and browsers do', () => {
		const r = check(response(), { 'Sec-WebSocket-Protocol': 'chat' });
		expect(r.verdict.clientAccepts).toBe(true);
		expect(codes(r, 'response')).toEqual([
			'handshake_subprotocol_none_chosen',
			'handshake_peer_note'
		]);
	});

	it('does not check a 302 further than its status, and tells where it points', () => {
		const r = check('HTTP/1.1 302 Found\r\nLocation: ws://elsewhere/\r\n\r\n');
		expect(codes(r, 'response')).toEqual([
			'handshake_status_not_101',
			'handshake_status_redirect',
			'handshake_peer_note'
		]);
	});

	it('says when a server answered 101 to a request a strict server refuses', () => {
		const r = checkHandshake(request({ Host: null }), response());
		expect(r.verdict).toMatchObject({ status: 400, clientAccepts: true, ok: false });
		expect(codes(r, 'response')).toContain('handshake_server_lenient');
	});

	it('without the request, checks what it can and says what it cannot', () => {
		const r = checkHandshake(undefined, response({ 'Sec-WebSocket-Protocol': 'chat' }));
		expect(r.verdict).toEqual({ ok: true, status: null, clientAccepts: true });
		expect(r.accept).toBeUndefined();
		expect(codes(r, 'response')).toEqual(['handshake_accept_unchecked']);
	});
});
