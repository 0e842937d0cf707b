// Lesson 4: masking (RFC 6455 §5.3): the XOR with a 4-byte key that cycles, and who must do it.
import { decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { hex, RFC_KEY, utf8 } from './shared.ts';

/** The exercise's text: Hangul, so the payload length counts bytes, not characters. */
export const EXERCISE_TEXT = '안녕';

export function masking() {
	const masked = encodeFrame({ opcode: 'text', text: 'Hello', mask: RFC_KEY });
	const unmasked = encodeFrame({ opcode: 'text', text: 'Hello' });
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
			// What a server answers an unmasked client frame with (RFC 6455 §5.1).
			unmaskedClose: decode(unmasked, { from: 'client' }).verdict.closeCode ?? 0
		},
		embed: { kind: 'mask', bytes: masked },
		exercise: { kind: 'build-frame', from: 'client', text: EXERCISE_TEXT }
	} satisfies Material;
}
export type MaskingFacts = ReturnType<typeof masking>['facts'];
