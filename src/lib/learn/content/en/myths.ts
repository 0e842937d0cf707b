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
		prompt: ['Which of these close codes may a server put in a close frame?'],
		explain: [
			'1001 Going Away (a server shutting down, a browser leaving the page) is a real close code. 1005, 1006 and 1015 exist only for APIs to report what happened, and a close frame carrying one is rejected.'
		]
	})
} satisfies LessonText<MythsFacts>;
