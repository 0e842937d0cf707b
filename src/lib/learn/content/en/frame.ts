import type { FrameFacts } from '../../material/frame.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'Two bytes of header, then more if needed',
				paragraphs: [
					[
						'After the handshake, everything is frames. RFC 6455 §5.7 gives a client\'s "Hello": ',
						c(f.bytes),
						'. The first byte, ',
						c(f.byte0),
						', holds FIN (1: this is the last frame of the message), three reserved bits RSV1-3 (0 unless an extension gives them a meaning) and the 4-bit opcode (1: text).'
					],
					[
						'The second byte, ',
						c(f.byte1),
						', holds MASK (1: the payload is masked, as every client frame must be) and a 7-bit payload length: 5. Then come the four bytes of the masking key, ',
						c(f.key),
						', and the five masked payload bytes, ',
						c(f.payload),
						'. The header is ',
						c(f.length),
						' bytes in all.'
					]
				]
			},
			{
				heading: 'The length in three forms',
				paragraphs: [
					[
						'Seven bits reach 125. For 126 to 65 535 bytes the 7-bit field says 126 and two more bytes hold the length: a masked 300-byte frame starts ',
						c(f.longLength),
						'. Beyond that the field says 127 and eight bytes follow: ',
						c(f.hugeLength),
						' is a frame that starts with that form, for a length of 0. The RFC asks for the shortest form that fits (§5.2), and the decoder says so when a frame uses a longer one.'
					]
				]
			}
		],
		embed: [
			'The §5.7 frame, decoded. Point at a bit, a byte or a field: the same part lights up in all three views.'
		],
		lab: 'The builder: flip any bit, change the payload, and see which rules a receiver checks.',
		prompt: [
			'A client sends a binary frame with ',
			c(f.payloadBytes),
			' bytes of payload. How many bytes is its header (everything before the payload)?'
		],
		explain: [
			"2 bytes of flags, opcode, MASK and 7-bit length (126), 2 bytes of extended length, 4 bytes of masking key. A server's frame of the same size would be 4 bytes shorter: it does not mask."
		]
	})
} satisfies LessonText<FrameFacts>;
