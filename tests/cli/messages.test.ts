// The message layer through the CLI: negotiated extensions, the size limit, close frames.
import { describe, expect, it } from 'vitest';
import { SLOW, wsvizJson } from './run.ts';

interface DecodeJson {
	messages: Record<string, unknown>[];
	diagnostics: { code: string; closeCode?: number; offset: number }[];
	verdict: { ok: boolean; closeCode: number | null; needMoreBytes: number };
}

describe.concurrent('wsviz decode with the message layer', { timeout: SLOW }, () => {
	it('inflates messages that share a window under permessage-deflate (RFC 7692 §7.2.3.2)', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from',
			'server',
			'--extensions',
			'permessage-deflate',
			'c107f248cdc9c90700c105f200110000'
		]);
		expect(json.messages).toEqual([
			{
				type: 'text',
				frames: [0],
				text: 'Hello',
				compressed: true,
				compressedHex: 'f248cdc9c90700',
				payload: null
			},
			{
				type: 'text',
				frames: [1],
				text: 'Hello',
				compressed: true,
				compressedHex: 'f200110000',
				payload: null
			}
		]);
		expect(json.verdict.ok).toBe(true);
	});

	it('fails the same bytes with 1007 when the server promised not to keep its window', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from',
			'server',
			'--extensions',
			'permessage-deflate; server_no_context_takeover',
			'c107f248cdc9c90700c105f200110000'
		]);
		expect(json.verdict).toMatchObject({ ok: false, closeCode: 1007 });
	});

	it('fails with 1009 at the byte that crosses --max-message', async () => {
		const payload = '01'.repeat(200);
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from',
			'server',
			'--max-message',
			'100',
			`827e00c8${payload}`
		]);
		expect(json.verdict).toMatchObject({ ok: false, closeCode: 1009 });
		expect(json.diagnostics.find((d) => d.code === 'message_too_big')?.offset).toBe(4 + 100);
	});

	it('reads a close frame and refuses a close code that may not be sent', async () => {
		const ok = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from',
			'server',
			'880503e8627965'
		]);
		expect(ok.messages).toEqual([{ type: 'close', frames: [0], code: 1000, reason: 'bye' }]);
		const bad = await wsvizJson<DecodeJson>(['decode', '--json', '--from', 'server', '880203ed']);
		expect(bad.verdict).toMatchObject({ ok: false, closeCode: 1002 });
		expect(bad.diagnostics.map((d) => d.code)).toContain('invalid_close_code');
	});
});
