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
		prompt: ['In this scenario, which transport spent the fewest bytes on HTTP headers?'],
		choices: {
			polling: m.learn_transport_polling(),
			'long-polling': m.learn_transport_long_polling(),
			streaming: m.learn_transport_streaming(),
			sse: m.learn_transport_sse(),
			websocket: m.learn_transport_websocket()
		},
		explain: [
			'WebSocket sends headers once, on the Upgrade request and its 101 response; after that, every message travels in a frame whose header is 2 to 14 bytes.'
		],
		code: { transports: 'Polling, server-sent events and WebSocket in a page' }
	})
} satisfies LessonText<WhyWebsocketFacts>;
