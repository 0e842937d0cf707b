// A lesson's embed opens on what the engine made of it at build time (embed-reading.ts): every lesson's
// embed has its reading, and the reading is the engine's own answer for the embed's bytes and texts.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '$lib/learn/lessons.ts';
import { materialOf } from '$lib/learn/materials.ts';
import { acceptFor, checkHandshake, decode } from '$lib/protocol/index.ts';
import { readEmbed } from '../../../src/routes/learn/[slug]/embed-reading.ts';

const READING_OF = {
	frames: 'frames',
	capture: 'capture',
	explorer: 'explorer',
	mask: 'mask',
	calls: 'calls',
	handshake: 'handshake',
	'engine-io': 'engineIo',
	metrics: null
} as const;

describe('the readings of lesson embeds', () => {
	for (const lesson of LESSONS) {
		it(`${lesson.slug}: its embed opens on the engine's reading`, async () => {
			const { embed } = await materialOf(lesson.slug);
			const reading = await readEmbed(embed);
			const key = READING_OF[embed.kind];
			// The metrics' results are the lesson's material already: nothing more to read.
			if (key) expect(reading[key]).toBeDefined();
			else expect(reading).toEqual({});
			switch (embed.kind) {
				case 'mask': {
					// RFC 6455 §5.3: each payload byte XOR the key byte i mod 4 gives the plain byte.
					const frame = decode(embed.bytes, { from: 'client' }).frames[0]!;
					expect(reading.mask!.length).toBe(Number(frame.payloadLength));
					const plain = reading.mask!.map((s) => s.unmasked);
					expect(plain).toEqual(reading.mask!.map((s) => s.masked ^ s.key));
					expect(reading.mask!.map((s) => s.keyIndex)).toEqual(plain.map((_, i) => i % 4));
					break;
				}
				case 'calls':
					expect(reading.calls).toEqual(
						embed.rows.map((r) => {
							const f = decode(r.bytes, { from: r.from }).frames[0]!;
							return { type: f.type, masked: f.masked };
						})
					);
					break;
				case 'handshake': {
					const key = checkHandshake(embed.request, embed.response).accept!.key;
					expect(reading.handshake!.key).toBe(key);
					expect(reading.handshake!.steps.base64).toBe(acceptFor(key));
					expect(reading.handshake!.problem).toBeUndefined();
					break;
				}
				case 'engine-io': {
					const rows = reading.engineIo!;
					expect(rows).toHaveLength(embed.steps.length);
					// Every body and every WebSocket message is read as Engine.IO by the payload layer.
					for (const row of rows.filter((r) => r.input)) {
						expect(row.payload?.protocol).toMatch(/engine\.?io|socket\.?io/i);
					}
					expect(rows.filter((r) => r.frame).every((r) => r.text !== undefined)).toBe(true);
					break;
				}
			}
		});
	}
});
