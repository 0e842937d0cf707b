import type { MaskingFacts } from '../../material/masking.ts';
import { c } from '../../runs.ts';
import type { LessonText } from '../../types.ts';

export default {
	render: (f) => ({
		parts: [
			{
				heading: 'XOR with a key that cycles',
				paragraphs: [
					[
						'A client picks four random bytes for every frame, the masking key, and writes them after the length. Payload byte i is XORed with key byte i mod 4. With the key ',
						c(f.key),
						', the text "Hello" (',
						c(f.plain),
						') goes on the wire as ',
						c(f.masked),
						'. The receiver XORs with the same key and gets the text back: XOR twice is no change.'
					]
				]
			},
			{
				heading: 'Why: proxies that cache what they misread',
				paragraphs: [
					[
						'Masking is not encryption: the key travels in the same frame. It is there for proxies and caches that do not understand WebSocket. Research in 2010 ("Talking to Yourself for Fun and Profit") showed that a script able to choose the exact bytes on the wire could make such a proxy read them as an HTTP request and cache a forged response for another site: cache poisoning. With a key the script cannot predict, it cannot choose the bytes (RFC 6455 §10.3).'
					],
					[
						'So the rule goes one way. A client must mask every frame; a server must not mask any. The same "Hello" from a server is ',
						c(f.serverFrame),
						', from a client ',
						c(f.clientFrame),
						'. A server that receives an unmasked frame closes the connection with ',
						c(f.unmaskedClose),
						'.'
					]
				]
			}
		],
		embed: [
			'The engine\'s masking trace of the client\'s "Hello": each payload byte, the key byte it meets, and the result.'
		],
		lab: 'The builder animates the XOR for any payload and key.',
		prompt: [
			'Build the frame a client sends for the text ',
			c(f.text),
			' (its UTF-8 bytes are ',
			c(f.textBytes),
			'). Type the whole frame in hex; any masking key will do.'
		],
		explain: [
			'A text frame with FIN, MASK set, a length of ',
			c(f.textLength),
			" (bytes, not characters), your key, and the text's bytes XORed with it. The decoder read your frame as a server would and found nothing to reject."
		]
	})
} satisfies LessonText<MaskingFacts>;
