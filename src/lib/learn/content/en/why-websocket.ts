import { m } from '$lib/paraglide/messages.js';
import type { WhyWebsocketFacts } from '../../material/why-websocket.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'HTTP answers; it does not call',
				paragraphs: [
					[
						'HTTP is a conversation in which only the client speaks first: it sends a request, the server sends one response. A chat, a live score or a share price needs the opposite: the server has news, and the browser should hear it now. Before WebSocket, pages faked that with HTTP itself.'
					],
					[
						'Polling asks again and again ("anything new?"), and most answers are "no". Long polling asks once and the server holds the response until there is news, then the client asks again at once. Streaming (',
						c('multipart/x-mixed-replace'),
						' or a chunked response that never ends, the "Comet" tricks) and server-sent events keep one response open and write into it, but only from server to client: anything the user sends is another request.'
					]
				]
			},
			{
				heading: 'What each request costs',
				paragraphs: [
					[
						'Every HTTP request carries its headers (cookies, user agent, accept lists: often several hundred bytes), and a new TCP connection costs a round trip for its handshake before the first byte (TLS adds another). In the simulation below, the server has ',
						c(f.events),
						' events to deliver in ',
						c(f.seconds),
						' seconds. Polling sends ',
						c(f.pollRequests),
						' requests for them, ',
						c(f.pollEmpty),
						' of which come back empty, and spends ',
						c(f.pollHeaderBytes),
						' bytes on headers; a message waits ',
						c(f.pollLatency),
						' ms on average.'
					],
					[
						'WebSocket makes ',
						c(f.wsRequests),
						' HTTP request, the Upgrade, and then keeps the TCP connection: ',
						c(f.wsHeaderBytes),
						' bytes of headers in all, and each message after that pays a frame header of a few bytes (',
						c(f.wsFramingBytes),
						' bytes of framing for every message both ways). A message waits ',
						c(f.wsLatency),
						" ms: the network's own delay, nothing more. RFC 6455 §1.1 tells this story in its own words."
					]
				]
			},
			{
				heading: 'Measure it for real',
				paragraphs: [
					[
						'The numbers here come from a model. To see real ones, run ',
						c('npx wsviz serve'),
						' (or ',
						c('npm run dev'),
						' in a copy of wsviz) and open ',
						c('/live'),
						': its section "The five transports, measured beside the model" runs the same kind of scenario over each transport for real, from your browser to a local server, and shows the bytes the server saw and the delays your browser measured beside what this model predicts, with each difference explained.'
					]
				]
			}
		],
		embed: [
			'The same scenario (a busy chat room: about one server event a second, one user message every ten seconds, messages of ',
			c(f.payload),
			' bytes, ',
			c(f.oneWay),
			' ms each way), run by the engine under each transport. Move the slider to run it again with more or fewer server events.'
		],
		lab: '',
		exercises: {
			most_requests: {
				prompt: ['In this scenario, which transport made the most HTTP requests? Read the table.'],
				choices: {
					polling: m.learn_transport_polling(),
					'long-polling': m.learn_transport_long_polling(),
					streaming: m.learn_transport_streaming(),
					sse: m.learn_transport_sse(),
					websocket: m.learn_transport_websocket()
				},
				explain: [
					'Long polling asks again as soon as each answer arrives, and in a busy room an answer arrives with every event: more requests than polling on its fixed interval, each with its full headers. Fast, but not cheap.'
				],
				hints: {
					polling: [
						'Polling asks on a fixed interval, whatever happens. Which transport asks again after every single event?'
					],
					streaming: [
						'Streaming keeps one response open for all server events: only user messages add requests.'
					],
					sse: [
						'Server-sent events keep one response open for all server events: only user messages add requests.'
					],
					websocket: ['WebSocket makes one request, the Upgrade; everything after it is frames.']
				}
			},
			event_framing: {
				prompt: [
					'Over the open WebSocket, the server pushes one event of ',
					c(f.payload),
					' bytes. How many bytes of frame header does it add?'
				],
				explain: [
					'A server does not mask (RFC 6455 §5.1) and a length up to 125 fits in the 7-bit field (§5.2): one byte of FIN and opcode, one of MASK and length.'
				],
				hints: {
					other: [
						'Count the header only: a byte of FIN, RSV and opcode, a byte of MASK and length, then a longer length or a key only when needed.'
					]
				}
			},
			text_starts: {
				prompt: [
					'These are the bytes of a server message on the wire. Which byte is the first byte of its text?'
				],
				explain: [
					'Byte 0 holds FIN and the opcode (text), byte 1 the MASK bit (0: a server does not mask) and the length, 4. The text starts right after: no extended length, no masking key (RFC 6455 §5.2).'
				],
				hints: {
					fin: [
						'Byte 0 is the first header byte: FIN, three reserved bits and the opcode say what kind of frame this is.'
					],
					mask: ['Byte 1 is the second header byte: MASK and the payload length, here 4.'],
					payload: [
						'That byte is in the text, but not its first: the text starts right after the two header bytes.'
					]
				}
			}
		},
		code: { transports: 'Polling, server-sent events and WebSocket in a page' }
	})
} satisfies LessonText<WhyWebsocketFacts>;
