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
		code: { api: 'Every call and event of the API' }
	})
} satisfies LessonText<BrowserApiFacts>;
