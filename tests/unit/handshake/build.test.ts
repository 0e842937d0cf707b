import { describe, expect, it } from 'vitest';
import { acceptFor, buildHandshake, keyProblem } from '$lib/protocol/index.ts';
import { built, expectClean } from './built.ts';

describe('buildHandshake', () => {
	it('builds a request and the matching 101 that validate clean', () => {
		const b = built({
			url: 'wss://example.com/chat?room=1',
			protocols: ['chat', 'superchat'],
			extensions: 'permessage-deflate; client_max_window_bits',
			origin: 'https://example.com',
			cookies: 'sid=1',
			key: 'dGhlIHNhbXBsZSBub25jZQ=='
		});
		expect(b.request).toMatch(/^GET \/chat\?room=1 HTTP\/1\.1\r\nHost: example\.com\r\n/);
		expect(b.request.endsWith('\r\n\r\n')).toBe(true);
		expect(b.response).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n');
		expect(b.response).toContain('Sec-WebSocket-Protocol: chat\r\n');
		expect(b.response).toContain('Sec-WebSocket-Extensions: permessage-deflate\r\n');
		expectClean(b);
	});

	it.each([
		['ws://example.com/', 'example.com', 80],
		['ws://example.com:80/', 'example.com', 80],
		['ws://example.com:8080/', 'example.com:8080', 8080],
		['wss://example.com/', 'example.com', 443],
		['wss://example.com:443/', 'example.com', 443],
		['wss://example.com:80/', 'example.com:80', 80],
		['ws://[::1]:9000', '[::1]:9000', 9000]
	])('writes Host for %s as %s (default ports: ws 80, wss 443)', (url, host, port) => {
		const b = built({ url });
		expect(b.request).toContain(`\r\nHost: ${host}\r\n`);
		expect(b.url.port).toBe(port);
		expectClean(b);
	});

	it('uses / for an empty path and keeps the query', () => {
		expect(built({ url: 'ws://h' }).request).toMatch(/^GET \/ HTTP\/1\.1/);
		expect(built({ url: 'ws://h?a=1&b' }).request).toMatch(/^GET \/\?a=1&b HTTP\/1\.1/);
	});

	it('picks a fresh random key each time', () => {
		const a = built({ url: 'ws://h/' });
		const b = built({ url: 'ws://h/' });
		expect(keyProblem(a.key)).toBeUndefined();
		expect(a.key).not.toBe(b.key);
		expect(a.accept.base64).toBe(acceptFor(a.key));
	});

	it('leaves out an extension it cannot accept, and still validates clean', () => {
		const b = built({ url: 'ws://h/', extensions: 'x-webkit-deflate-frame' });
		expect(b.response).not.toContain('Sec-WebSocket-Extensions');
		expectClean(b);
	});

	it.each([
		[{ url: 'ws://h/#top' }, 'url', 'url_fragment', {}],
		[{ url: 'http://h/' }, 'url', 'url_scheme', { scheme: 'http' }],
		[{ url: 'not a url' }, 'url', 'url_not_absolute', { token: '"not a url"' }],
		[
			{ url: 'ws://h/', protocols: ['a b'] },
			'protocols',
			'subprotocol_not_token',
			{ token: '"a b"' }
		],
		[
			{ url: 'ws://h/', protocols: ['chat', 'chat'] },
			'protocols',
			'subprotocol_twice',
			{ token: '"chat"' }
		],
		[
			{ url: 'ws://h/', key: 'dGhlIHNhbXBsZSBub25jZTE=' },
			'key',
			'key_invalid',
			{ problem: 'key_byte_count', bytes: 17 }
		],
		[{ url: 'ws://h/', origin: 'https://a\r\nX-Evil: 1' }, 'origin', 'line_break', {}]
	] as const)('refuses %j', (options, field, code, params) => {
		const result = buildHandshake(options);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toContainEqual({ field, code, params, message: expect.any(String) });
	});
});

describe('the snippets', () => {
	const b = built({
		url: 'wss://example.com/live?x=1',
		protocols: ['chat', 'superchat'],
		origin: 'https://example.com',
		key: 'dGhlIHNhbXBsZSBub25jZQ=='
	});

	it('curl: HTTP/1.1, headers shown, no buffering, every header of the request but Host', () => {
		expect(b.curl).toContain('curl --http1.1 -i -N');
		for (const h of ['Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Version: 13']) {
			expect(b.curl).toContain(`-H '${h}'`);
		}
		expect(b.curl).toContain("-H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='");
		expect(b.curl).toContain("'https://example.com/live?x=1'");
	});

	it('browser JavaScript: the constructor with the subprotocols, and the four handlers', () => {
		expect(b.browserJs).toContain(
			"new WebSocket('wss://example.com/live?x=1', ['chat', 'superchat'])"
		);
		for (const on of ['onopen', 'onmessage', 'onerror', 'onclose']) {
			expect(b.browserJs).toContain(`socket.${on} =`);
		}
		expect(built({ url: 'ws://h/', protocols: ['chat'] }).browserJs).toContain(
			"new WebSocket('ws://h/', 'chat')"
		);
	});

	it('nginx: HTTP/1.1 upstream, Upgrade and Connection set again, and why', () => {
		expect(b.nginx).toContain('location /live {');
		expect(b.nginx).toContain('proxy_http_version 1.1;');
		expect(b.nginx).toContain('proxy_set_header Upgrade $http_upgrade;');
		expect(b.nginx).toContain('proxy_set_header Connection "upgrade";');
		expect(b.nginx).toContain('proxy_read_timeout');
		expect(b.nginx).toMatch(/hop-by-hop/);
	});
});
