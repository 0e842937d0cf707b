import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, utf8Characters, Utf8Validator } from '$lib/protocol/message/utf8.ts';
import { fromHex } from '../../helpers.ts';

describe('the streaming UTF-8 validator', () => {
	it.each([
		['ascii and NUL', '48656c6c6f00', -1],
		['Hangul: 3 bytes a syllable', 'ec9588eb8595', -1],
		['an emoji: 4 bytes', 'f09f9880', -1],
		['the largest code point', 'f48fbfbf', -1],
		['a noncharacter is still valid', 'efb790', -1],
		['a lone continuation byte', '48656c80', 3],
		['FF never appears', 'ff', 0],
		['C0 would be overlong', 'c0af', 0],
		['an overlong 3-byte form fails at its second byte', 'e080af', 1],
		['an overlong 4-byte form fails at its second byte', 'f08080af', 1],
		['a surrogate fails at its second byte', 'eda080', 1],
		['past U+10FFFF fails at the second byte', 'f4908080', 1],
		['F5 never appears', 'f5808080', 0],
		['a lead byte where a continuation must be', 'e8e8', 1],
		['a truncated sequence at the end', 'e8a0', 2]
	])('%s', (_name, hex, at) => {
		expect(firstInvalidUtf8(fromHex(hex))).toBe(at);
	});

	it('accepts a code point split across pushes', () => {
		const v = new Utf8Validator();
		expect(v.push(fromHex('ec95'))).toBe(-1);
		expect(v.incomplete).toBe(true);
		expect(v.push(fromHex('88'))).toBe(-1);
		expect(v.incomplete).toBe(false);
	});
});

describe('the characters of a text, for teaching', () => {
	it('shows a Hangul syllable as 3 bytes and ASCII as 1', () => {
		const chars = utf8Characters(new TextEncoder().encode('a한😀'));
		expect(chars.map((c) => [c.offset, c.length, c.name, c.char])).toEqual([
			[0, 1, 'U+0061', 'a'],
			[1, 3, 'U+D55C', '한'],
			[4, 4, 'U+1F600', '😀']
		]);
	});

	it('marks invalid and cut-short bytes one by one', () => {
		const chars = utf8Characters(fromHex('41ff41ed'));
		expect(chars.map((c) => [c.offset, c.codePoint, c.name])).toEqual([
			[0, 0x41, 'U+0041'],
			[1, undefined, 'invalid byte'],
			[2, 0x41, 'U+0041'],
			[3, undefined, 'cut short']
		]);
	});
});
