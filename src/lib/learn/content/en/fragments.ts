import type { FragmentsFacts } from '../../material/fragments.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'A message is one frame or many',
				paragraphs: [
					[
						'A message (what ',
						c('send()'),
						' sends and ',
						c('onmessage'),
						' receives) may be cut into fragments, so a sender can start before it knows the whole length. The first frame carries the opcode with FIN clear; the next ones are continuation frames (opcode 0); the last has FIN set. Here the server sends ',
						c(f.message),
						' in three frames: ',
						c(f.first),
						', then ',
						c(f.second),
						', then ',
						c(f.third),
						'.'
					]
				]
			},
			{
				heading: 'Control frames may cut in',
				paragraphs: [
					[
						'Ping, pong and close are control frames: they are never fragmented and carry at most 125 bytes, and they may come between the fragments of a message (RFC 6455 §5.4), so a long message does not hold up a ping. Between the first and the second fragment here, the server sent a ping: ',
						c(f.ping),
						'. A data frame may not cut in: a new text or binary frame before the last fragment is a protocol error.'
					]
				]
			}
		],
		embed: [
			'The ',
			c(f.frames),
			' frames back to back, decoded by the engine. Point at a byte to see which field it belongs to.'
		],
		lab: 'The builder cuts any message into fragments, with or without a ping between them.',
		exercises: {
			message_count: {
				prompt: ['How many messages does the decoder find in these frames?'],
				explain: [
					'The three fragments make one text message, and the ping is a message of its own (a control message), delivered in the middle.'
				],
				hints: {
					counted_frames: [
						'That counts frames. A message may span several frames: they belong together until FIN = 1.'
					],
					ping_not_message: [
						'The ping counts too: a control frame is a message of its own (RFC 6455 §5.4, §5.5).'
					],
					fragments_are_messages: [
						'Fragments are pieces of one message: only the frame with FIN = 1 ends it.'
					],
					other: [
						'Follow FIN and the opcodes: a message starts with a text or binary frame and ends with FIN = 1; a control frame is a message alone.'
					]
				}
			},
			first_fragment: {
				prompt: ['The first fragment starts with the byte ', c(f.firstByte), '. What does it say?'],
				choices: {
					text_final: 'A text message, complete in this frame',
					text_more: 'A text message, with more fragments to come',
					continuation_more: 'A continuation, with more to come',
					binary_more: 'A binary message, with more fragments to come'
				},
				explain: [
					'FIN is 0 (more follows) and the opcode is 1: the first frame of a fragmented message names its type; the next ones are continuations (RFC 6455 §5.4).'
				],
				hints: {
					text_final: ['The top bit, FIN, is 0 here: the message is not finished.'],
					continuation_more: [
						'A continuation has opcode 0; this byte ends in 0001. The first fragment carries the real opcode.'
					],
					binary_more: ['Binary is opcode 2 (0010); this byte ends in 0001.']
				}
			},
			interleaved: {
				prompt: [
					'A server sends these two frames. Which byte makes a strict client fail the connection?'
				],
				explain: [
					'The first frame starts a text message with FIN = 0; the second is a new text frame (opcode 1) before the message ended. Only continuation frames (opcode 0) or control frames may come next (RFC 6455 §5.4): protocol error, 1002.'
				],
				hints: {
					fin: [
						'That byte starts the message: text, FIN = 0. Starting a fragmented message that way is allowed.'
					],
					mask: ['A length byte: it matches the payload that follows.'],
					payload: ['Payload bytes are plain ASCII text, valid UTF-8: look at the headers.']
				}
			}
		}
	})
} satisfies LessonText<FragmentsFacts>;
