import { describe, expect, it } from 'vitest';
import { decode, encodeFrame, type FrameSpec } from '$lib/protocol/index.ts';
import { closeCodeInfo } from '$lib/protocol/message/close-codes.ts';
import { fromHex } from '../../helpers.ts';

function frames(...specs: FrameSpec[]): Uint8Array {
	const parts = specs.map((s) => encodeFrame({ mask: null, ...s }));
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

describe('messages', () => {
	it('delivers a ping between two fragments at once, and the message after it', () => {
		const bytes = frames(
			{ opcode: 'text', fin: false, text: 'Hel' },
			{ opcode: 'ping', text: 'p' },
			{ opcode: 'continuation', text: 'lo' }
		);
		const { messages, verdict } = decode(bytes, { from: 'server' });
		expect(messages.map((m) => [m.type, m.frames])).toEqual([
			['ping', [1]],
			['text', [0, 2]]
		]);
		expect(messages[1]!.text).toBe('Hello');
		expect(verdict.ok).toBe(true);
	});

	it('accepts a Hangul syllable split across two frames', () => {
		const bytes = frames(
			{ opcode: 'text', fin: false, payload: fromHex('ec95') },
			{ opcode: 'continuation', payload: fromHex('88') }
		);
		const result = decode(bytes, { from: 'server' });
		expect(result.verdict.ok).toBe(true);
		expect(result.messages[0]!.text).toBe('안');
	});

	it('fails at the first bad byte, in the frame where it is, before the message ends', () => {
		const bytes = frames(
			{ opcode: 'text', fin: false, text: 'ok' },
			{ opcode: 'continuation', fin: false, payload: fromHex('41ff') },
			{ opcode: 'continuation', text: 'never read' }
		);
		const { verdict } = decode(bytes, { from: 'server' });
		// frame 0: 2 + 2 bytes; frame 1: header at 4, payload at 6: 0x41 then 0xff at byte 7
		expect(verdict.firstError).toMatchObject({ code: 'invalid_utf8', bitOffset: 56, bitLength: 8 });
		expect(verdict.closeCode).toBe(1007);
	});

	it('points a sequence cut by the end of the message at its lead byte', () => {
		const bytes = frames({ opcode: 'text', payload: fromHex('41e8a0') });
		const { verdict } = decode(bytes, { from: 'server' });
		expect(verdict.firstError).toMatchObject({
			code: 'utf8_truncated',
			bitOffset: 24,
			bitLength: 16
		});
		expect(verdict.closeCode).toBe(1007);
	});

	it('does not check binary messages as text', () => {
		expect(
			decode(frames({ opcode: 'binary', payload: fromHex('ff') }), { from: 'server' }).verdict.ok
		).toBe(true);
	});

	it('reads a close frame into code and reason', () => {
		const bytes = frames({ opcode: 'close', closeCode: 1001, reason: '안녕' });
		expect(decode(bytes, { from: 'server' }).messages[0]).toMatchObject({
			type: 'close',
			code: 1001,
			reason: '안녕'
		});
	});

	it.each([
		[999, false],
		[1000, true],
		[1004, false],
		[1005, false],
		[1006, false],
		[1012, true],
		[1014, true],
		[1015, false],
		[1016, false],
		[2999, false],
		[3000, true],
		[4999, true],
		[5000, false]
	])('judges close code %i on the wire: valid = %s', (code, valid) => {
		expect(closeCodeInfo(code).valid).toBe(valid);
		const { verdict } = decode(frames({ opcode: 'close', closeCode: code }), { from: 'server' });
		expect(verdict.ok).toBe(valid);
		if (!valid)
			expect(verdict.firstError).toMatchObject({ code: 'invalid_close_code', bitOffset: 16 });
	});

	it('fails a close reason that is not UTF-8 with 1007', () => {
		const bytes = frames({ opcode: 'close', payload: fromHex('03e8c0') });
		expect(decode(bytes, { from: 'server' }).verdict).toMatchObject({ ok: false, closeCode: 1007 });
	});

	it('flags frames after a close frame and keeps them out of the messages', () => {
		const bytes = frames({ opcode: 'close', closeCode: 1000 }, { opcode: 'text', text: 'late' });
		const result = decode(bytes, { from: 'server' });
		expect(result.messages.map((m) => m.type)).toEqual(['close']);
		expect(result.diagnostics.map((d) => d.code)).toContain('frame_after_close');
		expect(result.verdict.ok).toBe(true);
	});

	it('fails with 1009 at the byte that crosses the size limit', () => {
		const bytes = frames(
			{ opcode: 'binary', fin: false, payload: new Uint8Array(60) },
			{ opcode: 'continuation', payload: new Uint8Array(60) }
		);
		const { verdict } = decode(bytes, { from: 'server', maxMessage: 100 });
		// frame 1 starts at 62, its payload at 64; byte 100 of the message is payload byte 40 of it
		expect(verdict.firstError).toMatchObject({ code: 'message_too_big', bitOffset: (64 + 40) * 8 });
		expect(verdict.closeCode).toBe(1009);
	});

	it('fails with 1009 at the length field when the input stops before the byte past the limit', () => {
		// The header declares 200 bytes against a limit of 100: a receiver knows the message is too big
		// (RFC 6455 §10.4) and does not wait for the 150 bytes still to come, as ws does not.
		const bytes = frames({ opcode: 'binary', payload: new Uint8Array(200) }).subarray(0, 54);
		const { verdict } = decode(bytes, { from: 'server', maxMessage: 100 });
		expect(verdict).toMatchObject({ ok: false, closeCode: 1009, needMoreBytes: 0 });
		expect(verdict.firstError).toMatchObject({
			code: 'message_too_big',
			bitOffset: 9,
			bitLength: 23
		});
	});

	it('says when the input stops between the frames of a message', () => {
		const result = decode(frames({ opcode: 'text', fin: false, text: 'Hel' }), { from: 'server' });
		expect(result.diagnostics.map((d) => d.code)).toContain('message_unfinished');
		expect(result.messages[0]).toMatchObject({ complete: false, text: 'Hel' });
	});
});

// A strict endpoint reads the stream in order and fails at the first error it can detect (RFC 6455
// §7.1.7): the verdict is that error, not the one whose bits start first.
describe('the verdict is the first error a receiver reading in order detects', () => {
	it('fails at a bad frame inside a text message before the message can end cut short', () => {
		// 0xe0 0xa0 is a cut sequence only once the final frame says the message is over; the ping of
		// 126 bytes in between is refused (1002) as soon as its header arrives.
		const bytes = frames(
			{ opcode: 'text', fin: false, payload: fromHex('e0a0') },
			{ opcode: 'ping', payload: new Uint8Array(126) },
			{ opcode: 'continuation', payload: new Uint8Array(0) }
		);
		const { verdict, diagnostics } = decode(bytes, { from: 'server' });
		expect(diagnostics.map((d) => d.code)).toContain('utf8_truncated');
		// frame 0 is 4 bytes; the ping's length field is bits 9-31 of its header
		expect(verdict.firstError).toMatchObject({ code: 'control_frame_too_long', bitOffset: 41 });
		expect(verdict.closeCode).toBe(1002);
	});

	it('fails at RSV2 on the final frame, which arrives before the text can be found cut short', () => {
		const bytes = frames(
			{ opcode: 'text', fin: false, payload: fromHex('e0') },
			{ opcode: 'continuation', rsv2: true, payload: new Uint8Array(0) }
		);
		const { verdict } = decode(bytes, { from: 'server' });
		expect(verdict.firstError).toMatchObject({ code: 'rsv_bit_without_extension', bitOffset: 26 });
		expect(verdict.closeCode).toBe(1002);
	});

	it('fails with 1007 at a fragment that does not inflate, before a later bad frame', () => {
		// ff ff is a DEFLATE block of the reserved type 3: the first fragment already cannot inflate.
		const bytes = frames(
			{ opcode: 'text', fin: false, rsv1: true, payload: fromHex('ffff') },
			{ opcode: 'continuation', rsv1: true, payload: fromHex('00') }
		);
		const { verdict } = decode(bytes, { from: 'server', extensions: 'permessage-deflate' });
		expect(verdict.firstError).toMatchObject({ code: 'inflate_failed', bitOffset: 0 });
		expect(verdict.firstError!.bitLength).toBe(4 * 8);
		expect(verdict.closeCode).toBe(1007);
	});
});

// RFC 6455 §1.4: "after receiving a control frame indicating the connection should be closed, a peer
// discards any further data received"; nothing after the close frame can fail the connection.
describe('after a close frame', () => {
	it.each<[string, FrameSpec]>([
		['a frame with RSV2 set', { opcode: 'text', rsv2: true, text: 'x' }],
		['a masked frame from the server', { opcode: 'text', mask: Uint8Array.of(1, 2, 3, 4) }],
		['a frame with a reserved opcode', { opcode: 5 }],
		['a continuation frame with nothing open', { opcode: 'continuation' }],
		['text that is not UTF-8', { opcode: 'text', payload: fromHex('ff') }],
		['a second close with a forbidden code', { opcode: 'close', closeCode: 1005 }]
	])('discards %s without failing', (_what, late) => {
		const result = decode(frames({ opcode: 'close', closeCode: 1000 }, late), { from: 'server' });
		expect(result.messages.map((m) => m.type)).toEqual(['close']);
		expect(result.verdict).toEqual({ ok: true, closeCode: null, needMoreBytes: 0 });
	});

	it('does not wait for the rest of a frame cut short after it', () => {
		const bytes = frames({ opcode: 'close', closeCode: 1000 }, { opcode: 'text', text: 'late' });
		const result = decode(bytes.subarray(0, bytes.length - 2), { from: 'server' });
		expect(result.verdict).toEqual({ ok: true, closeCode: null, needMoreBytes: 0 });
	});

	it('still fails on an error before it', () => {
		const bytes = frames(
			{ opcode: 'text', rsv3: true, text: 'x' },
			{ opcode: 'close', closeCode: 1000 }
		);
		expect(decode(bytes, { from: 'server' }).verdict.closeCode).toBe(1002);
	});
});

describe('a size limit and input cut short', () => {
	it('fails with 1009 once the length is read, even when the masking key is cut short', () => {
		const bytes = encodeFrame({
			opcode: 'binary',
			mask: Uint8Array.of(1, 2, 3, 4),
			payload: new Uint8Array(2)
		});
		const { verdict } = decode(bytes.subarray(0, 3), { from: 'client', maxMessage: 1 });
		expect(verdict).toMatchObject({ ok: false, closeCode: 1009, needMoreBytes: 0 });
		expect(verdict.firstError).toMatchObject({
			code: 'message_too_big',
			bitOffset: 9,
			bitLength: 7
		});
	});

	it('waits when the frame is cut before its length is known', () => {
		const bytes = encodeFrame({
			opcode: 'binary',
			mask: Uint8Array.of(1, 2, 3, 4),
			payload: new Uint8Array(300)
		});
		const { verdict } = decode(bytes.subarray(0, 3), { from: 'client', maxMessage: 1 });
		expect(verdict).toMatchObject({ ok: true, closeCode: null });
		expect(verdict.needMoreBytes).toBeGreaterThan(0);
	});
});
