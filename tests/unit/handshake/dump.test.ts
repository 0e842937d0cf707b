import { describe, expect, it } from 'vitest';
import { handshakeFromDump } from '$lib/protocol/handshake/dump.ts';
import { wireshark, xxd } from '../input/generators.ts';

const REQUEST =
	'GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
const RESPONSE =
	'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('handshakeFromDump', () => {
	it('reads a Wireshark hex dump of request and response as the two texts', () => {
		const found = handshakeFromDump(wireshark(bytes(REQUEST + RESPONSE)));
		expect(found).toEqual({
			request: REQUEST,
			response: RESPONSE,
			format: 'wireshark',
			bytes: REQUEST.length + RESPONSE.length
		});
	});

	it('reads an xxd dump of a response alone', () => {
		expect(handshakeFromDump(xxd(bytes(RESPONSE)))).toMatchObject({ response: RESPONSE });
	});

	it('leaves HTTP text, empty text and dumps of other bytes alone', () => {
		expect(handshakeFromDump(REQUEST)).toBeNull();
		expect(handshakeFromDump('  ')).toBeNull();
		expect(handshakeFromDump('81 05 48 65 6c 6c 6f')).toBeNull();
	});
});
