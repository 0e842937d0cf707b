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
		prompt: [
			'A client sends Sec-WebSocket-Key: ',
			c(f.exerciseKey),
			'. Which Sec-WebSocket-Accept must the server send?'
		],
		explain: [
			"The accept is base64(SHA-1(key + GUID)) of this key. One of the others is the RFC example's value (for another key); the other is SHA-1 of the key alone, without the GUID."
		],
		code: { curl: 'The handshake sent by hand with curl' }
	})
} satisfies LessonText<HandshakeFacts>;
