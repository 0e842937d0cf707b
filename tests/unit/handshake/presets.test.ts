// The /handshake presets: RFC 6455's example and the captured browser handshake are the texts of
// their vectors, byte for byte, and each broken preset is diagnosed by the engine as the mistake it
// is named after: the status a strict server answers, whether a strict client accepts, and why.
import { describe, expect, it } from 'vitest';
import {
	checkHandshake,
	handshakePresets,
	handshakeStatusText,
	keyProblem,
	presetById
} from '$lib/protocol/index.ts';
import chromium from '../../vectors/chromium-handshake.json' with { type: 'json' };
import rfc from '../../vectors/rfc6455-1.3.json' with { type: 'json' };

const check = (id: string) => {
	const p = presetById(id)!;
	return checkHandshake(p.request, p.response === '' ? undefined : p.response);
};

/** Each preset's verdict: the strict server's status, the strict client's answer, the deciding error. */
const EXPECTED: Record<
	string,
	{ status: number; clientAccepts: boolean | null; error?: string; mistakes?: string[] }
> = {
	rfc_6455: { status: 101, clientAccepts: true },
	chromium_deflate: { status: 101, clientAccepts: true },
	missing_upgrade: { status: 400, clientAccepts: null, error: 'handshake_upgrade_missing' },
	version_8: { status: 426, clientAccepts: null, error: 'handshake_version_unsupported' },
	key_15_bytes: { status: 400, clientAccepts: null, error: 'handshake_key_invalid' },
	wrong_accept: {
		status: 101,
		clientAccepts: false,
		error: 'handshake_accept_mismatch',
		mistakes: ['rfc_example_copied']
	},
	subprotocol_not_offered: {
		status: 101,
		clientAccepts: false,
		error: 'handshake_subprotocol_not_offered'
	}
};

describe('the handshake presets', () => {
	it('are the ones expected, each with a source', () => {
		expect(handshakePresets().map((p) => p.id)).toEqual(Object.keys(EXPECTED));
		for (const p of handshakePresets()) expect(p.source).not.toBe('');
	});

	it('keep the RFC 6455 §1.2 example and the Chromium capture byte for byte', () => {
		expect(presetById('rfc_6455')).toMatchObject({ request: rfc.request, response: rfc.response });
		expect(presetById('chromium_deflate')).toMatchObject({
			request: chromium.requestText,
			response: chromium.responseText
		});
	});

	it.each(Object.entries(EXPECTED))('%s: the engine gives the expected verdict', (id, want) => {
		const r = check(id);
		expect(r.verdict).toMatchObject({ status: want.status, clientAccepts: want.clientAccepts });
		const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
		expect(errors).toEqual(want.error ? [want.error] : []);
		expect(r.accept?.mistakes.map((m) => m.id) ?? []).toEqual(want.mistakes ?? []);
	});

	it('offers permessage-deflate in the captured browser handshake, and gets it', () => {
		const r = check('chromium_deflate');
		const offer = r.request?.headers.find((h) => h.key === 'sec-websocket-extensions');
		expect(offer?.value).toBe('permessage-deflate; client_max_window_bits');
		expect(r.response?.headers.find((h) => h.key === 'sec-websocket-extensions')?.value).toBe(
			'permessage-deflate'
		);
		expect(r.accept?.matches).toBe(true);
	});

	it('gives the 15-byte preset a key of 15 bytes, not just any bad key', () => {
		const key = check('key_15_bytes').accept!.key;
		expect(keyProblem(key)).toBe('it decodes to 15 bytes, not 16');
	});
});

describe('handshakeStatusText', () => {
	it('names each status a strict server answers, and the versions that come with 426', () => {
		expect([101, 400, 405].map(handshakeStatusText)).toEqual([
			'101 Switching Protocols',
			'400 Bad Request',
			'405 Method Not Allowed'
		]);
		expect(handshakeStatusText(426)).toContain('Sec-WebSocket-Version: 13');
		expect(handshakeStatusText(418)).toBe('418');
	});
});
