// RFC 6455 §8.1 with RFC 3629: a text message fails at the first byte that can no longer be part of
// valid UTF-8, wherever the frames and fragments cut it, with pings between the fragments. The
// reference is the WHATWG decoder (TextDecoder, fatal, streaming), fed one byte at a time: it throws
// at exactly that byte. Offsets are computed from the frames we build, not read back from the engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	concatBytes,
	decode,
	encodeFrame,
	MessageDeflater,
	type Role
} from '$lib/protocol/index.ts';

type Reference = { invalidAt: number } | { truncatedFrom: number } | 'valid';

/** Where the WHATWG decoder, reading byte by byte, first gives up; or where a cut-off end begins. */
function reference(bytes: Uint8Array): Reference {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	for (let i = 0; i < bytes.length; i++) {
		try {
			decoder.decode(bytes.subarray(i, i + 1), { stream: true });
		} catch {
			return { invalidAt: i };
		}
	}
	try {
		decoder.decode();
	} catch {
		let lead = bytes.length - 1;
		while ((bytes[lead]! & 0xc0) === 0x80) lead--;
		return { truncatedFrom: lead };
	}
	return 'valid';
}

/** Bytes that begin, continue or break sequences: overlong leads, surrogates, past U+10FFFF. */
const tricky = fc.constantFrom(
	0x80,
	0x8f,
	0x90,
	0x9f,
	0xa0,
	0xbf,
	0xc0,
	0xc1,
	0xc2,
	0xdf,
	0xe0,
	0xed,
	0xef,
	0xf0,
	0xf4,
	0xf5,
	0xff
);

const damagedText = fc
	.record({
		text: fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.constantFrom('안녕하세요', '👋🌍🎉', 'é😀한')
		),
		edits: fc.array(fc.tuple(fc.nat(), tricky, fc.boolean()), { maxLength: 3 }),
		cutEnd: fc.integer({ min: 0, max: 3 })
	})
	.map(({ text, edits, cutEnd }) => {
		const bytes = [...new TextEncoder().encode(text)];
		for (const [at, byte, insert] of edits) {
			const i = at % (bytes.length + 1);
			if (insert || i === bytes.length) bytes.splice(i, 0, byte);
			else bytes[i] = byte;
		}
		return Uint8Array.from(bytes.slice(0, Math.max(0, bytes.length - cutEnd)));
	});

interface Layout {
	from: Role;
	cuts: number[];
	pings: boolean[];
	compressed: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
	from: fc.constantFrom<Role>('client', 'server'),
	cuts: fc.array(fc.nat(), { maxLength: 4 }),
	pings: fc.array(fc.boolean(), { maxLength: 5 }),
	compressed: fc.boolean()
});

const KEY = Uint8Array.of(0x37, 0xfa, 0x21, 0x3d);

/** The message as frames: the (maybe compressed) bytes cut at `cuts`, a ping after some fragments. */
function build(data: Uint8Array, l: Layout) {
	const wire = l.compressed
		? new MessageDeflater({ windowBits: 15, noContextTakeover: false }).deflate(data)
		: data;
	const edges = [0, ...l.cuts.map((c) => c % (wire.length + 1)), wire.length].sort((a, b) => a - b);
	const mask = l.from === 'client' ? KEY : null;
	const frames: Uint8Array[] = [];
	/** Absolute offset in the stream of each byte of `wire`. */
	const where: number[] = [];
	let offset = 0;
	for (let i = 1; i < edges.length; i++) {
		const payload = wire.subarray(edges[i - 1], edges[i]);
		const frame = encodeFrame({
			opcode: i === 1 ? 'text' : 'continuation',
			fin: i === edges.length - 1,
			rsv1: l.compressed && i === 1,
			payload,
			mask
		});
		const header = frame.length - payload.length;
		for (let k = 0; k < payload.length; k++) where.push(offset + header + k);
		frames.push(frame);
		offset += frame.length;
		if (i < edges.length - 1 && l.pings[i - 1]) {
			const ping = encodeFrame({ opcode: 'ping', payload: Uint8Array.of(0xff, 0xc0), mask });
			frames.push(ping);
			offset += ping.length;
		}
	}
	return { bytes: concatBytes(frames), where, end: offset };
}

describe('UTF-8 fails at the first impossible byte, however the message is cut', () => {
	it('points at that byte, or at the lead byte of a sequence the message ends inside', () => {
		fc.assert(
			fc.property(damagedText, layout, (data, l) => {
				const { bytes, where, end } = build(data, l);
				const extensions = l.compressed ? 'permessage-deflate' : undefined;
				const result = decode(bytes, { from: l.from, extensions, annotate: false });
				const ref = reference(data);
				const first = result.verdict.firstError;
				if (ref === 'valid') {
					expect(result.verdict).toMatchObject({ ok: true, closeCode: null });
					expect(result.messages.find((m) => m.type === 'text')?.text).toBe(
						new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)
					);
					return;
				}
				expect(result.verdict.closeCode).toBe(1007);
				if (l.compressed) {
					// Compressed text is checked once inflated: the offset is in the inflated message.
					const at = 'invalidAt' in ref ? ref.invalidAt : data.length;
					expect(first).toMatchObject({ code: 'inflated_invalid_utf8', params: { at } });
				} else if ('invalidAt' in ref) {
					expect(first).toMatchObject({ code: 'invalid_utf8', bitLength: 8 });
					expect(first!.bitOffset).toBe(where[ref.invalidAt]! * 8);
				} else {
					expect(first).toMatchObject({ code: 'utf8_truncated' });
					expect(first!.bitOffset).toBe(where[ref.truncatedFrom]! * 8);
					expect(first!.bitOffset + first!.bitLength).toBe(end * 8);
				}
			}),
			{ numRuns: 800 }
		);
	}, 30_000);
});
