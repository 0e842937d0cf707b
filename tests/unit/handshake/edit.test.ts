// Editing a handshake's text at the parser's byte ranges (setHeaderValue, removeHeader), and what a
// strict peer says when a header is missing (missingHeaderEffect).
import { describe, expect, it } from 'vitest';
import {
	acceptFor,
	checkHandshake,
	missingHeaderEffect,
	removeHeader,
	setHeaderValue
} from '$lib/protocol/index.ts';

const KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const REQUEST = `GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${KEY}\r\nSec-WebSocket-Version: 13\r\nOrigin: http://example.com\r\n\r\n`;
const RESPONSE = `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptFor(KEY)}\r\n\r\n`;

describe('setHeaderValue', () => {
	it('replaces the value of the first header of that name, in any case', () => {
		const text = setHeaderValue(
			REQUEST,
			'request',
			'sec-websocket-key',
			'AAAAAAAAAAAAAAAAAAAAAA=='
		);
		expect(text).toBe(REQUEST.replace(KEY, 'AAAAAAAAAAAAAAAAAAAAAA=='));
	});

	it('keeps the whitespace around the value and non-ASCII text elsewhere', () => {
		const text = 'GET / HTTP/1.1\r\nX-Name: 한국어\r\nSec-WebSocket-Key:   old  \r\n\r\n';
		expect(setHeaderValue(text, 'request', 'Sec-WebSocket-Key', 'new')).toBe(
			'GET / HTTP/1.1\r\nX-Name: 한국어\r\nSec-WebSocket-Key:   new  \r\n\r\n'
		);
	});

	it('adds a missing header after the last one, with the message’s own line endings', () => {
		const lf = 'GET / HTTP/1.1\nHost: a\n\n';
		expect(setHeaderValue(lf, 'request', 'Sec-WebSocket-Key', KEY)).toBe(
			`GET / HTTP/1.1\nHost: a\nSec-WebSocket-Key: ${KEY}\n\n`
		);
		expect(setHeaderValue('GET / HTTP/1.1\r\nHost: a', 'request', 'Origin', 'o')).toBe(
			'GET / HTTP/1.1\r\nHost: a\r\nOrigin: o\r\n'
		);
	});

	it('drops line breaks, which would start another header (RFC 9112 §5)', () => {
		const text = setHeaderValue(REQUEST, 'request', 'Origin', 'x\r\nEvil: 1');
		expect(text).toContain('\r\nOrigin: xEvil: 1\r\n');
		expect(checkHandshake(text).request?.headers.some((h) => h.key === 'evil')).toBe(false);
	});

	it('edits the response of a text that holds both, and leaves other text alone', () => {
		const both = REQUEST + RESPONSE;
		expect(setHeaderValue(both, 'response', 'Upgrade', 'h2c')).toBe(
			REQUEST + RESPONSE.replace('Upgrade: websocket', 'Upgrade: h2c')
		);
		expect(setHeaderValue('not http', 'request', 'Host', 'a')).toBe('not http');
		expect(setHeaderValue(REQUEST, 'response', 'Host', 'a')).toBe(REQUEST);
	});
});

describe('removeHeader', () => {
	it('removes one header line with its line ending', () => {
		expect(removeHeader(REQUEST, 'request', 1)).toBe(REQUEST.replace('Upgrade: websocket\r\n', ''));
		expect(removeHeader('GET / HTTP/1.1\nHost: a\nOrigin: b', 'request', 1)).toBe(
			'GET / HTTP/1.1\nHost: a\n'
		);
	});

	it('leaves the text as it is for a header that is not there', () => {
		expect(removeHeader(REQUEST, 'request', 99)).toBe(REQUEST);
		expect(removeHeader(REQUEST, 'request', -1)).toBe(REQUEST);
	});
});

describe('missingHeaderEffect', () => {
	it('says a strict server answers 400 without Upgrade, and why', () => {
		const effect = missingHeaderEffect(REQUEST, RESPONSE, 'request', 1);
		expect(effect.result.verdict).toMatchObject({ ok: false, status: 400 });
		expect(effect.added.map((d) => d.code)).toContain('handshake_upgrade_missing');
	});

	it('says a strict client fails without Sec-WebSocket-Accept', () => {
		const effect = missingHeaderEffect(REQUEST, RESPONSE, 'response', 2);
		expect(effect.result.verdict).toMatchObject({ status: 101, clientAccepts: false });
		expect(effect.added.map((d) => d.code)).toEqual(['handshake_accept_missing']);
	});

	it('reports only an info without Origin: a non-browser client may leave it out', () => {
		const effect = missingHeaderEffect(REQUEST, RESPONSE, 'request', 5);
		expect(effect.result.verdict.ok).toBe(true);
		expect(effect.added.map((d) => [d.code, d.severity])).toEqual([
			['handshake_origin_missing', 'info']
		]);
	});

	it('finds nothing new without a header no rule reads', () => {
		const request = setHeaderValue(REQUEST, 'request', 'User-Agent', 'curl/8');
		const index = checkHandshake(request).request!.headers.findIndex((h) => h.key === 'user-agent');
		expect(missingHeaderEffect(request, RESPONSE, 'request', index).added).toEqual([]);
	});
});

describe('the checks that ran', () => {
	it('lists each rule of each side with what it found', () => {
		const r = checkHandshake(REQUEST.replace('Upgrade: websocket\r\n', ''), RESPONSE);
		const upgrade = r.checks.find((c) => c.side === 'request' && c.rule === 'upgrade')!;
		expect(upgrade.headers).toEqual(['upgrade']);
		expect(upgrade.found.map((d) => d.code)).toEqual(['handshake_upgrade_missing']);
		// The same objects as in the result's list, so a page can point from one to the other.
		expect(r.diagnostics).toContain(upgrade.found[0]);
		const passed = r.checks.filter((c) => c.found.length === 0).map((c) => `${c.side} ${c.rule}`);
		expect(passed).toContain('response accept');
		expect(passed).toContain('request key');
	});

	it('says which checks read the start line', () => {
		const r = checkHandshake(REQUEST, RESPONSE);
		const reads = (side: string) =>
			r.checks.filter((c) => c.side === side && c.startLine).map((c) => c.rule);
		expect(reads('request')).toEqual(['http_syntax', 'method', 'http_version', 'target']);
		expect(reads('response')).toEqual(['http_syntax', 'status', 'http_version']);
	});

	it('runs only the status check on a response that is not 101', () => {
		const r = checkHandshake(REQUEST, 'HTTP/1.1 403 Forbidden\r\n\r\n');
		expect(r.checks.filter((c) => c.side === 'response').map((c) => c.rule)).toEqual([
			'http_syntax',
			'status'
		]);
	});

	it('checks that a header appears once only where the RFC says so, per side', () => {
		const r = checkHandshake(REQUEST, RESPONSE);
		const once = (side: string) => r.checks.find((c) => c.side === side && c.rule === 'once');
		expect(once('request')?.headers).toEqual(['sec-websocket-key', 'sec-websocket-version']);
		expect(once('response')?.headers).toEqual(['sec-websocket-accept', 'sec-websocket-protocol']);
	});
});
