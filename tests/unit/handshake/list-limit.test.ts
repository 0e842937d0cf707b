// The list-length limit (MAX_LIST_ELEMENTS): a list header longer than wsviz reads is one
// handshake_list_too_long (431 from a strict server, RFC 6585 §5), and its elements past the limit
// are not examined one by one.
import { describe, expect, it } from 'vitest';
import { acceptFor, checkHandshake } from '$lib/protocol/index.ts';
import { MAX_LIST_ELEMENTS } from '$lib/protocol/handshake/lists.ts';

const KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

function request(...protocols: string[]): string {
	const head = [
		'GET /chat HTTP/1.1',
		'Host: example.com',
		'Upgrade: websocket',
		'Connection: Upgrade',
		`Sec-WebSocket-Key: ${KEY}`,
		'Sec-WebSocket-Version: 13',
		'Origin: https://example.com'
	];
	return [...head, ...protocols.map((p) => `Sec-WebSocket-Protocol: ${p}`), '', ''].join('\r\n');
}

/** `count` distinct tokens p0, p1, ... from `from` on. */
const tokens = (count: number, from = 0): string[] =>
	Array.from({ length: count }, (_, i) => `p${from + i}`);

const codes = (r: ReturnType<typeof checkHandshake>): string[] => r.diagnostics.map((d) => d.code);

describe('the list-length limit', () => {
	it('is 1024 elements, and a list of exactly that many is read in full', () => {
		expect(MAX_LIST_ELEMENTS).toBe(1024);
		const r = checkHandshake(request(tokens(1024).join(', ')));
		expect(codes(r)).toEqual([]);
		expect(r.verdict.status).toBe(101);
	});

	it('reports one element more as handshake_list_too_long at the value, with 431', () => {
		const value = tokens(1025).join(', ');
		const text = request(value);
		const r = checkHandshake(text);
		expect(codes(r)).toEqual(['handshake_list_too_long']);
		const d = r.diagnostics[0]!;
		expect(d.side).toBe('request');
		expect(d.severity).toBe('error');
		expect(d.params).toEqual({ name: 'Sec-WebSocket-Protocol', limit: 1024 });
		expect(d.bitOffset).toBe(text.indexOf('p0, p1') * 8);
		expect(r.verdict.status).toBe(431);
	});

	it('does not examine the elements past the limit (a duplicate there is not found)', () => {
		const list = [...tokens(1100), 'p0', 'not a token'].join(', ');
		expect(codes(checkHandshake(request(list)))).toEqual(['handshake_list_too_long']);
		const early = [...tokens(3), 'p0', ...tokens(1100, 3)].join(', ');
		expect(codes(checkHandshake(request(early)))).toEqual([
			'handshake_list_too_long',
			'handshake_subprotocol_duplicate'
		]);
	});

	it('counts repeated headers together and points at the one that passes the limit', () => {
		const text = request(tokens(600).join(', '), tokens(600, 600).join(', '));
		const r = checkHandshake(text);
		expect(codes(r)).toEqual(['handshake_list_too_long']);
		expect(r.diagnostics[0]!.bitOffset).toBe(text.indexOf('p600') * 8);
	});

	it('keeps 100k tokens to one finding', () => {
		const r = checkHandshake(request(tokens(100_000).join(', ')));
		expect(codes(r)).toEqual(['handshake_list_too_long']);
		expect(r.verdict.status).toBe(431);
	});

	it('fails the response when its list is too long (a strict client, RFC 6455 §4.1)', () => {
		const response = [
			'HTTP/1.1 101 Switching Protocols',
			'Upgrade: websocket',
			`Connection: ${['Upgrade', ...tokens(1100)].join(', ')}`,
			`Sec-WebSocket-Accept: ${acceptFor(KEY)}`,
			'',
			''
		].join('\r\n');
		const r = checkHandshake(request(), response);
		expect(r.diagnostics.filter((d) => d.side === 'response').map((d) => d.code)).toEqual([
			'handshake_list_too_long'
		]);
		expect(r.verdict.clientAccepts).toBe(false);
	});
});

describe('a long header line', () => {
	it('is read one char per byte, 0x80–0x9F included (not as windows-1252)', () => {
		for (const high of [0xe9, 0x85]) {
			const value = [...Array(300).fill(0x61), high, 0x62];
			const bytes = Uint8Array.from([
				...new TextEncoder().encode(request().slice(0, -2)),
				...new TextEncoder().encode('X-Long: '),
				...value,
				13,
				10,
				13,
				10
			]);
			const header = checkHandshake(bytes).request!.headers.find((h) => h.key === 'x-long')!;
			expect([...header.value].map((c) => c.charCodeAt(0))).toEqual(value);
		}
	});
});
