import type { SocketIoFacts } from '../../material/socket-io.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'A protocol on top of WebSocket',
				paragraphs: [
					[
						'socket.io is not WebSocket: a socket.io client cannot talk to a plain WebSocket server, nor the other way round. It is a library with its own protocol, Engine.IO underneath and Socket.IO on top, whose packets travel as ordinary WebSocket text messages. The first character is the packet type.'
					],
					[
						'After the WebSocket handshake, the server sends ',
						c(f.open),
						' (Engine.IO 0, open: a session id and the ping timing). ',
						c(f.connect),
						' is Socket.IO 4 (message) 0 (connect) for the default namespace. An event is 4 2 and a JSON array: ',
						c(f.event),
						'. Heartbeats are Engine.IO 2 (ping) from the server, answered with 3 (pong) by the client: application messages, not WebSocket ping frames.'
					]
				]
			},
			{
				heading: 'Long polling first, then the upgrade',
				paragraphs: [
					[
						'By default socket.io starts with HTTP long polling, which passes through any proxy, and then tries a WebSocket on the same session; if the upgrade works it moves over, and if not it stays on polling. That fallback, rooms, acknowledgements and automatic reconnection are what it adds. The price is a few bytes per message and a server that must speak socket.io too.'
					]
				]
			}
		],
		embed: [
			"Four socket.io packets as the server's WebSocket text frames, decoded. Each frame is one message; its text is the packet."
		],
		lab: 'The decoder opens on the same frames, with every bit and field.',
		prompt: ['How many bytes of payload does the frame carrying ', c(f.event), ' have?'],
		explain: [
			'The payload length counts UTF-8 bytes: the ASCII characters are one byte each, and each of the two Hangul syllables is three. The frame is ',
			c(f.eventFrame),
			'.'
		],
		code: { client: 'A socket.io client' }
	})
} satisfies LessonText<SocketIoFacts>;
