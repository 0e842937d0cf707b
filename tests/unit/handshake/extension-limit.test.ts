// Sec-WebSocket-Extensions under the list limit (MAX_LIST_ELEMENTS): the parser reads that many
// offers and stops at the next one, and the handshake reports the rest as handshake_list_too_long.
import { describe, expect, it } from 'vitest';
import { checkHandshake } from '$lib/protocol/index.ts';
import { scanExtensionsHeader, parseExtensionsHeader } from '$lib/protocol/extensions/header.ts';
import { MAX_LIST_ELEMENTS } from '$lib/protocol/handshake/lists.ts';
import { QUOTE_CHARS, quoted } from '$lib/protocol/handshake/rules.ts';

function request(extensions: string): string {
	return [
		'GET /chat HTTP/1.1',
		'Host: example.com',
		'Upgrade: websocket',
		'Connection: Upgrade',
		'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
		'Sec-WebSocket-Version: 13',
		'Origin: https://example.com',
		`Sec-WebSocket-Extensions: ${extensions}`,
		'',
		''
	].join('\r\n');
}

const offers = (count: number): string[] =>
	Array.from(
		{ length: count },
		(_, i) => `permessage-deflate; client_max_window_bits=${8 + (i % 8)}`
	);

describe('the extension parser under the list limit', () => {
	it('reads exactly MAX_LIST_ELEMENTS offers in full', () => {
		const scan = scanExtensionsHeader(offers(MAX_LIST_ELEMENTS).join(', '));
		expect(scan.items).toHaveLength(MAX_LIST_ELEMENTS);
		expect(scan.cut).toBe(false);
	});

	it('stops at the offer past the limit and reads nothing after it', () => {
		const head = offers(MAX_LIST_ELEMENTS + 1).join(', ');
		const value = `${head}, ${'x; y=1, '.repeat(50_000)}`;
		const scan = scanExtensionsHeader(value);
		expect(scan.items).toHaveLength(MAX_LIST_ELEMENTS);
		expect(scan.cut).toBe(true);
		expect(scan.end).toBe(head.length + 1);
		expect(parseExtensionsHeader(value)).toEqual(scan.items);
	});

	it('skips empty items without counting them, and keeps offsets', () => {
		const scan = scanExtensionsHeader(' , a; p=1,, b ,', 2);
		expect(scan.items.map((i) => [i.name, i.offset, i.length])).toEqual([
			['a', 3, 6],
			['b', 12, 1]
		]);
		expect(scan.cut).toBe(false);
		expect(scanExtensionsHeader('a, , b, c', 2)).toMatchObject({ cut: true, end: 9 });
	});

	it('reads at most `limit` parameters of one offer', () => {
		const [item] = parseExtensionsHeader(`x${'; p'.repeat(5000)}`, 100);
		expect(item!.params).toHaveLength(100);
	});

	it('makes a 100k-offer request one handshake_list_too_long (431), nothing per offer', () => {
		const r = checkHandshake(request(offers(100_000).join(', ')));
		expect(r.diagnostics.map((d) => d.code)).toEqual(['handshake_list_too_long']);
		expect(r.diagnostics[0]!.params).toEqual({
			name: 'Sec-WebSocket-Extensions',
			limit: MAX_LIST_ELEMENTS
		});
		expect(r.verdict.status).toBe(431);
	});

	it('checks the offers before the limit, not after (an unknown one past it is not reported)', () => {
		const late = [...offers(MAX_LIST_ELEMENTS + 5), 'x-unknown'].join(', ');
		expect(checkHandshake(request(late)).diagnostics.map((d) => d.code)).toEqual([
			'handshake_list_too_long'
		]);
		const early = ['x-unknown', ...offers(MAX_LIST_ELEMENTS + 5)].join(', ');
		expect(checkHandshake(request(early)).diagnostics.map((d) => d.code)).toEqual([
			'handshake_list_too_long',
			'handshake_extension_unknown'
		]);
	});
});

describe('the list limit as an option (maxListElements)', () => {
	it('lowers and raises the limit, and says which one in the params', () => {
		const text = request(offers(20).join(', '));
		const low = checkHandshake(text, undefined, { maxListElements: 10 });
		expect(low.diagnostics.map((d) => [d.code, d.params.limit])).toEqual([
			['handshake_list_too_long', 10]
		]);
		expect(low.verdict.status).toBe(431);
		const many = request(offers(2000).join(', '));
		expect(checkHandshake(many).verdict.status).toBe(431);
		const high = checkHandshake(many, undefined, { maxListElements: 4096 });
		expect(high.diagnostics).toEqual([]);
		expect(high.verdict.status).toBe(101);
	});
});

describe('header values quoted in findings', () => {
	it('are cut after QUOTE_CHARS characters, so a huge value is not in every message', () => {
		const value = `${'x'.repeat(100_000)}`;
		const text = request('permessage-deflate').replace('Upgrade: websocket', `Upgrade: ${value}`);
		const d = checkHandshake(text).diagnostics.find(
			(x) => x.code === 'handshake_upgrade_not_websocket'
		)!;
		expect(d.params.value).toBe(`${'x'.repeat(QUOTE_CHARS)}…`);
		expect(quoted(['a', 'b'])).toBe('a, b');
	});
});
