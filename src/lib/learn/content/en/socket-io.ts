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
					],
					[
						"On polling, the client sends packets in POST bodies and holds a GET open for the server's; one body may carry several packets, separated by the byte 0x1E. Every later request names the session with ",
						c(f.pollingSid),
						'. The WebSocket opens on the same session and is tested first: the client sends ',
						c(f.probe),
						', the server answers ',
						c(f.probeAnswer),
						' and ends the poll still waiting with ',
						c(f.noop),
						' (NOOP); the client then sends ',
						c(f.upgrade),
						' (UPGRADE), and from there on everything goes over the WebSocket.'
					]
				]
			}
		],
		embed: [
			"One socket.io session, both sides in order: the long-polling requests and bodies, the upgrade, then WebSocket frames (the client's masked). Each body and message is read by the payload layer: select a field to see its bytes."
		],
		lab: 'The decoder opens on the same frames, with every bit and field.',
		exercises: {
			event_length: {
				prompt: ['How many bytes of payload does the frame carrying ', c(f.event), ' have?'],
				explain: [
					'The payload length counts UTF-8 bytes: the ASCII characters are one byte each, and each of the two Hangul syllables is three. The frame is ',
					c(f.eventFrame),
					'.'
				],
				hints: {
					counted_characters: [
						'That counts characters. The length counts UTF-8 bytes, and each Hangul syllable is three.'
					],
					other: [
						'Count the packet in UTF-8: one byte for each ASCII character, three for each Hangul syllable.'
					]
				}
			},
			event_opcode: {
				prompt: ['Which opcode do the frames of this socket.io event carry?'],
				choices: {
					text: '1 — text',
					binary: '2 — binary',
					continuation: '0 — continuation',
					ping: '9 — ping'
				},
				explain: [
					'socket.io packets are text: a digit for the packet type and JSON. They go in text frames (opcode 1); binary attachments travel in separate binary frames.'
				],
				hints: {
					binary: [
						'The packet is text (digits and JSON), so the frame is a text frame. Binary frames carry only attachments.'
					],
					continuation: [
						'Continuation is for a later fragment; this packet is a whole message in one frame.'
					],
					ping: [
						'Engine.IO has its own ping, the packet 2, sent as a text message. It is not a WebSocket ping.'
					]
				}
			},
			hangul_starts: {
				prompt: [
					'In the frame of the event packet, which byte is the first byte of ',
					c('안'),
					'?'
				],
				explain: [
					'The payload starts after the 2 header bytes, and ',
					c('42["chat","'),
					' is 11 ASCII bytes: ',
					c('안'),
					' starts at byte 13, and takes three bytes.'
				],
				hints: {
					fin: ['Byte 0 is the header: FIN and opcode.'],
					mask: ['Byte 1 is the header: MASK and the payload length.'],
					payload: [
						'That byte is in the packet, but it is not the first byte of ',
						c('안'),
						': count one byte for each ASCII character before it.'
					]
				}
			}
		},
		code: { client: 'A socket.io client' }
	})
} satisfies LessonText<SocketIoFacts>;
