import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '$lib/protocol/index.ts';
import { toHex } from '../../helpers.ts';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

// FIPS 180-4 examples (NIST CSRC "Example Algorithms", SHA-1) and the long-message test of FIPS 180-1.
describe('sha1 on the FIPS 180 test vectors', () => {
	const vectors: [name: string, message: string, digest: string][] = [
		['"abc"', 'abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
		['the empty string', '', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
		[
			'the 448-bit message',
			'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
			'84983e441c3bd26ebaae4aa1f95129e5e54670f1'
		],
		['one million "a"', 'a'.repeat(1_000_000), '34aa973cd4c4daa4f61eeb2bdbad27316534016f']
	];
	for (const [name, message, digest] of vectors) {
		it(`hashes ${name}`, () => {
			expect(toHex(sha1(ascii(message)))).toBe(digest);
		});
	}

	it('pads correctly around the 55/56/64-byte block edges', () => {
		for (const n of [55, 56, 57, 63, 64, 65, 119, 120, 128]) {
			const message = new Uint8Array(n).fill(0x61 + (n % 26));
			expect(toHex(sha1(message))).toBe(createHash('sha1').update(message).digest('hex'));
		}
	});
});
