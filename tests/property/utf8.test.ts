import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, utf8Characters, Utf8Validator } from '$lib/protocol/message/utf8.ts';

describe('UTF-8 validation against TextDecoder', () => {
	it('agrees with TextDecoder on whether any bytes are valid', () => {
		const strict = new TextDecoder('utf-8', { fatal: true });
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
				let valid = true;
				try {
					strict.decode(bytes);
				} catch {
					valid = false;
				}
				expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
			}),
			{ numRuns: 2000 }
		);
	});

	it('finds the same first bad byte however the bytes are split', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(), (bytes, cut) => {
				const at = cut % (bytes.length + 1);
				const v = new Utf8Validator();
				const first = v.push(bytes.subarray(0, at));
				const second = first >= 0 ? -1 : v.push(bytes.subarray(at));
				const split = first >= 0 ? first : second >= 0 ? at + second : -1;
				expect(split).toBe(firstInvalidUtf8(bytes, true));
			}),
			{ numRuns: 1000 }
		);
	});

	it('agrees with TextDecoder on valid text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
				const chars = utf8Characters(new TextEncoder().encode(text));
				expect(chars.map((c) => c.char).join('')).toBe(text);
			})
		);
	});
});
