import { describe, expect, it } from 'vitest';
import { decode } from '$lib/protocol/index.ts';
import { readStreamHead } from '$lib/protocol/stream-head.ts';
import { fromHex } from '../helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) out.set(p, (at += p.length) - p.length);
	return out;
};

const RESPONSE =
	'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n' +
	'Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\r\n' +
	'Sec-WebSocket-Protocol: chat\r\n\r\n';
const REQUEST =
	'GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
	'Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n';

describe('readStreamHead', () => {
	it('reads a 101 at the start: its length, and the extensions and subprotocol it negotiated', () => {
		// RFC 7692 §7.2.3.2: "Hello" compressed, from the server.
		const bytes = join(enc(RESPONSE), fromHex('c1 07 f2 48 cd c9 c9 07 00'));
		const head = readStreamHead(bytes)!;
		expect(head).toMatchObject({
			kind: 'response',
			length: RESPONSE.length,
			extensions: 'permessage-deflate; server_no_context_takeover',
			protocol: 'chat'
		});
		expect(head.text).toBe(RESPONSE);
		const frames = decode(bytes.subarray(head.length), {
			from: 'server',
			extensions: head.extensions
		});
		expect(frames.messages.map((m) => m.text)).toEqual(['Hello']);
		expect(frames.verdict.ok).toBe(true);
	});

	it('a request only offers: no negotiated extensions', () => {
		const head = readStreamHead(join(enc(REQUEST), fromHex('81 80 00 00 00 00')))!;
		expect(head).toMatchObject({ kind: 'request', length: REQUEST.length, extensions: '' });
	});

	it('frames, an unfinished head, and a refusal negotiate nothing', () => {
		expect(readStreamHead(fromHex('81 05 48 65 6c 6c 6f'))).toBeNull();
		expect(readStreamHead(enc('HTTP/1.1 101 Switching'))).toBeNull();
		const refused = readStreamHead(
			enc('HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Extensions: x\r\n\r\n')
		);
		expect(refused).toMatchObject({ kind: 'response', extensions: '' });
	});
});
