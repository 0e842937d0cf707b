import type { CloseFacts } from '../../material/close.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'Ping and pong',
				paragraphs: [
					[
						'Either side may send a ping (opcode 9); the other answers with a pong (opcode 10) carrying the same payload, as soon as it can. A server\'s ping with the payload "hi" is ',
						c(f.ping),
						"; the client's pong, masked as client frames are, is ",
						c(f.pong),
						'. Pings keep idle connections alive through proxies and tell a side that its peer is still there. Browsers answer pings by themselves; a page cannot send one.'
					]
				]
			},
			{
				heading: 'The closing handshake',
				paragraphs: [
					[
						'To close, one side sends a close frame (opcode 8) whose payload is a 2-byte status code and an optional UTF-8 reason: a server closing with 1000, Normal Closure, and the reason "bye" sends ',
						c(f.serverClose),
						'. The other side answers with its own close frame, here ',
						c(f.clientClose),
						', and sends nothing more; then the server closes the TCP connection (RFC 6455 §7.1).'
					],
					[
						'The browser API follows that exchange with ',
						c('readyState'),
						': 0 CONNECTING during the handshake, 1 OPEN, 2 CLOSING once a close frame has been sent, 3 CLOSED when the TCP connection is gone.'
					]
				]
			},
			{
				heading: 'Codes that never go on the wire',
				paragraphs: [
					[
						'Some codes exist only for APIs to report what happened: ',
						c(f.never),
						'. 1005 means "the close frame had no code", 1006 "the connection dropped without a close frame", 1015 "the TLS handshake failed". No endpoint may put them in a close frame (§7.4.1): there was no frame to carry them. When your ',
						c('onclose'),
						' says 1006, nobody sent 1006; the connection simply died.'
					]
				]
			}
		],
		embed: [
			"The server's close frame, decoded: the status code and the reason are fields of the payload."
		],
		lab: 'Build a close frame with any code and reason, and see which codes a receiver refuses.',
		exercises: {
			utf8_close_code: {
				prompt: [
					'A client sends the text frame ',
					c(f.bad),
					', whose payload is not valid UTF-8. With which close code does a strict server close?'
				],
				explain: [
					'Invalid UTF-8 in a text message is Invalid Frame Payload Data (RFC 6455 §8.1). 1002 is for broken framing, 1009 for a message too big, and 1006 is never sent.'
				],
				hints: {
					'1000': ['1000 is Normal Closure: nothing went wrong. Here the payload broke a rule.'],
					'1002': [
						'1002 is for broken framing. The frame itself is well formed; its payload is the problem.'
					],
					'1006': [
						'1006 is never sent: it is what an API reports when the connection dropped without a close frame (§7.4.1).'
					],
					'1009': ['1009 is for a message too big to process; this one is a few bytes.']
				}
			},
			close_frame_length: {
				prompt: [
					'A page calls ws.close(1000, ',
					c(f.reason),
					'). How many bytes long is the close frame the browser sends?'
				],
				explain: [
					'2 bytes of header, 4 of masking key (a client frame), then the payload: 2 bytes of status code and the reason in UTF-8 (RFC 6455 §5.5.1).'
				],
				hints: {
					forgot_code: [
						'The payload starts with the status code, 2 bytes, before the reason (§5.5.1).'
					],
					other: [
						'Header (2), masking key (4), status code (2) and the reason, one byte per ASCII letter.'
					]
				}
			},
			long_ping: {
				prompt: [
					'A server sends a ping with ',
					c(f.longPingLength),
					' bytes of payload. A strict client fails the connection. Which field breaks a rule?'
				],
				explain: [
					'Control frames carry at most 125 bytes (RFC 6455 §5.5): the 7-bit length must say so itself. 126 (1111110) announces a 16-bit length, which no control frame may use.'
				],
				hints: {
					fin: ['FIN = 1: the ping is not fragmented, as a control frame must be.'],
					opcode: ['1001 is 9, ping: a valid opcode.'],
					extended_payload_length: [
						'The extended length is right for 126 bytes; the problem is that a control frame needs it at all.'
					]
				}
			}
		}
	})
} satisfies LessonText<CloseFacts>;
