// decode() keeps frames read whole and clean as table rows and whole messages as row indexes, making
// objects on first read (frame/table.ts). The general path makes every frame an object as it reads it
// (FrameDecoder with onFrame, as decodeToSink uses it). Both must give the same frames, messages,
// diagnostics and verdict, byte for byte, however the input is split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	assemble,
	decode,
	encodeFrame,
	FrameDecoder,
	rsvAllowedBy,
	type DecodeOptions,
	type DecodeResult,
	type Frame,
	type FrameSpec,
	type Message,
	type Role
} from '$lib/protocol/index.ts';
import { decodeToSink } from '$lib/protocol/decode-stream.ts';
import {
	analyze,
	DIAGNOSTICS_KEPT,
	FLAG,
	frameAt,
	MESSAGES_KEPT,
	type Analysis
} from '$lib/workers/analysis.ts';
import { messageView } from '$lib/components/decode-view.ts';
import { SEVERITY } from '$lib/components/fields.ts';

/** Frames a peer could send (most break no rule), with now and then a broken or compressed one. */
function frameSpec(masked: boolean): fc.Arbitrary<FrameSpec> {
	return fc.record({
		fin: fc.oneof(
			{ arbitrary: fc.constant(true), weight: 4 },
			{ arbitrary: fc.boolean(), weight: 1 }
		),
		rsv1: fc.oneof(
			{ arbitrary: fc.constant(false), weight: 9 },
			{ arbitrary: fc.boolean(), weight: 1 }
		),
		opcode: fc.oneof(
			{ arbitrary: fc.constantFrom(1, 2), weight: 8 },
			{ arbitrary: fc.constantFrom(0, 8, 9, 10), weight: 3 },
			{ arbitrary: fc.integer({ min: 0, max: 15 }), weight: 1 }
		),
		mask: fc.oneof(
			{
				arbitrary: fc.uint8Array({ minLength: 4, maxLength: 4 }).map((k) => (masked ? k : null)),
				weight: 12
			},
			{ arbitrary: fc.constantFrom(new Uint8Array(4), null), weight: 1 }
		),
		payload: fc.oneof(
			{
				arbitrary: fc.string({ maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
				weight: 6
			},
			{ arbitrary: fc.uint8Array({ maxLength: 40 }), weight: 3 },
			{ arbitrary: fc.uint8Array({ minLength: 120, maxLength: 700 }), weight: 2 },
			{
				arbitrary: fc.integer({ min: 4000, max: 70000 }).map((n) => new Uint8Array(n).fill(0xc3)),
				weight: 1
			}
		),
		lengthBits: fc.oneof(
			{ arbitrary: fc.constant(7 as const), weight: 12 },
			{ arbitrary: fc.constantFrom(16 as const, 64 as const), weight: 1 }
		)
	});
}

const input = fc.constantFrom<Role>('client', 'server').chain((sender) =>
	fc.record({
		sender: fc.constant(sender),
		from: fc.constantFrom<Role | undefined>(
			sender,
			undefined,
			sender === 'client' ? 'server' : 'client'
		),
		bytes: fc
			.tuple(
				fc.array(frameSpec(sender === 'client'), { maxLength: 12 }),
				fc.integer({ min: 0, max: 9 })
			)
			.map(([specs, cut]) => {
				const all = Buffer.concat(specs.map((s) => encodeFrame(s)));
				return new Uint8Array(all.subarray(0, Math.max(0, all.length - cut)));
			}),
		cuts: fc.array(fc.nat(), { maxLength: 6 }),
		extensions: fc.constantFrom(undefined, 'permessage-deflate'),
		maxMessage: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
		annotate: fc.boolean()
	})
);

/** An exact fingerprint: bytes as hex, bigints marked, in the objects' own key order. */
function snapshot(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'bigint' ? `${v}n` : v
	);
}

/** The general path: every frame an object as it is read, every message handed on as it is made. */
function objectPath(bytes: Uint8Array, options: DecodeOptions): Omit<DecodeResult, 'bytes'> {
	const frames: Frame[] = [];
	const messages: Message[] = [];
	const summary = decodeToSink(bytes, options, {
		start() {},
		frame: (f) => frames.push(f),
		message: (m) => messages.push(m)
	});
	return { ...summary, frames, messages };
}

function sameAs(result: DecodeResult, expected: Omit<DecodeResult, 'bytes'>): void {
	expect(snapshot(result.frames)).toBe(snapshot(expected.frames));
	expect(snapshot(result.messages)).toBe(snapshot(expected.messages));
	expect(snapshot(result.diagnostics)).toBe(snapshot(expected.diagnostics));
	expect(result.verdict).toEqual(expected.verdict);
	expect(result.unparsed).toEqual(expected.unparsed);
	expect([result.from, result.fromInferred]).toEqual([expected.from, expected.fromInferred]);
}

describe('the frame table', { timeout: 60_000 }, () => {
	it('gives the frames, messages and diagnostics the general path gives, in one buffer or in chunks', () => {
		fc.assert(
			fc.property(input, ({ bytes, from, cuts, ...o }) => {
				const options = { from, ...o };
				const expected = objectPath(bytes, options);
				sameAs(decode(bytes, options), expected);
				const decoder = new FrameDecoder({
					from,
					rsvAllowed: rsvAllowedBy(o.extensions),
					annotate: o.annotate
				});
				let start = 0;
				const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
				for (const p of [...points, bytes.length]) {
					decoder.push(bytes.subarray(start, p));
					start = p;
				}
				decoder.end();
				sameAs(assemble(decoder, bytes.length, options), expected);
			}),
			{ numRuns: 400 }
		);
	});

	it("packs the /decode page's columns as the general path's frame and message objects say", () => {
		fc.assert(
			fc.property(input, ({ bytes, from, maxMessage, extensions }) => {
				const options = { from, maxMessage, extensions };
				expect(analyze(bytes, options)).toEqual(analysisOf(objectPath(bytes, options), bytes));
			}),
			{ numRuns: 300 }
		);
	});

	it('packs the columns of an input read in several chunks, and keeps only the first messages', () => {
		// 2,000 frames of 300 bytes: past the analysis's 512 KiB chunks and its MESSAGES_KEPT.
		const bytes = Buffer.concat(
			Array.from({ length: 2000 }, (_, i) =>
				encodeFrame({
					opcode: i % 3 ? 'binary' : 'text',
					text: `${i}`.repeat(100).slice(0, 300),
					mask: 'random'
				})
			)
		);
		const analysis = analyze(bytes, { from: 'client' });
		expect(analysis.messages.length).toBe(MESSAGES_KEPT);
		expect(analysis).toEqual(analysisOf(objectPath(bytes, { from: 'client' }), bytes));
	});

	it('makes each object once: frames read one by one, then all, are the same objects', () => {
		const bytes = Buffer.concat(
			['a', 'b', 'c'].map((text) => encodeFrame({ opcode: 'text', text, mask: 'random' }))
		);
		const result = decode(bytes, { from: 'client' });
		const second = result.messages[1]!;
		expect(result.frames[1]).toBe(result.frames[1]);
		expect(second.payload).toBe(result.frames[1]!.payload);
		expect(result.messages.map((m) => m.text)).toEqual(['a', 'b', 'c']);
		expect(structuredClone(result).frames.map((f) => f.index)).toEqual([0, 1, 2]);
	});
});

/** What analyze() packed before it read the frame table: the columns from every frame object. */
function analysisOf(decoded: Omit<DecodeResult, 'bytes'>, bytes: Uint8Array): Analysis {
	const { frames, messages } = decoded;
	const n = frames.length;
	const columns = {
		count: n,
		offset: Float64Array.from(frames, (f) => f.offset),
		length: Float64Array.from(frames, (f) => f.length),
		headerLength: Uint8Array.from(frames, (f) => f.headerLength),
		payloadOffset: Float64Array.from(frames, (f) => f.payloadOffset),
		payloadLength: Float64Array.from(frames, (f) => Number(f.payloadLength)),
		missing: Float64Array.from(frames, (f) => f.missing),
		opcode: Uint8Array.from(frames, (f) => f.opcode),
		flags: Uint8Array.from(frames, (f) =>
			(Object.keys(FLAG) as (keyof typeof FLAG)[]).reduce(
				(bits, k) => bits | (f[k] ? FLAG[k] : 0),
				0
			)
		),
		message: new Int32Array(n).fill(-1),
		severity: new Uint8Array(n)
	};
	for (const m of messages) for (const i of m.frames) columns.message[i] = m.index;
	for (const d of decoded.diagnostics) {
		const i = frameAt(columns, Math.floor(d.bitOffset / 8));
		if (i >= 0) columns.severity[i] = Math.max(columns.severity[i]!, SEVERITY[d.severity].rank);
	}
	const analysis: Analysis = {
		bytes: bytes.length,
		from: decoded.from,
		fromInferred: decoded.fromInferred,
		frameCount: n,
		frames: columns,
		messages: messages.slice(0, MESSAGES_KEPT).map(messageView),
		messageCount: messages.length,
		diagnostics: decoded.diagnostics
			.slice(0, DIAGNOSTICS_KEPT)
			.map((d) => ({ ...d, frame: frameAt(columns, Math.floor(d.bitOffset / 8)) })),
		diagnosticCount: decoded.diagnostics.length,
		verdict: decoded.verdict
	};
	if (decoded.unparsed) analysis.unparsed = decoded.unparsed;
	return analysis;
}
