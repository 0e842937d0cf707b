import { describe, expect, it } from 'vitest';
import { deflateHint } from '$lib/protocol/deflate-hint.ts';
import { fromHex } from '../helpers.ts';

// RFC 7692 §7.2.3.1: "Hello" compressed in one unmasked frame; a plain frame before it.
const HELLO_DEFLATED = 'c1 07 f2 48 cd c9 c9 07 00';

describe('deflateHint', () => {
	it('names the first RSV1 frame that inflates when no extension was given', () => {
		const bytes = fromHex(`81 02 68 69 ${HELLO_DEFLATED}`);
		expect(deflateHint(bytes, 'server', '')).toEqual({
			code: 'rsv1_looks_like_deflate',
			params: { frame: 2 }
		});
	});

	it('says nothing once an extension is given, without RSV1, or when the payload does not inflate', () => {
		expect(deflateHint(fromHex(HELLO_DEFLATED), 'server', 'permessage-deflate')).toBeNull();
		expect(deflateHint(fromHex('81 05 48 65 6c 6c 6f'), 'server', '')).toBeNull();
		// RSV1 over a payload that is not DEFLATE (0xff: a reserved block type).
		expect(deflateHint(fromHex('c1 02 ff ff'), 'server', '')).toBeNull();
	});

	it('counts every frame before it, the clean ones kept as rows included, and skips fragments', () => {
		const plain = '81 02 68 69 '.repeat(1000);
		// RSV1 on a first fragment (FIN 0) is no whole message to inflate: the next one is named.
		const bytes = fromHex(`${plain}41 07 f2 48 cd c9 c9 07 00 ${HELLO_DEFLATED}`);
		expect(deflateHint(bytes, undefined, '')).toEqual({
			code: 'rsv1_looks_like_deflate',
			params: { frame: 1002 }
		});
	});
});
