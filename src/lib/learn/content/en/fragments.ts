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
		prompt: ['How many messages does the decoder find in these frames?'],
		explain: [
			'The three fragments make one text message, and the ping is a message of its own (a control message), delivered in the middle.'
		]
	})
} satisfies LessonText<FragmentsFacts>;
