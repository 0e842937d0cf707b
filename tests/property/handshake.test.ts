// Random header text never throws, reports only catalog codes, and every field and diagnostic stays
// inside the input (STYLE.md §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkHandshake,
	checkHandshakeInput,
	DIAGNOSTICS,
	type HandshakeResult
} from '$lib/protocol/index.ts';

import { allFields } from '../helpers.ts';

const START = fc.constantFrom(
	'GET / HTTP/1.1',
	'GET /chat?x=1 HTTP/1.0',
	'POST  /  HTTP/1.1',
	'HTTP/1.1 101 Switching Protocols',
	'HTTP/1.1 302 Found',
	'HTTP/1.1 1O1',
	'HTTP/',
	''
);
const NAMES = fc.constantFrom(
	'Host',
	'upgrade',
	'CONNECTION',
	'Sec-WebSocket-Key',
	'Sec-WebSocket-Version',
	'Sec-WebSocket-Accept',
	'Sec-WebSocket-Protocol',
	'Sec-WebSocket-Extensions',
	'Origin',
	'Location',
	'X-Other',
	' folded',
	'bad name',
	''
);
const VALUE = fc.oneof(
	fc.string({ maxLength: 30 }),
	fc.constantFrom(
		'websocket',
		'Upgrade, keep-alive',
		'dGhlIHNhbXBsZSBub25jZQ==',
		's3pPLMBiTxaQ9kYGzzhZRbK+xOo=',
		'13',
		'chat, chat',
		'permessage-deflate; client_max_window_bits; server_max_window_bits=7, x, "a,b"',
		'\r',
		'\u0000'
	)
);
const EOL = fc.constantFrom('\r\n', '\n', '\r', '');
const HEADER = fc.tuple(NAMES, fc.constantFrom(':', ' :', ''), VALUE, EOL).map((p) => p.join(''));
const MESSAGE = fc
	.tuple(START, EOL, fc.array(HEADER, { maxLength: 10 }), fc.constantFrom('\r\n', '\n', ''))
	.map(([start, eol, headers, end]) => `${start}${eol}${headers.join('')}${end}`);
const INPUT = fc.oneof(
	MESSAGE,
	fc.tuple(MESSAGE, MESSAGE, fc.string({ maxLength: 10 })).map((p) => p.join('')),
	fc.string({ maxLength: 200 })
);

function expectWithin(r: HandshakeResult, bytes: number): void {
	for (const d of r.diagnostics) {
		expect(Object.keys(DIAGNOSTICS)).toContain(d.code);
		expect(d.bitOffset).toBeGreaterThanOrEqual(0);
		expect(d.bitOffset + d.bitLength).toBeLessThanOrEqual(bytes * 8);
		expect(d).not.toHaveProperty('closeCode');
	}
	for (const m of [r.request, r.response]) {
		for (const f of allFields(m?.fields)) {
			expect(f.bitOffset).toBeGreaterThanOrEqual(0);
			expect(f.bitOffset + f.bitLength).toBeLessThanOrEqual(bytes * 8);
		}
	}
}

describe('handshake input from anywhere', () => {
	it('never throws, and reports only catalog codes inside the input', () => {
		fc.assert(
			fc.property(INPUT, (text) => {
				const r = checkHandshakeInput(text);
				expectWithin(r, new TextEncoder().encode(text).length);
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on random bytes, or on texts given apart', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), MESSAGE, MESSAGE, (bytes, a, b) => {
				expectWithin(checkHandshakeInput(bytes), bytes.length);
				const apart = checkHandshake(a, b);
				const longest = Math.max(...[a, b].map((t) => new TextEncoder().encode(t).length));
				expectWithin(apart, longest);
			}),
			{ numRuns: 300 }
		);
	});
});
