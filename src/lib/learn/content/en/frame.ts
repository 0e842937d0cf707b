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
		exercises: {
			header_length: {
				prompt: [
					'A client sends a binary frame with ',
					c(f.payloadBytes),
					' bytes of payload. How many bytes is its header (everything before the payload)?'
				],
				explain: [
					"2 bytes of flags, opcode, MASK and 7-bit length (126), 2 bytes of extended length, 4 bytes of masking key. A server's frame of the same size would be 4 bytes shorter: it does not mask."
				],
				hints: {
					short_length: [
						'The 7-bit length reaches 125 only: 300 needs the value 126 and 2 more bytes of length (RFC 6455 §5.2).'
					],
					long_length: [
						'The 8-byte length form is for lengths past 65 535; 300 fits the 2-byte form, and the shortest form is the one to use (§5.2).'
					],
					other: [
						'Add up the header: 2 bytes of flags and length, the extended length if 7 bits are not enough, and the masking key of a client.'
					]
				}
			},
			first_byte: {
				prompt: [
					'A frame begins with the byte ',
					c(f.closeByte),
					' (',
					c(f.closeBits),
					'). What is it?'
				],
				choices: {
					text_final: 'The final frame of a text message',
					close_more: 'A close frame, with more fragments to come',
					close_final: 'A close frame, complete',
					ping_final: 'A ping frame, complete'
				},
				explain: [
					'The top bit is FIN (1: final), the next three are RSV (0), and the low four bits are the opcode: 1000 is 8, close (RFC 6455 §5.2, §11.8).'
				],
				hints: {
					text_final: ['Text is opcode 1 (0001); the low four bits here are 1000.'],
					close_more: [
						'The top bit is FIN, and it is 1 here: nothing follows. Control frames are never fragmented anyway (§5.5).'
					],
					ping_final: ['Ping is opcode 9 (1001); the low four bits here are 1000.']
				}
			},
			fragmented_ping: {
				prompt: [
					'A server sends this ping. A strict client fails the connection. Which field breaks a rule?'
				],
				explain: [
					'FIN is 0: the ping says more fragments follow. Control frames must not be fragmented (RFC 6455 §5.5), so FIN must be 1.'
				],
				hints: {
					opcode: [
						'1001 is 9, ping: a valid opcode. The question is what else a control frame may not do.'
					],
					payload_length: ['2 bytes is well within the 125 a control frame may carry.']
				}
			}
		}
	})
} satisfies LessonText<FrameFacts>;
