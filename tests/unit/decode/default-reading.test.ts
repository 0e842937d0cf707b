// /decode opens on a reading of its default example made at build time (read-example.ts), written
// into the page by devalue: it must be what the engine reads in the browser, survive the trip, and
// hold what the page shows (frames with their fields, messages, what the messages carry).
import { parse, stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { compactViews } from '$lib/server/compact.ts';
import { PAGE_MAX_MESSAGE } from '$lib/workers/frame-table.ts';
import { readSmall } from '../../../src/routes/decode/direction-engine.ts';
import { EXAMPLES } from '../../../src/routes/decode/examples.ts';
import { readExample } from '../../../src/routes/decode/read-example.ts';
import type { DecodeReading } from '../../../src/routes/decode/decode-reading.ts';

const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;
const trip = async (id: string): Promise<DecodeReading> =>
	parse(stringify(compactViews(await readExample(example(id)))));

describe('the reading /decode opens on', () => {
	it('is the engine’s reading of "Hello" both ways, equal to reading the text in the browser', async () => {
		const reading = await trip('hello-both-ways');
		const hello = example('hello-both-ways');
		for (const role of ['client', 'server'] as const) {
			const direction = reading[role];
			const browser = readSmall(hello[role], role, '', PAGE_MAX_MESSAGE);
			expect(browser.kind).toBe('read');
			if (browser.kind !== 'read') continue;
			expect(direction.text).toBe(hello[role]);
			expect(direction.analysis).toEqual(browser.analysis);
			expect([...direction.input]).toEqual([...browser.bytes]);
			expect(direction.analysis?.verdict.ok).toBe(true);
			expect(direction.analysis?.messages[0]?.text).toBe('Hello');
			expect(direction.frames).toHaveLength(1);
			expect(direction.payloads).toEqual([null]);
			expect(direction.deflateHint).toBeNull();
		}
		const fields = (role: 'client' | 'server') => reading[role].frames[0]!.fields!.map((f) => f.id);
		expect(fields('client')).toContain('masking_key');
		expect(fields('server')).not.toContain('masking_key');
		expect(reading.examples.map((e) => e.id)).toEqual(EXAMPLES.map((e) => e.id));
		// What the page carries is small: the examples' names, not their bytes.
		expect(stringify(reading).length).toBeLessThan(12000);
	});

	it('holds what the messages carry, as the payload worker reads them (MQTT from the broker)', async () => {
		const reading = await trip('mqtt');
		expect(reading.payload).toEqual({ subprotocol: 'mqtt', choice: 'auto' });
		const payloads = reading.server.payloads;
		expect(payloads).toHaveLength(3);
		expect(payloads.map((p) => p?.protocol)).toEqual(['mqtt', 'mqtt', 'mqtt']);
		expect(payloads.map((p) => p?.detectedBy)).toEqual([
			'subprotocol',
			'subprotocol',
			'subprotocol'
		]);
	});
});
