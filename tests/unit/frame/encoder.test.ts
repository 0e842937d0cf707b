import { describe, expect, it } from 'vitest';
import { decode, encode, encodeFrame } from '$lib/protocol/index.ts';
import { fromHex, layout, toHex } from '../../helpers.ts';

const key = fromHex('37fa213d');

describe('the frame encoder', () => {
	it('writes the masked Hello of RFC 6455 §5.7', () => {
		expect(toHex(encodeFrame({ opcode: 'text', text: 'Hello', mask: key }))).toBe(
			'818537fa213d7f9f4d5158'
		);
	});

	it('returns the same fields the decoder shows', () => {
		const result = encode({ opcode: 'text', text: 'Hello', mask: key });
		expect(result.fields).toEqual(decode(result.bytes, { from: 'client' }).frames[0]!.fields);
		expect(result.from).toBe('client');
		expect(result.diagnostics).toEqual([]);
	});

	it('counts payload bytes, not characters: a Hangul syllable is 3 bytes', () => {
		const result = encode({ opcode: 'text', text: '안녕', mask: null });
		expect(result.frame.payloadLength).toBe(6);
		expect(toHex(result.bytes)).toBe('8106ec9588eb8595');
	});

	it('writes a close frame as code then reason', () => {
		const bytes = encodeFrame({ opcode: 'close', closeCode: 1000, reason: 'bye', mask: null });
		expect(toHex(bytes)).toBe('880503e8627965');
		expect(decode(bytes, { from: 'server' }).messages[0]).toMatchObject({
			code: 1000,
			reason: 'bye'
		});
	});

	it('chooses the shortest length form by default', () => {
		for (const [n, header] of [
			[125, 2],
			[126, 4],
			[65535, 4],
			[65536, 10]
		] as const) {
			const bytes = encodeFrame({ opcode: 'binary', payload: new Uint8Array(n) });
			expect(bytes.length - n).toBe(header);
		}
	});

	it('builds a non-minimal length on request and says which rule it breaks', () => {
		const result = encode({ opcode: 'text', text: 'Hello', mask: null, lengthBits: 16 });
		expect(toHex(result.bytes)).toBe('817e000548656c6c6f');
		expect(result.diagnostics.map((d) => [d.code, d.closeCode, d.bitOffset, d.bitLength])).toEqual([
			['length_not_minimal', 1002, 9, 23]
		]);
		expect(layout(result.fields)).toContain('extended_payload_length@16+16');
	});

	it('builds frames that break rules, for the builder to show', () => {
		const cases = [
			[{ opcode: 3, mask: key }, 'reserved_opcode'],
			[{ opcode: 'ping', fin: false, mask: key }, 'control_frame_fragmented'],
			[{ opcode: 'ping', payload: new Uint8Array(126), mask: key }, 'control_frame_too_long'],
			[{ opcode: 'text', rsv2: true, mask: key }, 'rsv_bit_without_extension']
		] as const;
		for (const [spec, code] of cases) {
			expect(encode(spec).diagnostics.map((d) => d.code)).toContain(code);
		}
	});

	it('judges masking by who sends', () => {
		expect(encode({ opcode: 'text', mask: null }, { from: 'client' }).diagnostics[0]?.code).toBe(
			'client_frame_unmasked'
		);
		expect(encode({ opcode: 'text', mask: key }, { from: 'server' }).diagnostics[0]?.code).toBe(
			'server_frame_masked'
		);
	});

	it('draws a fresh random key when asked', () => {
		const a = encode({ opcode: 'text', text: 'x', mask: 'random' });
		expect(a.frame.masked).toBe(true);
		expect(a.frame.maskKey).toHaveLength(4);
		expect(decode(a.bytes).messages[0]?.text).toBe('x');
	});
});
