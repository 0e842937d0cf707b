// RFC 6455 §5.3: byte i of the payload is XORed with key byte (i mod 4). mask.ts does it a 32-bit word
// at a time, four words a turn, after bringing the start to a word boundary: every length, alignment
// of source and target and key phase must give what the byte-by-byte definition gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMask, decode, encodeFrame, FrameDecoder, maskInPlace } from '$lib/protocol/index.ts';
import { xorInto } from '$lib/protocol/frame/mask.ts';

/** The definition, byte by byte. */
function masked(bytes: Uint8Array, key: Uint8Array, keyPhase: number): number[] {
	return Array.from(bytes, (b, i) => b ^ key[(keyPhase + i) & 3]!);
}

/** `bytes` copied to `offset` in a larger buffer, so views start at every alignment. */
function placed(bytes: Uint8Array, offset: number): Uint8Array {
	const room = new Uint8Array(offset + bytes.length + 3);
	room.set(bytes, offset);
	return room.subarray(offset, offset + bytes.length);
}

const key = fc.uint8Array({ minLength: 4, maxLength: 4 });
// Lengths around the word loop's start (32 bytes) and its four-word turns.
const payload = fc.oneof(
	fc.uint8Array({ maxLength: 80 }),
	fc.uint8Array({ minLength: 200, maxLength: 300 })
);
const offset = fc.integer({ min: 0, max: 7 });
const phase = fc.integer({ min: 0, max: 3 });

describe('masking (RFC 6455 §5.3)', () => {
	it('maskInPlace and applyMask XOR byte i with key byte (phase + i) mod 4', () => {
		fc.assert(
			fc.property(payload, key, offset, phase, (bytes, k, at, p) => {
				const expected = masked(bytes, k, p);
				expect(Array.from(applyMask(placed(bytes, at), k, p))).toEqual(expected);
				const data = placed(bytes, at);
				maskInPlace(data, k, p);
				expect(Array.from(data)).toEqual(expected);
			}),
			{ numRuns: 500 }
		);
	});

	it('xorInto writes the XORed bytes at any alignment of source and target, and nothing else', () => {
		fc.assert(
			fc.property(payload, key, offset, offset, phase, (bytes, k, from, at, p) => {
				const src = placed(bytes, from);
				const out = new Uint8Array(at + bytes.length + 5).fill(0xa5);
				xorInto(out, at, src, 0, bytes.length, k, p);
				expect(Array.from(out.subarray(at, at + bytes.length))).toEqual(masked(bytes, k, p));
				const outside = [...out.subarray(0, at), ...out.subarray(at + bytes.length)];
				expect(outside.every((b) => b === 0xa5)).toBe(true);
				expect(Array.from(src)).toEqual(Array.from(bytes));
			}),
			{ numRuns: 500 }
		);
	});

	it('a masked frame in chunks of separate buffers, each aligned its own way, unmasks to its payload', () => {
		const chunking = fc.array(fc.tuple(fc.integer({ min: 1, max: 90 }), offset), {
			minLength: 1,
			maxLength: 12
		});
		fc.assert(
			fc.property(payload, key, chunking, (bytes, mask, cuts) => {
				const wire = encodeFrame({ opcode: 'binary', mask, payload: bytes });
				const decoder = new FrameDecoder({ from: 'client', annotate: false });
				let start = 0;
				for (const [size, at] of [...cuts, [wire.length, 0] as const]) {
					const end = Math.min(wire.length, start + size);
					decoder.push(placed(wire.subarray(start, end), at));
					start = end;
				}
				decoder.end();
				const [frame] = decoder.frames;
				expect(frame?.complete).toBe(true);
				expect(Array.from(frame!.payload)).toEqual(Array.from(bytes));
				expect(Array.from(wire)).toEqual(
					Array.from(encodeFrame({ opcode: 'binary', mask, payload: bytes }))
				);
				expect(Array.from(decode(wire, { from: 'client' }).frames[0]!.payload)).toEqual(
					Array.from(bytes)
				);
			}),
			{ numRuns: 300 }
		);
	});
});
