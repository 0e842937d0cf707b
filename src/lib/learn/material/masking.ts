// Lesson 4: masking (RFC 6455 §5.3): the XOR with a 4-byte key that cycles, and who must do it.
import { decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { frameMistakes, hex, reaction, RFC_KEY, utf8 } from './shared.ts';

/** The number question's text: short, ASCII. */
export const SHORT_TEXT = 'Hi';

/** The exercise's text: Hangul, so the payload length counts bytes, not characters. */
export const EXERCISE_TEXT = '안녕';

export function masking() {
	const masked = encodeFrame({ opcode: 'text', text: 'Hello', mask: RFC_KEY });
	const unmasked = encodeFrame({ opcode: 'text', text: 'Hello' });
	const short = encodeFrame({ opcode: 'text', text: SHORT_TEXT, mask: RFC_KEY });
	// A key of four zero bytes: the XOR changes nothing. Is that a frame a server rejects?
	const zeroKey = encodeFrame({ opcode: 'text', text: 'Hello', mask: new Uint8Array(4) });
	return {
		facts: {
			key: hex(RFC_KEY),
			plain: hex(utf8('Hello')),
			masked: hex(masked.subarray(6)),
			clientFrame: hex(masked),
			serverFrame: hex(unmasked),
			text: EXERCISE_TEXT,
			textBytes: hex(utf8(EXERCISE_TEXT)),
			textLength: utf8(EXERCISE_TEXT).length,
			shortText: SHORT_TEXT,
			zeroKey: hex(zeroKey),
			// What a server answers an unmasked client frame with (RFC 6455 §5.1).
			unmaskedClose: decode(unmasked, { from: 'client' }).verdict.closeCode ?? 0
		},
		embed: { kind: 'mask', bytes: masked },
		exercises: [
			{ id: 'build_client_frame', kind: 'build-frame', from: 'client', text: EXERCISE_TEXT },
			{
				id: 'client_frame_length',
				kind: 'number',
				answer: short.length,
				mistakes: frameMistakes(short.length, utf8(SHORT_TEXT).length, true)
			},
			{
				id: 'zero_key',
				kind: 'choice',
				options: ['accept', 'fail_1002', 'fail_1007', 'fail_1008'].map((id) => ({ id })),
				answer: reaction(zeroKey, 'client')
			}
		]
	} satisfies Material;
}
export type MaskingFacts = ReturnType<typeof masking>['facts'];
