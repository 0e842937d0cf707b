import type { MythsFacts } from '../../material/myths.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: '"Frames are delimited by 0x00 and 0xFF"',
				paragraphs: [
					[
						'That was the 2010 draft, hixie-76: a text message was a 0x00 byte, the UTF-8, and a 0xFF byte. RFC 6455 (2011) replaced it with the length-prefixed frames of these lessons, and no current browser speaks hixie-76. Read as RFC 6455, the old "Hello" ',
						c(f.hixie),
						' is nonsense: the 0x00 is read as a frame header with FIN clear and opcode 0 (a continuation of nothing), and the decoder reports ',
						c(f.hixieError),
						', close code ',
						c(f.hixieClose),
						'.'
					]
				]
			},
			{
				heading: '"WebSocket carries only UTF-8"',
				paragraphs: [
					[
						'Text frames must be UTF-8; binary frames carry any bytes. The first bytes of a PNG file in a binary frame: ',
						c(f.binary),
						'. Set ',
						c("binaryType = 'arraybuffer'"),
						' and send images, audio or protobuf without base64.'
					]
				]
			},
			{
				heading: '"The server sent 1006" and "ping carries nothing"',
				paragraphs: [
					[
						'1006 is what the API reports when the connection ended without a close frame: nobody sent it. A close frame that carries it, ',
						c(f.close1006),
						', is itself a protocol error (the decoder answers ',
						c(f.close1006Error),
						'). And a ping may carry up to 125 bytes, which the pong must echo: ',
						c(f.ping),
						' is a ping that asks "are you there?", literally.'
					]
				]
			}
		],
		embed: [
			'The hixie-76 "Hello", read by an RFC 6455 decoder. Try the other myths\' bytes from the text above in the same box.'
		],
		lab: 'The decoder opens on the hixie-76 bytes.',
		exercises: {
			server_close_code: {
				prompt: ['Which of these close codes may a server put in a close frame?'],
				explain: [
					'1001 Going Away (a server shutting down, a browser leaving the page) is a real close code. 1005, 1006 and 1015 exist only for APIs to report what happened, and a close frame carrying one is rejected.'
				],
				hints: {
					'1006': [
						'1006 means the connection dropped without a close frame: no frame can carry it (§7.4.1).'
					],
					'1005': [
						'1005 means a close frame came without a code: a frame carrying 1005 contradicts itself (§7.4.1).'
					],
					'1015': ['1015 reports a failed TLS handshake, before any frame could be sent (§7.4.1).']
				}
			},
			smallest_frame: {
				prompt: [
					'Myth: WebSocket frames are heavy. How many bytes is the smallest frame a server can send?'
				],
				explain: [
					'An empty text message from a server: FIN and opcode in one byte, MASK = 0 and length 0 in the other. No key (servers do not mask) and no payload (RFC 6455 §5.2).'
				],
				hints: {
					largest_header: [
						'14 bytes is the largest header: a 64-bit length and a masking key. The smallest needs neither.'
					],
					no_header: ['Every frame has a header of at least 2 bytes, even with nothing in it.'],
					other: ['Take an empty message from a server: which header bytes can never be left out?']
				}
			},
			close_1005: {
				prompt: [
					'Myth: any close code goes. A server sends this close frame; a strict client fails the connection. Which byte breaks the rule?'
				],
				explain: [
					'Bytes 2 and 3 are the status code, 03 ed = 1005, which only reports that a close frame had no code: it may not be sent (RFC 6455 §7.4.1). The decoder points at the code from its first byte.'
				],
				hints: {
					fin: ['Byte 0: FIN = 1, opcode 8, a close frame. Fine.'],
					mask: ['Byte 1: MASK = 0 and a length of 2, right for a status code alone.'],
					payload: ['That byte is part of the status code, but the code starts one byte earlier.']
				}
			}
		}
	})
} satisfies LessonText<MythsFacts>;
