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
		prompt: [
			'A server sends this text frame. Which byte makes a strict client fail the connection?'
		],
		explain: [
			'The payload starts with the first two bytes of a three-byte syllable; the next byte should continue it (10xxxxxx), but it is an ASCII letter. That byte cannot appear there in UTF-8.'
		]
	})
} satisfies LessonText<Utf8Facts>;
