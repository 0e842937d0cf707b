import { describe, expect, it } from 'vitest';
import { decode, FrameDecoder, maskTrace } from '$lib/protocol/index.ts';
import { fromHex, layout, toHex } from '../../helpers.ts';

const maskedHello = fromHex('818537fa213d7f9f4d5158');

describe('the frame decoder', () => {
	it('gives every header field its absolute bit range', () => {
		const [frame] = decode(maskedHello, { from: 'client' }).frames;
		expect(layout(frame!.fields)).toEqual([
			'fin@0+1',
			'rsv1@1+1',
			'rsv2@2+1',
			'rsv3@3+1',
			'opcode@4+4',
			'mask@8+1',
			'payload_length@9+7',
			'masking_key@16+32',
			'payload@48+40'
		]);
	});

	it('places the fields of a second frame after the first', () => {
		const { frames } = decode(fromHex('010348656c80026c6f'), { from: 'server' });
		expect(layout(frames[1]!.fields)).toEqual([
			'fin@40+1',
			'rsv1@41+1',
			'rsv2@42+1',
			'rsv3@43+1',
			'opcode@44+4',
			'mask@48+1',
			'payload_length@49+7',
			'payload@56+16'
		]);
	});

	it('reads a 16-bit extended length', () => {
		const bytes = new Uint8Array(4 + 300);
		bytes.set([0x82, 0x7e, 0x01, 0x2c]);
		const [frame] = decode(bytes, { from: 'server' }).frames;
		expect(frame).toMatchObject({ lengthBits: 16, payloadLength: 300, headerLength: 4 });
		expect(layout(frame!.fields).slice(6)).toEqual([
			'payload_length@9+7',
			'extended_payload_length@16+16',
			'payload@32+2400'
		]);
	});

	it('reads a 64-bit extended length with a masking key after it', () => {
		const bytes = new Uint8Array(14 + 65536);
		bytes.set([0x82, 0xff, 0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 3, 4]);
		const [frame] = decode(bytes, { from: 'client' }).frames;
		expect(frame).toMatchObject({ lengthBits: 64, payloadLength: 65536, headerLength: 14 });
		expect(toHex(frame!.maskKey!)).toBe('01020304');
		expect(frame!.payload[0]).toBe(1);
		expect(frame!.payload[5]).toBe(2);
	});

	it('infers the sender from the first mask bit and says so', () => {
		const result = decode(maskedHello);
		expect(result).toMatchObject({ from: 'client', fromInferred: true });
		expect(result.diagnostics.map((d) => [d.code, d.bitOffset, d.bitLength])).toEqual([
			['role_inferred', 8, 1]
		]);
	});

	it('says how many bytes a frame cut inside its payload still needs', () => {
		const result = decode(maskedHello.subarray(0, 8), { from: 'client' });
		expect(result.frames[0]).toMatchObject({ complete: false, missing: 3, length: 8 });
		expect(toHex(result.frames[0]!.payload)).toBe('4865');
		expect(result.verdict).toMatchObject({ ok: true, needMoreBytes: 3 });
		expect(result.diagnostics.map((d) => [d.code, d.bitOffset])).toEqual([['frame_truncated', 64]]);
	});

	it('says how many bytes a frame cut inside its masking key still needs', () => {
		const result = decode(fromHex('818537fa'), { from: 'client' });
		expect(result.frames[0]).toMatchObject({ complete: false, missing: 7, headerLength: 4 });
		expect(layout(result.frames[0]!.fields).at(-1)).toBe('truncated_header@16+16');
	});

	it('reads a lone first byte as the start of a frame', () => {
		const result = decode(fromHex('81'), { from: 'server' });
		expect(result.frames[0]).toMatchObject({ complete: false, missing: 1, headerLength: 1 });
		expect(layout(result.frames[0]!.fields)).toEqual([
			'fin@0+1',
			'rsv1@1+1',
			'rsv2@2+1',
			'rsv3@3+1',
			'opcode@4+4'
		]);
	});

	it('refuses a 64-bit length with its top bit set and leaves the rest unparsed', () => {
		const result = decode(fromHex('827f8000000000000000' + '48656c6c6f'), { from: 'server' });
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1002 });
		const d = result.diagnostics.find((x) => x.code === 'length_top_bit_set');
		expect([d?.bitOffset, d?.bitLength]).toEqual([16, 1]);
		expect(result.unparsed).toEqual({ offset: 10, length: 5 });
		expect(result.frames[0]!.payloadLength).toBe(2n ** 63n);
	});

	it('does not allocate for a declared length of 2^63 - 1 or 2^53', () => {
		for (const hex of ['827f7fffffffffffffff', '827f0020000000000000']) {
			const result = decode(fromHex(hex), { from: 'server' });
			expect(result.verdict).toMatchObject({ ok: false, closeCode: 1009 });
			expect(result.frames[0]!.payload.length).toBe(0);
		}
	});

	it('waits for a large declared length that is still countable', () => {
		const result = decode(fromHex('827f001fffffffffffff'), { from: 'server' });
		expect(result.verdict).toMatchObject({ ok: true, needMoreBytes: 2 ** 53 - 1 });
	});

	it('points each RSV diagnostic at its own bit', () => {
		const result = decode(fromHex('f1808899aabb'), { from: 'client' });
		const rsv = result.diagnostics.filter((d) => d.code === 'rsv_bit_without_extension');
		expect(rsv.map((d) => [d.bitOffset, d.bitLength, d.closeCode])).toEqual([
			[1, 1, 1002],
			[2, 1, 1002],
			[3, 1, 1002]
		]);
	});

	it('allows RSV1 on the first frame of a message when permessage-deflate is negotiated', () => {
		const result = decode(fromHex('c107f248cdc9c90700'), {
			from: 'server',
			extensions: 'permessage-deflate; server_no_context_takeover'
		});
		expect(result.verdict.ok).toBe(true);
		expect(result.messages[0]).toMatchObject({ type: 'text', compressed: true });
	});

	it('does not treat RSV1 as compression when no extension was negotiated', () => {
		const result = decode(fromHex('c10548656c6c6f'), { from: 'server' });
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1002 });
		expect(result.messages[0]).toMatchObject({ compressed: false, text: 'Hello' });
	});

	it('refuses RSV1 on a control frame even with permessage-deflate', () => {
		const result = decode(fromHex('c900'), { from: 'server', extensions: 'permessage-deflate' });
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1002 });
	});

	it.each([
		['a control frame', 'c900', 'ping'],
		['a continuation frame', '4103f248cdc004c9c90700', 'continuation']
	])(
		'cites RFC 7692 §6.1 for RSV1 on %s when permessage-deflate is negotiated',
		(_what, hex, type) => {
			// The bit is defined (so "no extension defines it" would be wrong), but only for the first
			// frame of a data message: "Per-Message Compressed" is a property of the message.
			const result = decode(fromHex(hex), { from: 'server', extensions: 'permessage-deflate' });
			const first = result.verdict.firstError;
			expect(first).toMatchObject({ code: 'compressed_bit_misplaced', rfc: 'RFC 7692 §6.1' });
			expect(first).toMatchObject({ closeCode: 1002, severity: 'error', bitLength: 1 });
			expect(first!.params).toMatchObject({ type });
			expect(first!.bitOffset).toBe(result.frames.find((f) => f.type === type)!.offset * 8 + 1);
		}
	);

	it('flags a masking key of all zeros as a lesson, not an error', () => {
		const result = decode(fromHex('81850000000048656c6c6f'), { from: 'client' });
		expect(result.verdict.ok).toBe(true);
		const d = result.diagnostics.find((x) => x.code === 'mask_key_all_zero');
		expect([d?.severity, d?.bitOffset, d?.bitLength]).toEqual(['info', 16, 32]);
	});

	it('reads frames back to back and reports the first error for the verdict', () => {
		const bytes = fromHex('810548656c6c6f' + '830148' + '8a00');
		const result = decode(bytes, { from: 'server' });
		expect(result.frames.map((f) => f.type)).toEqual(['text', 'reserved', 'pong']);
		expect(result.verdict).toMatchObject({ ok: false, closeCode: 1002 });
		expect(result.verdict.firstError).toMatchObject({ code: 'reserved_opcode', bitOffset: 60 });
	});

	it('gives the same frames however the input is split', () => {
		const bytes = fromHex('010348656c' + '890548656c6c6f' + '80026c6f');
		const whole = decode(bytes, { from: 'server' });
		const decoder = new FrameDecoder({ from: 'server' });
		for (const b of bytes) decoder.push(Uint8Array.of(b));
		decoder.end();
		expect(decoder.frames).toEqual(whole.frames);
	});

	it('does not change the input when it unmasks', () => {
		const copy = maskedHello.slice();
		decode(copy, { from: 'client' });
		expect(copy).toEqual(maskedHello);
	});

	it('can skip annotations and still find every problem', () => {
		const bytes = fromHex('c185409921b733f440db2c');
		const plain = decode(bytes, { from: 'client', annotate: false });
		expect(plain.frames[0]!.fields).toBeUndefined();
		expect(plain.verdict).toEqual(decode(bytes, { from: 'client' }).verdict);
	});

	it('traces masking one XOR at a time', () => {
		const steps = maskTrace(fromHex('7f9f4d5158'), fromHex('37fa213d'));
		expect(steps.map((s) => [s.keyIndex, s.unmasked])).toEqual([
			[0, 0x48],
			[1, 0x65],
			[2, 0x6c],
			[3, 0x6c],
			[0, 0x6f]
		]);
	});
});

describe('a header cut short is judged on the bits that arrived (RFC 6455 §5.5, §5.5.1)', () => {
	const judge = (hex: string) => decode(fromHex(hex), { from: 'server' });

	it('fails a control frame whose 7-bit length announces a longer form at its second byte', () => {
		for (const [hex, field] of [
			['897e', 126],
			['8a7f0000', 127]
		] as const) {
			const { verdict, diagnostics } = judge(hex);
			expect(verdict).toMatchObject({ ok: false, closeCode: 1002, needMoreBytes: 0 });
			expect(verdict.firstError).toMatchObject({
				code: 'control_frame_length_form',
				bitOffset: 9,
				bitLength: 7,
				params: { field }
			});
			expect(diagnostics.map((d) => d.code)).not.toContain('control_frame_too_long');
		}
	});

	it('fails a close frame that declares one byte as soon as its length is read', () => {
		for (const hex of ['8801', '880103']) {
			const { verdict, diagnostics } = judge(hex);
			expect(verdict).toMatchObject({ ok: false, closeCode: 1002, needMoreBytes: 0 });
			expect(verdict.firstError).toMatchObject({
				code: 'close_payload_one_byte',
				bitOffset: 9,
				bitLength: 7
			});
			expect(diagnostics.filter((d) => d.code === 'close_payload_one_byte')).toHaveLength(1);
		}
	});

	it('judges a frame cut after its first byte on FIN, RSV and the opcode', () => {
		expect(judge('83').verdict.firstError?.code).toBe('reserved_opcode');
		expect(judge('09').verdict.firstError?.code).toBe('control_frame_fragmented');
		expect(judge('81').verdict).toMatchObject({ ok: true, needMoreBytes: 1 });
	});

	it('still waits for a ping of one byte, which is legal', () => {
		expect(judge('8901').verdict).toMatchObject({ ok: true, needMoreBytes: 1 });
	});
});
