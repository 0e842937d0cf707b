import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '$lib/learn/exercises.ts';
import { materialOf } from '$lib/learn/materials.ts';
import type { Exercise } from '$lib/learn/types.ts';
import { encodeFrame, encodeMessage } from '$lib/protocol/index.ts';

/** A lesson's question by id, or its first. */
async function exerciseOf(slug: string, id?: string): Promise<Exercise> {
	const { exercises } = await materialOf(slug);
	const found = id === undefined ? exercises[0] : exercises.find((e) => e.id === id);
	if (!found) throw new Error(`no question ${slug}/${id}`);
	return found;
}
/** Lesson 4's exercise, loaded once (material modules load on demand). */
const masking = await exerciseOf('masking');
const hex = (bytes: Uint8Array) =>
	Buffer.from(bytes)
		.toString('hex')
		.replace(/(..)(?!$)/g, '$1 ');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the answers the lessons expect', () => {
	it('lesson 1: long polling asks most often (again after every event)', async () => {
		expect(await exerciseOf('why-websocket')).toMatchObject({
			kind: 'choice',
			answer: 'long-polling'
		});
	});

	it('lesson 2: the accept of the key 00 01 … 0f', async () => {
		const ex = await exerciseOf('handshake');
		if (ex.kind !== 'choice') throw new Error('lesson 2 asks a choice question');
		const chosen = ex.options.find((o) => o.id === ex.answer)?.label;
		// base64(SHA-1(key + GUID)), computed here with Node's crypto, not the engine's SHA-1.
		const key = Buffer.from(Array.from({ length: 16 }, (_, i) => i)).toString('base64');
		const expected = createHash('sha1')
			.update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
			.digest('base64');
		expect(chosen).toBe(expected);
	});

	it('lesson 3: a masked frame of 300 bytes has 2 + 2 + 4 bytes of header', async () => {
		expect(await exerciseOf('frame')).toMatchObject({ kind: 'number', answer: 2 + 2 + 4 });
	});

	it('lesson 5: three fragments and a ping are two messages', async () => {
		expect(await exerciseOf('fragments')).toMatchObject({ kind: 'number', answer: 2 });
	});

	it('lesson 6: the byte after a cut-short lead sequence is the bad one', async () => {
		// 2 bytes of header, then ec 95 (two of 안's three bytes), then "H": offset 4.
		expect(await exerciseOf('utf8')).toMatchObject({ kind: 'pick-byte', answer: 4 });
	});

	it('lesson 7: invalid UTF-8 closes with 1007, lesson 12: a server may send 1001', async () => {
		expect(await exerciseOf('close')).toMatchObject({ answer: '1007' });
		expect(await exerciseOf('myths')).toMatchObject({ answer: '1001' });
	});

	it('lesson 8: RSV1 without an extension is a protocol error (1002)', async () => {
		expect(await exerciseOf('extensions')).toMatchObject({ answer: 'fail_1002' });
	});

	it('lesson 9: bytes go in a binary frame; lesson 10: wss:// is port 443', async () => {
		expect(await exerciseOf('browser-api')).toMatchObject({ answer: 'binary' });
		expect(await exerciseOf('deployment')).toMatchObject({ answer: '443' });
	});

	it('lesson 11: the event packet is counted in UTF-8 bytes', async () => {
		expect(await exerciseOf('socket-io')).toMatchObject({
			kind: 'number',
			answer: utf8('42["chat","안녕"]').length
		});
	});
});

describe('checkAnswer', () => {
	it('marks a choice right only when it is the answer', async () => {
		const ex = await exerciseOf('close');
		expect(checkAnswer(ex, '1007')).toMatchObject({ correct: true, reason: 'correct' });
		expect(checkAnswer(ex, '1002')).toMatchObject({ correct: false, reason: 'wrong' });
		expect(checkAnswer(ex, '')).toMatchObject({ correct: false, reason: 'empty' });
	});

	it('reads numbers as people type them', async () => {
		const ex: Exercise = { id: 'n', kind: 'number', answer: 8, mistakes: [] };
		expect(checkAnswer(ex, ' 8 ').correct).toBe(true);
		expect(checkAnswer(ex, '0x08').correct).toBe(true);
		expect(checkAnswer(ex, '9').correct).toBe(false);
		expect(checkAnswer(ex, '-8').correct).toBe(false);
		expect(checkAnswer(ex, '8.5').correct).toBe(false);
	});

	it('takes the units students write after a number', () => {
		const ex: Exercise = { id: 'n', kind: 'number', answer: 8, mistakes: [] };
		for (const typed of ['8 bytes', '8 byte', '8바이트', '8 바이트', '8B', '8개', '8 bytes.'])
			expect(checkAnswer(ex, typed), typed).toMatchObject({ correct: true });
		expect(checkAnswer(ex, '9 bytes').correct).toBe(false);
		expect(checkAnswer(ex, '8 bits').reason).toBe('wrong');
	});

	it('marks the picked byte by its offset', async () => {
		const ex = await exerciseOf('utf8');
		expect(checkAnswer(ex, '4').correct).toBe(true);
		expect(checkAnswer(ex, '0').reason).toBe('wrong');
	});

	describe('a built frame (lesson 4: the client frame for 안녕)', () => {
		const ex = masking;
		const key = Uint8Array.of(0xa1, 0xb2, 0xc3, 0xd4);

		it('accepts any correct frame: any key, any paste format, fragments too', async () => {
			const masked = encodeFrame({ opcode: 'text', text: '안녕', mask: key });
			expect(checkAnswer(ex, hex(masked))).toMatchObject({ correct: true, text: '안녕' });
			expect(checkAnswer(ex, Buffer.from(masked).toString('base64')).correct).toBe(true);
			const fragmented = encodeMessage({ type: 'text', text: '안녕', fragments: 2, mask: key });
			expect(checkAnswer(ex, hex(fragmented.bytes)).correct).toBe(true);
		});

		it('rejects an unmasked client frame with the close code a server sends (1002)', async () => {
			const unmasked = encodeFrame({ opcode: 'text', text: '안녕' });
			expect(checkAnswer(ex, hex(unmasked))).toMatchObject({
				correct: false,
				reason: 'rejected',
				closeCode: 1002,
				diagnostic: { code: 'client_frame_unmasked' }
			});
		});

		it('rejects a frame for 안녕 with FIN = 0: the message never ends (RFC 6455 §5.4)', () => {
			const unfinished = encodeFrame({ opcode: 'text', text: '안녕', mask: key, fin: false });
			expect(unfinished[0]! & 0x80).toBe(0);
			expect(checkAnswer(ex, hex(unfinished))).toMatchObject({
				correct: false,
				reason: 'unfinished',
				frame: { fin: false, opcode: 1, masked: true, length: 6 }
			});
		});

		it('says which frame it judged, so the explanation is about the frame typed', () => {
			const masked = encodeFrame({ opcode: 'text', text: '안녕', mask: key });
			expect(checkAnswer(ex, hex(masked)).frame).toEqual({
				fin: true,
				opcode: 1,
				masked: true,
				key: 'a1 b2 c3 d4',
				length: 6,
				lengthBits: 7
			});
		});

		it('does not pass frames the decoder warns about (a frame after the close frame)', () => {
			const text = encodeFrame({ opcode: 'text', text: '안녕', mask: key });
			const close = encodeFrame({ opcode: 'close', closeCode: 1000, mask: key });
			const ping = encodeFrame({ opcode: 'ping', mask: key });
			const check = checkAnswer(ex, hex(text) + ' ' + hex(close) + ' ' + hex(ping));
			expect(check).toMatchObject({ correct: false, reason: 'warned', text: '안녕' });
			expect(check.diagnostic).toMatchObject({ code: 'frame_after_close', severity: 'warning' });
		});

		it('says when the frame is cut short, carries other text, or is not bytes', async () => {
			const masked = encodeFrame({ opcode: 'text', text: '안녕', mask: key });
			expect(checkAnswer(ex, hex(masked.subarray(0, masked.length - 1))).reason).toBe('incomplete');
			const other = encodeFrame({ opcode: 'text', text: '안녕!', mask: key });
			expect(checkAnswer(ex, hex(other))).toMatchObject({ reason: 'other_message', text: '안녕!' });
			const binary = encodeFrame({ opcode: 'binary', payload: utf8('안녕'), mask: key });
			expect(checkAnswer(ex, hex(binary)).reason).toBe('other_message');
			expect(checkAnswer(ex, 'hello there').reason).toBe('unreadable');
		});
	});
});
