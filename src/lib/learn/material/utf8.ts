// Lesson 6: text, binary and UTF-8 (RFC 6455 §5.6, §8.1): bytes are not characters, and a text
// message is checked as UTF-8 across its frames, so a code point may be split between two of them.
import { concatBytes, decode, encodeFrame, utf8Characters } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { failingByte, hex, reaction, utf8 } from './shared.ts';

/** The number question's text: ASCII and Hangul mixed. */
export const MIXED = 'Hi 안녕';

export const TEXT = '안녕';

/** 안녕 in two frames, cut inside the second syllable: its first byte ends frame 1. */
function split(bytes: Uint8Array): Uint8Array {
	const cut = utf8Characters(bytes)[1]!.offset + 1;
	return concatBytes([
		encodeFrame({ opcode: 'text', fin: false, payload: bytes.subarray(0, cut) }),
		encodeFrame({ opcode: 'continuation', payload: bytes.subarray(cut) })
	]);
}

/** The embedded capture, for the lab link. */
export const splitCapture = (): string => hex(split(utf8(TEXT)));

export function utf8Lesson() {
	const bytes = utf8(TEXT);
	const chars = utf8Characters(bytes);
	// "Hi" after a lead byte whose sequence is cut short: not UTF-8.
	const broken = encodeFrame({
		opcode: 'text',
		payload: concatBytes([bytes.subarray(0, 2), utf8('Hi')])
	});
	const binary = encodeFrame({ opcode: 'binary', payload: Uint8Array.of(0, 0xff, 0x80) });
	// ff fe can never be UTF-8; in a binary message nobody checks (RFC 6455 §5.6).
	const binaryFf = encodeFrame({ opcode: 'binary', payload: Uint8Array.of(0xff, 0xfe) });
	const mixed = utf8Characters(utf8(MIXED));
	const syllables = mixed.filter((c) => c.length === 3).length;
	return {
		facts: {
			text: TEXT,
			characters: chars.length,
			bytes: bytes.length,
			utf8: hex(bytes),
			first: hex(bytes.subarray(0, chars[1]!.offset)),
			split: splitCapture(),
			binary: hex(binary),
			mixed: MIXED,
			binaryFf: hex(binaryFf),
			closeCode: decode(broken, { from: 'server' }).verdict.closeCode ?? 0
		},
		embed: { kind: 'explorer', text: splitCapture() },
		exercises: [
			{
				id: 'bad_byte',
				kind: 'pick-byte',
				bytes: broken,
				from: 'server',
				answer: failingByte(broken, 'server')
			},
			{
				id: 'mixed_length',
				kind: 'number',
				answer: utf8(MIXED).length,
				mistakes: [
					{ value: mixed.length, because: 'counted_characters' },
					// UTF-16 code units, as JavaScript's string length counts them.
					{ value: MIXED.length * 2, because: 'utf16' },
					// Hangul syllables are three bytes in UTF-8, two in UTF-16.
					{ value: utf8(MIXED).length - syllables, because: 'two_per_syllable' }
				]
			},
			{
				id: 'binary_ff',
				kind: 'choice',
				options: ['accept', 'fail_1007', 'fail_1002', 'fail_1003'].map((id) => ({ id })),
				answer: reaction(binaryFf, 'server')
			}
		]
	} satisfies Material;
}
export type Utf8Facts = ReturnType<typeof utf8Lesson>['facts'];
