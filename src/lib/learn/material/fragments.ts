// Lesson 5: messages and fragments (RFC 6455 §5.4): a text message in three frames, with a ping
// between two of them (control frames may be injected in the middle of a fragmented message).
import { concatBytes, decode, encodeFrame, encodeMessage } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { failingByte, frameKind, hex } from './shared.ts';

export const MESSAGE = 'Hello, world';

export function fragments() {
	const message = encodeMessage({ type: 'text', text: MESSAGE, fragments: 3 });
	const ping = encodeFrame({ opcode: 'ping', text: '1' });
	const [first, second, third] = message.frames as [Uint8Array, Uint8Array, Uint8Array];
	const bytes = concatBytes([first, ping, second, third]);
	const result = decode(bytes, { from: 'server' });
	// RFC 6455 §5.4: a new data frame may not start before the last fragment of a message.
	const interleaved = concatBytes([
		encodeFrame({ opcode: 'text', fin: false, text: 'Hel' }),
		encodeFrame({ opcode: 'text', text: 'lo' })
	]);
	return {
		facts: {
			message: MESSAGE,
			first: hex(first),
			ping: hex(ping),
			second: hex(second),
			third: hex(third),
			frames: result.frames.length,
			firstByte: hex(first.subarray(0, 1))
		},
		embed: { kind: 'capture', bytes, from: 'server' },
		exercises: [
			{
				id: 'message_count',
				kind: 'number',
				answer: result.messages.length,
				mistakes: [
					{ value: result.frames.length, because: 'counted_frames' },
					{ value: result.messages.length - 1, because: 'ping_not_message' },
					{ value: message.frames.length, because: 'fragments_are_messages' }
				]
			},
			{
				id: 'first_fragment',
				kind: 'choice',
				options: ['text_final', 'text_more', 'continuation_more', 'binary_more'].map((id) => ({
					id
				})),
				answer: frameKind(first, 'server')
			},
			{
				id: 'interleaved',
				kind: 'pick-byte',
				bytes: interleaved,
				from: 'server',
				answer: failingByte(interleaved, 'server')
			}
		]
	} satisfies Material;
}
export type FragmentsFacts = ReturnType<typeof fragments>['facts'];
