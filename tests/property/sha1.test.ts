import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from '$lib/protocol/index.ts';
import { toHex } from '../helpers.ts';

describe('sha1 against node:crypto', () => {
	it('agrees with node:crypto on any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				expect(toHex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
			})
		);
	});
});
