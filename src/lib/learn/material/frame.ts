// Lesson 3: the frame (RFC 6455 §5.2), on RFC 6455 §5.7's masked "Hello".
import { decode, encode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { frameKind, headerMistakes, hex, RFC_KEY } from './shared.ts';
import { spotFrame } from './spot.ts';

/** The first byte the choice question asks about: FIN 1, opcode 8. */
const CLOSE_BYTE = 0x88;

/** The exercise's payload: long enough to need the 16-bit length form. */
export const EXERCISE_PAYLOAD = 300;

export function frame() {
	const hello = encode({ opcode: 'text', text: 'Hello', mask: RFC_KEY });
	const long = encodeFrame({ opcode: 'binary', mask: RFC_KEY, payload: new Uint8Array(300) });
	const longFrame = decode(long, { from: 'client' }).frames[0]!;
	const huge = encodeFrame({ opcode: 'binary', payload: new Uint8Array(0), lengthBits: 64 });
	// RFC 6455 §5.5: control frames must not be fragmented; this ping says FIN = 0.
	const brokenPing = encodeFrame({ opcode: 'ping', fin: false, text: 'hi' });
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
			hugeLength: hex(huge.subarray(0, 10)),
			closeByte: hex(Uint8Array.of(CLOSE_BYTE)),
			closeBits: CLOSE_BYTE.toString(2).padStart(8, '0')
		},
		embed: { kind: 'frames', bytes: hello.bytes, from: 'client' },
		exercises: [
			{
				id: 'header_length',
				kind: 'number',
				answer: longFrame.headerLength,
				mistakes: [
					...headerMistakes(longFrame.headerLength, EXERCISE_PAYLOAD, true),
					// The 7-bit form cannot say 300: 126 and 16 more bits do (§5.2).
					{ value: longFrame.headerLength - 2, because: 'short_length' },
					{ value: longFrame.headerLength + 6, because: 'long_length' }
				]
			},
			{
				id: 'first_byte',
				kind: 'choice',
				options: ['text_final', 'close_more', 'close_final', 'ping_final'].map((id) => ({ id })),
				answer: frameKind(Uint8Array.of(CLOSE_BYTE, 0), 'server')
			},
			spotFrame('fragmented_ping', brokenPing, 'server')
		]
	} satisfies Material;
}
export type FrameFacts = ReturnType<typeof frame>['facts'];
