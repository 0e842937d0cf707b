import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opcodeSpec, type Frame } from '$lib/protocol/index.ts';
import {
	breaksNoRule,
	checkHeader,
	HEADER_READ,
	HEADER_RULES,
	type RuleContext
} from '$lib/protocol/frame/rules.ts';

/** Lengths near every boundary the rules look at: 0, 1, 125, 126, 65535, 65536 and beyond. */
const length = fc.oneof(
	fc.constantFrom(0, 1, 2, 125, 126, 127, 0xffff, 0x10000),
	fc.integer({ min: 0, max: 0x20000 })
);

const header = fc
	.record({
		fin: fc.boolean(),
		rsv1: fc.boolean(),
		rsv2: fc.boolean(),
		rsv3: fc.boolean(),
		opcode: fc.integer({ min: 0, max: 15 }),
		masked: fc.boolean(),
		lengthBits: fc.constantFrom(7 as const, 16 as const, 64 as const),
		payloadLength: length,
		key: fc.oneof(fc.constant(new Uint8Array(4)), fc.uint8Array({ minLength: 4, maxLength: 4 }))
	})
	.map(({ key, ...h }): Frame => {
		const headerLength = 2 + (h.lengthBits === 7 ? 0 : h.lengthBits / 8) + (h.masked ? 4 : 0);
		return {
			...h,
			// A 7-bit form holds lengths up to 125 only.
			payloadLength: h.lengthBits === 7 ? h.payloadLength % 126 : h.payloadLength,
			...(h.masked ? { maskKey: key } : {}),
			index: 0,
			offset: 0,
			length: headerLength,
			type: opcodeSpec(h.opcode).name,
			headerLength,
			payloadOffset: headerLength,
			payload: new Uint8Array(0),
			complete: true,
			headerComplete: true,
			missing: 0,
			diagnostics: []
		};
	});

const context: fc.Arbitrary<RuleContext> = fc.record({
	from: fc.constantFrom('client' as const, 'server' as const),
	rsvAllowed: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean())
});

/** Every rule run one by one, as checkHeader would without its fast path. */
function everyRule(f: Frame, ctx: RuleContext) {
	return HEADER_RULES.flatMap(({ rule }) => rule(f, ctx, 0, HEADER_READ.whole) ?? []);
}

describe('the header rules', () => {
	// The fast path may send a clean header down the slow path (RSV1 under permessage-deflate does),
	// never let a broken one through: checkHeader's answer is always that of every rule.
	it('breaksNoRule is true only when running every rule finds nothing', () => {
		fc.assert(
			fc.property(header, context, (f, ctx) => {
				if (breaksNoRule(f, ctx)) expect(everyRule(f, ctx)).toEqual([]);
				expect(checkHeader(f, ctx)).toEqual(everyRule(f, ctx));
			}),
			{ numRuns: 5000 }
		);
	});
});
