import type { HandshakeFacts } from '../../material/handshake.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'An HTTP request that asks to change protocols',
				paragraphs: [
					[
						'A WebSocket starts as an ordinary HTTP/1.1 GET. Two headers ask for the switch: ',
						c('Upgrade: websocket'),
						' and ',
						c('Connection: Upgrade'),
						'. ',
						c('Sec-WebSocket-Version: 13'),
						' names the protocol version, ',
						c('Host'),
						' and ',
						c('Origin'),
						' say where the request goes and which page opened it, and the optional ',
						c('Sec-WebSocket-Protocol'),
						' and ',
						c('Sec-WebSocket-Extensions'),
						' offer subprotocols and extensions.'
					],
					[
						'A server that agrees answers ',
						c('101 Switching Protocols'),
						', with the same Upgrade and Connection headers. From the empty line after that response on, the TCP connection carries frames, not HTTP. Any other status (400, 426 Upgrade Required, 403 …) means no WebSocket, and the browser reports a failed connection.'
					]
				]
			},
			{
				heading: 'Sec-WebSocket-Key and Sec-WebSocket-Accept',
				paragraphs: [
					[
						"The client sends 16 random bytes in base64, here the RFC's own ",
						c(f.key),
						'. The server appends the fixed GUID ',
						c(f.guid),
						', takes the SHA-1 of that text (',
						c(f.sha1),
						') and sends its base64 back: ',
						c(f.accept),
						'.'
					],
					[
						'This is not security: anyone can compute it. It proves that the server read the handshake as a WebSocket server (RFC 6455 §1.3), so that an HTTP server or cache that does not know WebSocket cannot accidentally answer "yes".'
					]
				]
			}
		],
		embed: [
			"RFC 6455's example handshake, and the accept computed from its key: type another key and the engine computes it again. The lab checks every header and shows the computation step by step."
		],
		lab: 'Edit the key or a header and see which rule breaks.',
		exercises: {
			accept_value: {
				prompt: [
					'A client sends Sec-WebSocket-Key: ',
					c(f.exerciseKey),
					'. Which Sec-WebSocket-Accept must the server send?'
				],
				explain: [
					"The accept is base64(SHA-1(key + GUID)) of this key. One of the others is the RFC example's value (for another key); the other is SHA-1 of the key alone, without the GUID."
				],
				hints: {
					accept_0: [
						'This is SHA-1 of the key alone, in base64: the GUID must be appended to the key before hashing (RFC 6455 §4.2.2).'
					],
					accept_2: [
						"This is the RFC example's accept, for its key dGhlIHNhbXBsZSBub25jZQ==: every key has its own accept."
					]
				}
			},
			accept_length: {
				prompt: ['Whatever the key, how many characters long is a Sec-WebSocket-Accept value?'],
				explain: [
					'SHA-1 gives 20 bytes; base64 writes every 3 bytes as 4 characters and pads the last group with =, so 20 bytes become ',
					c(f.acceptLength),
					' characters (RFC 6455 §4.2.2, RFC 4648 §4).'
				],
				hints: {
					sha1_bytes: [
						'20 is the number of bytes SHA-1 gives; the header carries them in base64, which is longer.'
					],
					sha1_hex: [
						'40 would be SHA-1 in hex; the accept is base64, 4 characters for every 3 bytes.'
					],
					key_length: [
						'24 is the length of the key (16 bytes in base64); the accept encodes the 20 bytes of a SHA-1.'
					],
					other: [
						'base64 turns every 3 bytes into 4 characters, padding the last group: start from the 20 bytes of SHA-1.'
					]
				}
			},
			echoed_key: {
				prompt: [
					'A server answers the RFC example request with this response, and the browser fails the connection. Which line is wrong?'
				],
				explain: [
					'The server echoed the key instead of sending base64(SHA-1(key + GUID)). A client must fail the connection when the accept is not that value (RFC 6455 §4.1, item 4 of the response checks).'
				],
				hints: {
					status_line: [
						'101 Switching Protocols is exactly the status a server that agrees sends (RFC 6455 §4.2.2).'
					],
					response_header_sec_websocket_protocol: [
						'chat is one of the subprotocols the request offered: choosing it is allowed.'
					]
				}
			}
		},
		code: { curl: 'The handshake sent by hand with curl' }
	})
} satisfies LessonText<HandshakeFacts>;
