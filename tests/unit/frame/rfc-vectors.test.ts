import { describe, expect, it } from 'vitest';
import { decode, encodeFrame, type Role } from '$lib/protocol/index.ts';
import vectors from '../../vectors/rfc6455-5.7.json' with { type: 'json' };
import { fromHex, toHex } from '../../helpers.ts';

interface ExpectedFrame {
	fin: boolean;
	rsv1: boolean;
	rsv2: boolean;
	rsv3: boolean;
	masked: boolean;
	opcode: number;
	maskKey?: string;
	payloadLength: number;
	payloadHex: string;
}
interface Vector {
	id: string;
	role: Role;
	hex: string;
	expect: {
		frames: ExpectedFrame[];
		messages?: { type: string; text?: string; hex?: string }[];
		control?: { type: string; hex: string }[];
	};
}

describe('the RFC 6455 §5.7 examples', () => {
	for (const v of vectors.vectors as Vector[]) {
		describe(v.id, () => {
			const bytes = fromHex(v.hex);
			const result = decode(bytes, { from: v.role });

			it('decodes every frame field by field', () => {
				expect(result.frames).toHaveLength(v.expect.frames.length);
				v.expect.frames.forEach((want, i) => {
					const f = result.frames[i]!;
					expect({
						fin: f.fin,
						rsv1: f.rsv1,
						rsv2: f.rsv2,
						rsv3: f.rsv3,
						masked: f.masked,
						opcode: f.opcode,
						payloadLength: f.payloadLength,
						payloadHex: toHex(f.payload),
						...(f.maskKey ? { maskKey: toHex(f.maskKey) } : {})
					}).toEqual(want);
					expect(f.complete).toBe(true);
				});
			});

			it('finds nothing wrong, as a strict receiver would', () => {
				expect(result.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
				expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
			});

			it('gathers the frames into the expected messages', () => {
				const want = [...(v.expect.messages ?? []), ...(v.expect.control ?? [])];
				expect(
					result.messages.map((m) => ({
						type: m.type,
						...(m.type === 'text' ? { text: m.text } : { hex: toHex(m.payload) })
					}))
				).toEqual(want);
			});

			it('encodes the same frames again byte for byte', () => {
				const again = result.frames.map((f) =>
					encodeFrame({
						fin: f.fin,
						opcode: f.opcode,
						mask: f.maskKey ?? null,
						payload: f.payload
					})
				);
				expect(again.map(toHex).join('')).toBe(v.hex);
			});
		});
	}
});
