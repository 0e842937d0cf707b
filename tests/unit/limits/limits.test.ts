// Every user-visible limit added or made explicit for issue 18, reached: each one is a catalogued code
// with its limit in the params (and a message in en and ko: tests/unit/i18n/catalogs.test.ts checks
// every catalogued code has both), never a silent cut.
import { describe, expect, it } from 'vitest';
import { analyzeConnection, readCapture } from '$lib/protocol/index.ts';
import { MAX_HTTP_MESSAGES } from '$lib/protocol/capture/http.ts';
import { MAX_TLS_RECORDS } from '$lib/protocol/capture/tls.ts';
import { messageView, FRAMES_KEPT } from '$lib/components/decode-view.ts';
import { decode } from '$lib/protocol/index.ts';
import {
	DEFAULT_STATE,
	LINK_FIELD_CHARS,
	MAX_FRAGMENTS,
	readBuilderState
} from '$lib/state/builder.svelte.ts';
import { LINK_PROBLEM_MESSAGES } from '$lib/i18n/link-messages.ts';
import {
	LINK_TEXT_LIMIT,
	readLink as readHandshakeLink
} from '../../../src/routes/handshake/link.ts';
import { encodeState } from '$lib/state/url-state.ts';
import { conversation, pcap, records } from '../capture/build.ts';

// The builder's default frame with one fragment and no hex: the link a user would share.
const FRAME = { ...DEFAULT_STATE, hex: '', fragments: 1 };

describe('/build link limits', () => {
	it('a text, hex or reason past LINK_FIELD_CHARS is field_too_long with the field and limit', () => {
		expect(LINK_FIELD_CHARS).toBe(100_000);
		expect(readBuilderState({ ...FRAME, text: 'a'.repeat(LINK_FIELD_CHARS) }).ok).toBe(true);
		for (const field of ['text', 'hex', 'reason']) {
			const reading = readBuilderState({ ...FRAME, [field]: 'a'.repeat(LINK_FIELD_CHARS + 1) });
			expect(reading).toEqual({
				ok: false,
				error: { code: 'field_too_long', params: { field, limit: LINK_FIELD_CHARS } }
			});
		}
	});

	it('more fragments than MAX_FRAGMENTS is too_many_fragments with the limit', () => {
		expect(readBuilderState({ ...FRAME, fragments: MAX_FRAGMENTS }).ok).toBe(true);
		for (const fragments of [MAX_FRAGMENTS + 1, 1_000_000_000]) {
			expect(readBuilderState({ ...FRAME, fragments })).toEqual({
				ok: false,
				error: { code: 'too_many_fragments', params: { limit: MAX_FRAGMENTS } }
			});
		}
		expect(readBuilderState({ ...FRAME, fragments: 0 })).toMatchObject({
			error: { code: 'bad_field' }
		});
	});
});

describe('/handshake link limit', () => {
	const state = (q: string) => ({
		v: 1,
		q,
		r: '',
		s: 0,
		p: 'check',
		b: ['wss://a/', '', '', '', '']
	});

	it('carries texts up to 1 MiB, and says text_too_long with the limit past it', async () => {
		expect(LINK_TEXT_LIMIT).toBe(1024 * 1024);
		const fits = await readHandshakeLink(await encodeState(state('G'.repeat(LINK_TEXT_LIMIT))));
		expect(fits?.ok).toBe(true);
		const over = await readHandshakeLink(await encodeState(state('G'.repeat(LINK_TEXT_LIMIT + 1))));
		expect(over).toEqual({
			ok: false,
			error: { code: 'text_too_long', params: { limit: LINK_TEXT_LIMIT } }
		});
	});

	it('every link problem code has a message', () => {
		for (const code of ['text_too_long', 'field_too_long', 'too_many_fragments'] as const)
			expect(typeof LINK_PROBLEM_MESSAGES[code]).toBe('function');
	});
});

describe('frames kept per message for display', () => {
	it('keeps FRAMES_KEPT frame numbers and counts them all', () => {
		const fragments = [0x01, ...Array(98).fill(0x00)].map((op) => [op, 1, 0x61]);
		const bytes = Uint8Array.from([...fragments.flat(), 0x80, 1, 0x61]);
		const m = decode(bytes, { from: 'server' }).messages[0]!;
		const view = messageView(m);
		expect(view.frameCount).toBe(100);
		expect(view.frames).toHaveLength(FRAMES_KEPT);
	});
});

/** `data` sent by `from` in segments of at most 1400 bytes (an IP packet holds at most 64 KiB). */
function segments(from: 'client' | 'server', data: Uint8Array | string, at: number) {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const out = [];
	for (let i = 0; i < bytes.length; i += 1400)
		out.push({ from, data: bytes.subarray(i, i + 1400), at: at + i / 1e9 });
	return out;
}

describe('capture listing limits', () => {
	const connection = (sends: Parameters<typeof conversation>[0]['sends']) =>
		analyzeConnection(
			readCapture(
				pcap(records(conversation({ client: ['10.0.0.1', 5000], server: ['10.0.0.2', 80], sends })))
			).connections[0]!
		);

	it('past MAX_HTTP_MESSAGES requests: http_messages_not_listed with the limit and role', () => {
		const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
		const c = connection(segments('client', request.repeat(MAX_HTTP_MESSAGES + 3), 0.01));
		expect(c.http!.requests).toHaveLength(MAX_HTTP_MESSAGES);
		const d = c.diagnostics.find((x) => x.code === 'http_messages_not_listed');
		expect(d?.params).toEqual({ limit: MAX_HTTP_MESSAGES, role: 'client' });
	});

	it('past MAX_TLS_RECORDS records: tls_records_not_listed with the limit and role', () => {
		const hello = [22, 3, 1, 0, 4, 1, 0, 0, 0];
		const record = [23, 3, 3, 0, 0];
		const server = new Uint8Array(record.length * (MAX_TLS_RECORDS + 2));
		for (let i = 0; i < server.length; i += record.length) server.set(record, i);
		const c = connection([
			{ from: 'client', data: Uint8Array.from(hello), at: 0.01 },
			...segments('server', server, 0.02)
		]);
		expect(c.tls!.records.server).toHaveLength(MAX_TLS_RECORDS);
		const d = c.diagnostics.find((x) => x.code === 'tls_records_not_listed');
		expect(d?.params).toEqual({ limit: MAX_TLS_RECORDS, role: 'server' });
	});
});
