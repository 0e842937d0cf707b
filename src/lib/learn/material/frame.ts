// Lesson 3: the frame (RFC 6455 §5.2), on RFC 6455 §5.7's masked "Hello".
import { decode, encode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { hex, RFC_KEY } from './shared.ts';

/** The exercise's payload: long enough to need the 16-bit length form. */
export const EXERCISE_PAYLOAD = 300;

export function frame() {
	const hello = encode({ opcode: 'text', text: 'Hello', mask: RFC_KEY });
	const long = encodeFrame({ opcode: 'binary', mask: RFC_KEY, payload: new Uint8Array(300) });
	const longFrame = decode(long, { from: 'client' }).frames[0]!;
	const huge = encodeFrame({ opcode: 'binary', payload: new Uint8Array(0), lengthBits: 64 });
	return {
		facts: {
			bytes: hex(hello.bytes),
			byte0: hex(hello.bytes.subarray(0, 1)),
			byte1: hex(hello.bytes.subarray(1, 2)),
			key: hex(RFC_KEY),
			payload: hex(hello.bytes.subarray(6)),
			length: hello.frame.headerLength,
			payloadBytes: EXERCISE_PAYLOAD,
			longLength: hex(long.subarray(0, 4)),
			hugeLength: hex(huge.subarray(0, 10))
		},
		embed: { kind: 'frames', bytes: hello.bytes, from: 'client' },
		exercise: { kind: 'number', answer: longFrame.headerLength }
	} satisfies Material;
}
export type FrameFacts = ReturnType<typeof frame>['facts'];
