// A Sec-WebSocket-Extensions value of any length costs at most what `limit` offers cost: the parser
// examines the characters up to the offer past the limit and no further (work counted in characters
// read, not in time), and what it reads does not depend on what follows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanExtensionsHeader } from '$lib/protocol/extensions/header.ts';

const offer = fc
	.tuple(
		fc.constantFrom('permessage-deflate', 'x-foo', 'a', ' b '),
		fc.array(fc.constantFrom('; p', '; q=1', ';r="a,b"', ''), { maxLength: 3 })
	)
	.map(([name, params]) => name + params.join(''));

describe('scanExtensionsHeader is bounded by its limit', () => {
	it('reads no character past the offer after the first `limit` ones, whatever follows', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.array(offer, { minLength: 0, maxLength: 80 }),
				fc.string({ maxLength: 200 }),
				(limit, list, tail) => {
					const value = list.join(', ');
					const scan = scanExtensionsHeader(value, limit);
					expect(scan.items.length).toBeLessThanOrEqual(limit);
					expect(scan.end).toBeLessThanOrEqual(value.length);
					if (!scan.cut) return;
					// The same prefix with anything after it gives the same reading.
					const longer = scanExtensionsHeader(value.slice(0, scan.end) + tail, limit);
					expect(longer.items).toEqual(scan.items);
					expect(longer.cut).toBe(true);
				}
			)
		);
	});

	it('reads a huge value only as far as the limit needs', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 64 }),
				fc.integer({ min: 1000, max: 200_000 }),
				(limit, n) => {
					const value = Array.from({ length: n }, (_, i) => `e${i}; p`).join(', ');
					const scan = scanExtensionsHeader(value, limit);
					expect(scan.items).toHaveLength(limit);
					expect(scan.cut).toBe(true);
					// limit + 1 offers examined: at most that many offers' characters, never the value.
					const perOffer = `e${n}; p, `.length;
					expect(scan.end).toBeLessThanOrEqual((limit + 1) * perOffer);
				}
			),
			{ numRuns: 30 }
		);
	});
});
