import type { BrowserApiFacts } from '../../material/browser-api.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'Opening, and the four events',
				paragraphs: [
					[
						c('new WebSocket(url, protocols)'),
						' sends the opening handshake at once; ',
						c('readyState'),
						' is 0 (CONNECTING) until the 101 arrives, and then ',
						c('onopen'),
						' fires and it is 1 (OPEN). Every data message the server sends fires ',
						c('onmessage'),
						' once, however many frames it came in: the server\'s "hello" is ',
						c(f.message),
						'. Pings and pongs never reach the page.'
					],
					[
						c('onerror'),
						' says only that something failed (a refused handshake, a broken frame), deliberately without details; ',
						c('onclose'),
						' always follows, with ',
						c('code'),
						', ',
						c('reason'),
						' and ',
						c('wasClean'),
						' (true when a closing handshake happened).'
					]
				]
			},
			{
				heading: 'send and close',
				paragraphs: [
					[
						c('send(string)'),
						' makes a text frame, ',
						c('send(ArrayBuffer | Uint8Array | Blob)'),
						' a binary frame, each masked with a fresh random key: ',
						c("ws.send('hi')"),
						' can be ',
						c(f.send),
						'. The browser decides about fragmentation, not the page. ',
						c("close(1000, 'done')"),
						' sends ',
						c(f.close),
						' and moves to 2 (CLOSING); the page may only use 1000 or 3000-4999, and a reason of at most 123 bytes of UTF-8.'
					]
				]
			}
		],
		embed: [
			'Each call or event of the code below beside its frame, encoded by the engine (with the masking key of RFC 6455 §5.7, where a browser would pick a random one).'
		],
		lab: 'The builder opens on the binary frame that send(new Uint8Array([1, 2, 3])) makes.',
		exercises: {
			send_bytes_opcode: {
				prompt: ['Which opcode does ws.send(new Uint8Array([1, 2, 3])) put in its frame?'],
				choices: {
					text: '1 — text',
					binary: '2 — binary',
					continuation: '0 — continuation',
					ping: '9 — ping'
				},
				explain: [
					'Bytes are sent as a binary message: opcode 2. Only a string makes a text frame, whose payload must then be UTF-8.'
				],
				hints: {
					text: [
						'Only a string is sent as text. Bytes (an ArrayBuffer or a typed array) go as binary.'
					],
					continuation: [
						'Continuation (0) is for the later fragments of a message; send() starts a new message.'
					],
					ping: ['A page cannot send a ping: browsers send pings and pongs by themselves.']
				}
			},
			send_length: {
				prompt: [
					'A page calls ws.send(',
					c(f.sent),
					'). How many bytes long is the frame on the wire?'
				],
				explain: [
					'2 bytes of header, 4 bytes of masking key (the browser masks every frame, RFC 6455 §5.3) and 6 bytes of text.'
				],
				hints: { other: ['Header (2) + masking key (4) + the text in UTF-8 bytes.'] }
			},
			masked_from_server: {
				prompt: [
					'A browser receives this frame from the server and fails the connection. Which byte breaks the rule?'
				],
				explain: [
					'Byte 1 starts with the MASK bit, and it is 1: a server must not mask, and a client fails the connection when it receives a masked frame (RFC 6455 §5.1).'
				],
				hints: {
					fin: ['Byte 0 is FIN = 1 and opcode 1: a complete text frame. Fine.'],
					masking_key: [
						'The key bytes may be any values; the question is whether a key should be there at all. Which bit said so?'
					],
					payload: ['The payload unmasks to "hi": fine text. Look at the header.']
				}
			}
		},
		code: { api: 'Every call and event of the API' }
	})
} satisfies LessonText<BrowserApiFacts>;
