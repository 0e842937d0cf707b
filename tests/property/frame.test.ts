import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assemble,
	decode,
	DIAGNOSTICS,
	encodeFrame,
	FrameDecoder,
	rsvAllowedBy,
	type FrameSpec,
	type Role
} from '$lib/protocol/index.ts';
import { allFields } from '../helpers.ts';

const spec: fc.Arbitrary<FrameSpec> = fc.record({
	fin: fc.boolean(),
	rsv1: fc.boolean(),
	rsv2: fc.boolean(),
	rsv3: fc.boolean(),
	opcode: fc.integer({ min: 0, max: 15 }),
	mask: fc.option(fc.uint8Array({ minLength: 4, maxLength: 4 }), { nil: null }),
	payload: fc.oneof(
		{ arbitrary: fc.uint8Array({ maxLength: 130 }), weight: 8 },
		{ arbitrary: fc.uint8Array({ minLength: 126, maxLength: 600 }), weight: 3 },
		{
			arbitrary: fc.integer({ min: 65530, max: 65540 }).map((n) => new Uint8Array(n).fill(7)),
			weight: 1
		}
	),
	lengthBits: fc.constantFrom(7, 16, 64) as fc.Arbitrary<7 | 16 | 64>
});

const role: fc.Arbitrary<Role | undefined> = fc.constantFrom('client', 'server', undefined);

/** Valid and invalid frames back to back, then maybe a torn tail or random junk. */
const stream = fc
	.tuple(
		fc.array(spec, { maxLength: 5 }),
		fc.uint8Array({ maxLength: 20 }),
		fc.integer({ min: 0, max: 30 })
	)
	.map(([specs, junk, cut]) => {
		const parts = specs.map((s) => encodeFrame(s));
		const all = concat([...parts, junk]);
		return all.subarray(0, Math.max(0, all.length - cut));
	});

/** Random bytes, and encoded frames with a few bytes flipped. */
const hostile = fc.oneof(
	fc.uint8Array({ maxLength: 200 }),
	fc
		.tuple(stream, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
		.map(([bytes, flips]) => {
			const out = bytes.slice();
			for (const [at, value] of flips) if (out.length) out[at % out.length] = value;
			return out;
		})
);

/** A cheap exact fingerprint of frames: deep equality over 64 KiB arrays is slow. */
function snapshot(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'bigint' ? `${v}n` : v
	);
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** What the receiver negotiated and allows: permessage-deflate (RSV1, inflating) and a size limit. */
const limits = fc.record({
	extensions: fc.option(
		fc.constantFrom('permessage-deflate', 'permessage-deflate; server_no_context_takeover'),
		{ nil: undefined }
	),
	maxMessage: fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined })
});

// Thousands of runs each: on a loaded machine they can take longer than vitest's default 5 s.
describe('frame properties', { timeout: 30_000 }, () => {
	it('decode(encode(x)) gives back x', () => {
		fc.assert(
			fc.property(spec, (s) => {
				const [frame] = decode(encodeFrame(s), { annotate: false }).frames;
				expect(frame).toMatchObject({
					fin: s.fin,
					rsv1: s.rsv1,
					rsv2: s.rsv2,
					rsv3: s.rsv3,
					opcode: s.opcode,
					masked: s.mask !== null,
					payloadLength: s.payload!.length,
					complete: true
				});
				expect(snapshot(frame!.payload)).toBe(snapshot(s.payload));
				if (s.mask) expect(snapshot(frame!.maskKey)).toBe(snapshot(s.mask));
				expect(frame!.lengthBits).toBeGreaterThanOrEqual(s.lengthBits!);
			}),
			{ numRuns: 300 }
		);
	});

	it('gives the same result however the input is split into chunks', () => {
		fc.assert(
			fc.property(
				stream,
				role,
				fc.array(fc.nat(), { maxLength: 8 }),
				limits,
				(bytes, from, cuts, o) => {
					const whole = decode(bytes, { from, ...o });
					const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
						(a, b) => a - b
					);
					const decoder = new FrameDecoder({ from, rsvAllowed: rsvAllowedBy(o.extensions) });
					let start = 0;
					for (const p of [...points, bytes.length]) {
						decoder.push(bytes.subarray(start, p));
						start = p;
					}
					decoder.end();
					expect(snapshot(decoder.frames)).toBe(snapshot(whole.frames));
					const streamed = assemble(decoder, bytes.length, { from, ...o });
					// (DecodeResult leaves `unparsed` out when the fatal header ends the input: compare results.)
					expect(streamed.unparsed).toEqual(whole.unparsed);
					expect(snapshot(streamed.messages)).toBe(snapshot(whole.messages));
					expect(snapshot(streamed.diagnostics)).toBe(snapshot(whole.diagnostics));
					expect(streamed.verdict).toEqual(whole.verdict);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on hostile bytes and reports only catalogued codes', () => {
		fc.assert(
			fc.property(hostile, role, fc.boolean(), (bytes, from, deflate) => {
				const result = decode(bytes, {
					from,
					extensions: deflate ? 'permessage-deflate' : undefined,
					maxMessage: 100
				});
				for (const d of result.diagnostics) {
					expect(Object.keys(DIAGNOSTICS)).toContain(d.code);
					expect(d.severity).toBe(DIAGNOSTICS[d.code as keyof typeof DIAGNOSTICS].severity);
					expect(d.bitOffset + d.bitLength).toBeLessThanOrEqual(bytes.length * 8);
				}
				// Nothing after a close frame counts (RFC 6455 §1.4); of the rest, the verdict is the error
				// a receiver reading in order meets first: the one whose bits end first (the earliest on ties).
				const close = result.frames.find((f) => f.type === 'close' && f.headerComplete);
				const end = close ? (close.offset + close.length) * 8 : Infinity;
				let first: (typeof result.diagnostics)[number] | undefined;
				for (const d of result.diagnostics) {
					if (d.severity !== 'error' || d.bitOffset >= end) continue;
					if (!first || d.bitOffset + d.bitLength < first.bitOffset + first.bitLength) first = d;
				}
				expect(result.verdict.ok).toBe(first === undefined);
				expect(result.verdict.closeCode).toBe(first?.closeCode ?? null);
				expect(result.verdict.firstError === first).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('gives fields that neither overlap nor run past the input', () => {
		fc.assert(
			fc.property(hostile, role, (bytes, from) => {
				const { frames } = decode(bytes, { from });
				let end = 0;
				for (const frame of frames) {
					const leaves = allFields(frame.fields).filter((f) => !f.children);
					for (const f of leaves) {
						expect(f.bitOffset).toBeGreaterThanOrEqual(end);
						end = f.bitOffset + f.bitLength;
					}
					expect(end).toBe((frame.offset + frame.length) * 8);
				}
				expect(end).toBeLessThanOrEqual(bytes.length * 8);
			}),
			{ numRuns: 1000 }
		);
	});
});
