// The questions added for issue 16: each answer checked against RFC 6455 independently of the
// material that computed it (bytes written here by hand from the RFC, Node's crypto and Buffer), and
// each wrong answer mapped to the misconception it shows.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '$lib/learn/exercises.ts';
import { materialOf } from '$lib/learn/materials.ts';
import type { Exercise } from '$lib/learn/types.ts';

async function question(slug: string, id: string): Promise<Exercise> {
	const found = (await materialOf(slug)).exercises.find((e) => e.id === id);
	if (!found) throw new Error(`no question ${slug}/${id}`);
	return found;
}

const bytes = (ex: Exercise) =>
	ex.kind === 'pick-byte' ? Buffer.from(ex.bytes).toString('hex') : '';

describe('the answers, as RFC 6455 has them', () => {
	it('a server frame of up to 125 bytes has a 2-byte header (§5.2); its text starts at byte 2', async () => {
		expect(await question('why-websocket', 'event_framing')).toMatchObject({ answer: 2 });
		const news = await question('why-websocket', 'text_starts');
		expect(bytes(news)).toBe('81046e657773');
		expect(news).toMatchObject({ answer: 2 });
	});

	it('an accept is 28 characters: base64 of SHA-1 (§4.2.2); the echoed key is the wrong line', async () => {
		const accept = createHash('sha1')
			.update('x258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
			.digest('base64');
		expect(await question('handshake', 'accept_length')).toMatchObject({ answer: accept.length });
		expect(accept.length).toBe(28);
		expect(await question('handshake', 'echoed_key')).toMatchObject({
			answer: 'response_header_sec_websocket_accept'
		});
	});

	it('0x88 is a complete close frame (§5.2, §11.8); a ping with FIN = 0 breaks §5.5 at FIN', async () => {
		expect(await question('frame', 'first_byte')).toMatchObject({ answer: 'close_final' });
		expect(await question('frame', 'fragmented_ping')).toMatchObject({ answer: 'fin' });
	});

	it('a client "Hi" is 2 + 4 + 2 bytes (§5.3); a zero masking key is still a key (§5.1)', async () => {
		expect(await question('masking', 'client_frame_length')).toMatchObject({ answer: 8 });
		expect(await question('masking', 'zero_key')).toMatchObject({ answer: 'accept' });
	});

	it('a first fragment 0x01 is text with more to come; a new text frame mid-message fails (§5.4)', async () => {
		expect(await question('fragments', 'first_fragment')).toMatchObject({ answer: 'text_more' });
		const interleaved = await question('fragments', 'interleaved');
		// 01 03 "Hel", then 81: a text frame before the message ended.
		expect(bytes(interleaved)).toBe('010348656c81026c6f');
		expect(interleaved).toMatchObject({ answer: 5 });
	});

	it('"Hi 안녕" is 9 UTF-8 bytes; a binary payload is never checked as UTF-8 (§5.6, §8.1)', async () => {
		expect(await question('utf8', 'mixed_length')).toMatchObject({
			answer: Buffer.byteLength('Hi 안녕', 'utf8')
		});
		expect(await question('utf8', 'binary_ff')).toMatchObject({ answer: 'accept' });
	});

	it('close(1000, "done") from a client is 12 bytes; a 126-byte ping breaks §5.5 at its length', async () => {
		expect(await question('close', 'close_frame_length')).toMatchObject({ answer: 2 + 4 + 2 + 4 });
		expect(await question('close', 'long_ping')).toMatchObject({ answer: 'payload_length' });
	});

	it('a compressed binary frame starts 0xc2 (RFC 7692 §6); RSV2 stays reserved', async () => {
		expect(await question('extensions', 'compressed_first_byte')).toMatchObject({
			answer: 0b1100_0010
		});
		expect(await question('extensions', 'rsv2_set')).toMatchObject({ answer: 'rsv2' });
	});

	it('send("hello!") is 12 bytes; a masked server frame fails at byte 1, the MASK bit (§5.1)', async () => {
		expect(await question('browser-api', 'send_length')).toMatchObject({ answer: 12 });
		expect(await question('browser-api', 'masked_from_server')).toMatchObject({ answer: 1 });
	});

	it('a port in the URL wins (§3); a proxy that drops Connection: Upgrade breaks §4.2.1', async () => {
		expect(await question('deployment', 'explicit_port')).toMatchObject({ answer: 8443 });
		expect(await question('deployment', 'proxied_request')).toMatchObject({
			answer: 'request_header_connection'
		});
	});

	it('socket.io events are text frames; 안 starts after 2 header bytes and 11 ASCII bytes', async () => {
		expect(await question('socket-io', 'event_opcode')).toMatchObject({ answer: 'text' });
		expect(await question('socket-io', 'hangul_starts')).toMatchObject({ answer: 2 + 11 });
	});

	it('the smallest frame is 2 bytes (§5.2); a close frame carrying 1005 fails at its code (§7.4.1)', async () => {
		expect(await question('myths', 'smallest_frame')).toMatchObject({ answer: 2 });
		const close = await question('myths', 'close_1005');
		expect(bytes(close)).toBe('880203ed');
		expect(close).toMatchObject({ answer: 2 });
	});
});

describe('a wrong answer names its misconception', () => {
	it('a number: the typical wrong values, else "other"', async () => {
		const ex = await question('frame', 'header_length');
		expect(checkAnswer(ex, '4')).toMatchObject({ correct: false, hint: 'forgot_mask_key' });
		expect(checkAnswer(ex, '6 bytes')).toMatchObject({ hint: 'short_length' });
		expect(checkAnswer(ex, '64')).toMatchObject({ hint: 'counted_bits' });
		expect(checkAnswer(ex, '308')).toMatchObject({ hint: 'whole_frame' });
		expect(checkAnswer(ex, '7')).toMatchObject({ hint: 'other' });
		expect(checkAnswer(ex, '8').hint).toBeUndefined();
	});

	it('a choice: the option picked', async () => {
		const ex = await question('frame', 'first_byte');
		expect(checkAnswer(ex, 'ping_final')).toMatchObject({ correct: false, hint: 'ping_final' });
	});

	it('a picked byte: the engine field it belongs to', async () => {
		const ex = await question('browser-api', 'masked_from_server');
		expect(checkAnswer(ex, '0')).toMatchObject({ hint: 'fin', field: { id: 'fin' } });
		expect(checkAnswer(ex, '3')).toMatchObject({ hint: 'masking_key' });
		expect(checkAnswer(ex, '7')).toMatchObject({ hint: 'payload' });
	});

	it('a part: the part picked', async () => {
		const ex = await question('close', 'long_ping');
		expect(checkAnswer(ex, 'opcode')).toMatchObject({ correct: false, hint: 'opcode' });
		expect(checkAnswer(ex, 'payload_length').correct).toBe(true);
	});
});
