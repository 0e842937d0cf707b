// The readings / and /build open on are made at build time and written into the page by devalue:
// they must be the engine's readings, survive the trip unchanged, and not carry the buffers their
// byte views are windows on.
import { parse, stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { decode } from '$lib/protocol/index.ts';
import { compactViews } from '$lib/server/compact.ts';
import { DEFAULT_STATE } from '$lib/state/builder.svelte.ts';
import { readBuilder } from '$lib/state/builder-engine.ts';
import { readExplorerText } from '$lib/state/explorer-engine.ts';
import { DEFAULT_TEXT } from '$lib/state/examples.ts';

describe('compactViews', () => {
	it('copies a byte view on a larger buffer to a buffer of its own, keeping shared references', () => {
		const buffer = new Uint8Array(1 << 16);
		buffer.set([1, 2, 3], 10);
		const view = buffer.subarray(10, 13);
		const out = compactViews({ a: view, b: [view], n: 1, s: 'x', none: null });
		expect(out.a.buffer.byteLength).toBe(3);
		expect([...out.a]).toEqual([1, 2, 3]);
		expect(out.b[0]).toBe(out.a);
		expect(out).toMatchObject({ n: 1, s: 'x', none: null });
	});

	it('leaves a view that is its whole buffer as it is', () => {
		const whole = Uint8Array.of(7, 8);
		expect(compactViews({ whole }).whole).toBe(whole);
	});
});

describe('the readings made at build time', () => {
	it('the explorer opens on the engine’s reading of the masked "Hello": 11 bytes, one text frame', () => {
		const reading = parse(stringify(compactViews(readExplorerText(DEFAULT_TEXT, 'auto'))));
		expect(reading.parsed.ok && [...reading.parsed.bytes]).toEqual([
			0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58
		]);
		expect(reading.decoded.ok).toBe(true);
		const { result } = reading.decoded;
		expect(result.frames).toHaveLength(1);
		expect(result.messages[0].text).toBe('Hello');
		expect(result.verdict.ok).toBe(true);
		expect(result.frames[0].fields.map((f: { id: string }) => f.id)).toContain('masking_key');
		// What the page carries is small: the payload's copy, not the decoder's buffer.
		expect(stringify(reading).length).toBeLessThan(8000);
	});

	it('the builder opens on the engine’s reading of the default frame, equal to decoding its bytes', () => {
		const reading = parse(stringify(compactViews(readBuilder(DEFAULT_STATE))));
		expect([...reading.bytes]).toEqual([
			0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58
		]);
		const again = decode(reading.bytes, { from: 'client' });
		expect(reading.result.verdict).toEqual(again.verdict);
		expect(reading.result.diagnostics).toEqual(again.diagnostics);
		expect(reading.fragmented.result.frames).toHaveLength(3);
	});
});
