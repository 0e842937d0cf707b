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
		exercises: {
			build_client_frame: {
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
			},
			client_frame_length: {
				prompt: [
					'A client sends the text ',
					c(f.shortText),
					'. How many bytes long is its whole frame on the wire?'
				],
				explain: [
					'2 bytes of FIN, opcode, MASK and length, 4 bytes of masking key, and 2 bytes of masked text: every client frame carries a key (RFC 6455 §5.3).'
				],
				hints: { other: ['Count header, key and payload: 2 + 4 + the text in bytes.'] }
			},
			zero_key: {
				prompt: [
					'A client frame arrives whose masking key is four zero bytes, ',
					c(f.zeroKey),
					', so masking changed nothing. What does a strict server do?'
				],
				choices: {
					accept: 'It reads the message as usual',
					fail_1002: 'It fails the connection with 1002 (protocol error)',
					fail_1007: 'It fails the connection with 1007 (invalid payload data)',
					fail_1008: 'It fails the connection with 1008 (policy violation)'
				},
				explain: [
					'The rule a receiver checks is the MASK bit (RFC 6455 §5.1). The key must be unpredictable to the script that sends (§5.3, §10.3), but a receiver cannot tell a chosen key from a random one: zero bytes are a valid key.'
				],
				hints: {
					fail_1002: [
						'The frame is well formed: MASK is 1 and a key follows. No framing rule says what the key may be.'
					],
					fail_1007: ['The payload unmasks to valid UTF-8: the text is Hello.'],
					fail_1008: [
						'1008 is a policy an application chooses; RFC 6455 asks nothing of the key a receiver could check.'
					]
				}
			}
		}
	})
} satisfies LessonText<MaskingFacts>;
