import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	computeAccept,
	diagnoseAcceptMismatch,
	keyProblem,
	WEBSOCKET_GUID
} from '$lib/protocol/index.ts';

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const RFC_ACCEPT = 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=';
const sha1 = (data: string | Uint8Array): Buffer => createHash('sha1').update(data).digest();

describe('computeAccept', () => {
	it('gives the RFC 6455 §1.3 example, step by step', () => {
		const steps = computeAccept(RFC_KEY);
		expect(steps).toMatchObject({
			key: RFC_KEY,
			guid: '258EAFA5-E914-47DA-95CA-C5AB0DC85B11',
			concatenated: `${RFC_KEY}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`,
			// RFC 6455 §1.3 prints these 20 bytes.
			sha1Hex: 'b37a4f2cc0624f1690f64606cf385945b2bec4ea',
			base64: RFC_ACCEPT
		});
		expect(steps.sha1Bytes).toHaveLength(20);
	});

	it('agrees with node:crypto for random keys', () => {
		for (let i = 0; i < 50; i++) {
			const key = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
			expect(computeAccept(key).base64).toBe(sha1(key + WEBSOCKET_GUID).toString('base64'));
		}
	});
});

describe('keyProblem: a key is base64 of exactly 16 bytes', () => {
	it('accepts the RFC key and any 16 random bytes', () => {
		expect(keyProblem(RFC_KEY)).toBeUndefined();
		expect(keyProblem('AAAAAAAAAAAAAAAAAAAAAA==')).toBeUndefined();
	});

	it.each([
		['', /empty/],
		['dGhlIHNhbXBsZSBub25jZTE=', /17 bytes/],
		['dGhlIHNhbXBsZSBub25j', /15 bytes/],
		['dGhlIHNhbXBsZSBub25jZQ', /24 characters/],
		['dGhlIHNhbXBsZSBub25jZQ-_', /base64url/],
		['dGhlIHNhbXBs ZSBub25jZQ==', /whitespace/],
		['dGhlIHNhbXBsZSBub25jZQ!=', /"!" is not base64/]
	])('refuses %j', (key, why) => {
		expect(keyProblem(key)).toMatch(why);
	});
});

describe('diagnoseAcceptMismatch names the usual mistakes', () => {
	const steps = computeAccept(RFC_KEY);
	const decodedKey = Buffer.from(RFC_KEY, 'base64');
	const cases: [id: string, received: string][] = [
		[
			'key_decoded',
			sha1(Buffer.concat([decodedKey, Buffer.from(WEBSOCKET_GUID)])).toString('base64')
		],
		['key_whitespace', computeAccept(` ${RFC_KEY}`).base64],
		['key_case', computeAccept(RFC_KEY.toLowerCase()).base64],
		['guid_lowercase', computeAccept(RFC_KEY, WEBSOCKET_GUID.toLowerCase()).base64],
		['guid_typo', computeAccept(RFC_KEY, WEBSOCKET_GUID.replace('C5AB', 'C5BA')).base64],
		['guid_typo', computeAccept(RFC_KEY, WEBSOCKET_GUID.replace('E914', 'E94')).base64],
		['guid_missing', computeAccept(RFC_KEY, '').base64],
		['guid_first', sha1(WEBSOCKET_GUID + RFC_KEY).toString('base64')],
		['hex_text_base64', Buffer.from(steps.sha1Hex).toString('base64')],
		['hex_digest', steps.sha1Hex],
		['hex_digest', steps.sha1Hex.toUpperCase()],
		['accept_whitespace', 's3pPLMBiTxaQ9kYG zzhZRbK+xOo='],
		['base64_variant', 's3pPLMBiTxaQ9kYGzzhZRbK-xOo='],
		['base64_variant', 's3pPLMBiTxaQ9kYGzzhZRbK+xOo']
	];
	for (const [id, received] of cases) {
		it(`${id}: ${received}`, () => {
			expect(diagnoseAcceptMismatch(RFC_KEY, received).map((m) => m.id)).toContain(id);
		});
	}

	it('recognises the RFC example accept copied for another key', () => {
		const other = 'x3JJHMbDL1EzLkh9GBhXDw==';
		expect(diagnoseAcceptMismatch(other, RFC_ACCEPT).map((m) => m.id)).toEqual([
			'rfc_example_copied'
		]);
	});

	it('finds nothing when the value matches or nothing explains it', () => {
		expect(diagnoseAcceptMismatch(RFC_KEY, RFC_ACCEPT)).toEqual([]);
		expect(diagnoseAcceptMismatch(RFC_KEY, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=')).toEqual([]);
	});
});
