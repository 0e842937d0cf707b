import type { Utf8Facts } from '../../material/utf8.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'Text frames carry UTF-8; binary frames carry anything',
				paragraphs: [
					[
						'A text message (opcode 1) must be valid UTF-8; a binary message (opcode 2) is bytes the protocol never looks into: an image, a protobuf, ',
						c(f.binary),
						'. The browser hands text to ',
						c('onmessage'),
						' as a string and binary as a Blob or an ArrayBuffer.'
					],
					[
						'The payload length counts bytes, not characters. ',
						c(f.text),
						' is ',
						c(f.characters),
						' characters but ',
						c(f.bytes),
						' bytes in UTF-8, ',
						c(f.utf8),
						': each Hangul syllable takes three bytes.'
					]
				]
			},
			{
				heading: 'A character may be split between frames',
				paragraphs: [
					[
						'Fragments are cut by bytes, so a character may start in one frame and end in the next. Below, the first frame ends after the first syllable (',
						c(f.first),
						') and one byte of the second; the continuation frame brings the other two. That is legal: the receiver checks UTF-8 across the whole message, and the text is ',
						c(f.text),
						'.'
					],
					[
						'What is not legal is a message that is not UTF-8 when it ends, or a byte that can never be part of UTF-8 where it stands. A strict receiver fails the connection with ',
						c(f.closeCode),
						', Invalid Frame Payload Data (RFC 6455 §8.1), and may do so as soon as it sees the bad byte.'
					]
				]
			}
		],
		embed: [c(f.text), ' in two frames, cut inside the second syllable: ', c(f.split), '.'],
		lab: 'The decoder shows every character with its bytes, and where a sequence breaks.',
		exercises: {
			bad_byte: {
				prompt: [
					'A server sends this text frame. Which byte makes a strict client fail the connection?'
				],
				explain: [
					'The payload starts with the first two bytes of a three-byte syllable; the next byte should continue it (10xxxxxx), but it is an ASCII letter. That byte cannot appear there in UTF-8.'
				],
				hints: {
					fin: ['Byte 0 is the header: FIN = 1 and opcode 1, a text frame. Nothing wrong there.'],
					mask: ['Byte 1 is MASK and the length: 4, which is the payload that follows.'],
					payload: [
						'Not that one. ec and 95 are a valid start of a three-byte character; which byte can not continue it?'
					]
				}
			},
			mixed_length: {
				prompt: ['How many bytes of payload does a text frame carrying ', c(f.mixed), ' have?'],
				explain: [
					'H, i and the space are one byte each in UTF-8, and each Hangul syllable three (RFC 3629 §3): 3 + 6. The length field counts bytes (RFC 6455 §5.2).'
				],
				hints: {
					counted_characters: [
						'That counts characters. The length is in bytes, and a Hangul syllable is three bytes in UTF-8.'
					],
					utf16: [
						'That is UTF-16, as JavaScript counts a string (2 bytes per unit). Text frames carry UTF-8 (RFC 6455 §5.6).'
					],
					two_per_syllable: [
						'A Hangul syllable is three bytes in UTF-8 (U+AC00 and up need three), not two.'
					],
					other: ['Add the UTF-8 bytes: 1 for each ASCII character, 3 for each Hangul syllable.']
				}
			},
			binary_ff: {
				prompt: [
					'A server sends a binary frame whose payload is ',
					c(f.binaryFf),
					': bytes that can never be UTF-8. What does a strict client do?'
				],
				choices: {
					accept: 'It delivers the message',
					fail_1007: 'It fails the connection with 1007 (invalid payload data)',
					fail_1002: 'It fails the connection with 1002 (protocol error)',
					fail_1003: 'It fails the connection with 1003 (unsupported data)'
				},
				explain: [
					'Only text messages must be UTF-8 (RFC 6455 §8.1). A binary message is bytes the protocol never interprets (§5.6), so any bytes are fine.'
				],
				hints: {
					fail_1007: [
						'1007 is for text that is not UTF-8. This is a binary frame: its payload is never checked.'
					],
					fail_1002: ['The framing is correct: FIN, opcode 2, no mask, a length that matches.'],
					fail_1003: [
						'1003 is for an endpoint that chooses not to accept a type of data (§7.4.1); the protocol itself accepts binary.'
					]
				}
			}
		}
	})
} satisfies LessonText<Utf8Facts>;
