import { describe, expect, it } from 'vitest';
import {
	answerDeflateOffers,
	checkDeflateResponse,
	parseExtensionsHeader
} from '$lib/protocol/index.ts';
import samples from '../../vectors/handshake-sample.json' with { type: 'json' };

/** The value of a header in raw HTTP text, or ''. */
function header(text: string, name: string): string {
	const line = text.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
	return line ? line.slice(name.length + 1).trim() : '';
}

describe('answering permessage-deflate offers', () => {
	const offers = samples.requests.filter((r) => header(r.requestText, 'Sec-WebSocket-Extensions'));

	for (const r of offers) {
		const value = header(r.requestText, 'Sec-WebSocket-Extensions');
		const declines = /decline/.test(r.rfcExpectation);
		it(`${r.id}: ${declines ? 'declines' : 'accepts or ignores'} "${value}"`, () => {
			const answer = answerDeflateOffers(value);
			if (!value.includes('permessage-deflate')) return expect(answer).toBeUndefined();
			expect(answer?.accepted).toBe(!declines);
		});
	}

	it('accepts what was asked and nothing more', () => {
		expect(answerDeflateOffers('permessage-deflate; client_max_window_bits')).toMatchObject({
			accepted: true,
			header: 'permessage-deflate'
		});
		expect(
			answerDeflateOffers(
				'permessage-deflate; server_no_context_takeover; server_max_window_bits=10; client_max_window_bits=12'
			)
		).toMatchObject({
			header:
				'permessage-deflate; server_no_context_takeover; server_max_window_bits=10; client_max_window_bits=12'
		});
	});

	it('falls back to a later offer when the first cannot be accepted', () => {
		const answer = answerDeflateOffers(
			'permessage-deflate; server_max_window_bits=7, permessage-deflate'
		);
		expect(answer).toMatchObject({ accepted: true, header: 'permessage-deflate' });
	});
});

describe('checking a server response against the offers', () => {
	const check = (offer: string, response: string) =>
		checkDeflateResponse(parseExtensionsHeader(offer), parseExtensionsHeader(response)[0]!).map(
			(p) => p.kind
		);

	it('accepts the responses a real server gives', () => {
		expect(check('permessage-deflate; client_max_window_bits', 'permessage-deflate')).toEqual([]);
		expect(
			check(
				'permessage-deflate; client_max_window_bits',
				'permessage-deflate; client_max_window_bits=10'
			)
		).toEqual([]);
	});

	it.each([
		['', 'permessage-deflate', 'not_offered'],
		[
			'permessage-deflate; client_max_window_bits',
			'permessage-deflate; server_max_window_bits=7',
			'invalid_value'
		],
		[
			'permessage-deflate',
			'permessage-deflate; client_max_window_bits=10',
			'client_window_not_offered'
		],
		[
			'permessage-deflate; server_max_window_bits=10',
			'permessage-deflate; server_max_window_bits=12',
			'server_window_too_large'
		],
		[
			'permessage-deflate; server_max_window_bits=10',
			'permessage-deflate',
			'server_window_too_large'
		],
		[
			'permessage-deflate; client_max_window_bits=10',
			'permessage-deflate; client_max_window_bits=12',
			'client_window_too_large'
		],
		[
			'permessage-deflate; server_no_context_takeover',
			'permessage-deflate',
			'server_no_context_takeover_dropped'
		],
		['permessage-deflate', 'permessage-deflate; foo', 'unknown_param']
	])('offer "%s", response "%s": %s', (offer, response, kind) => {
		expect(check(offer, response)).toContain(kind);
	});
});
