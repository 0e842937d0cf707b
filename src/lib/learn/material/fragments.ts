// Lesson 5: messages and fragments (RFC 6455 §5.4): a text message in three frames, with a ping
// between two of them (control frames may be injected in the middle of a fragmented message).
import { concatBytes, decode, encodeFrame, encodeMessage } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { hex } from './shared.ts';

export const MESSAGE = 'Hello, world';

export function fragments() {
	const message = encodeMessage({ type: 'text', text: MESSAGE, fragments: 3 });
	const ping = encodeFrame({ opcode: 'ping', text: '1' });
	const [first, second, third] = message.frames as [Uint8Array, Uint8Array, Uint8Array];
	const bytes = concatBytes([first, ping, second, third]);
	const result = decode(bytes, { from: 'server' });
	return {
		facts: {
			message: MESSAGE,
			first: hex(first),
			ping: hex(ping),
			second: hex(second),
			third: hex(third),
			frames: result.frames.length
		},
		embed: { kind: 'capture', bytes, from: 'server' },
		exercise: { kind: 'number', answer: result.messages.length }
	} satisfies Material;
}
export type FragmentsFacts = ReturnType<typeof fragments>['facts'];
