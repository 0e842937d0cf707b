import { describe, expect, it } from 'vitest';
import { parseInput, type InputFormat } from '$lib/protocol/input/index.ts';

describe('parseInput format detection', () => {
	it('reads empty and whitespace-only text as empty', () => {
		for (const text of ['', ' ', '\n\t\r\n  ']) {
			const result = parseInput(text);
			expect(result.ok && result.format).toBe('empty');
			expect(result.ok && result.bytes.length).toBe(0);
		}
	});

	it('tells every format apart by its shape', () => {
		const samples: [string, InputFormat][] = [
			['81 05 48 65 6c 6c 6f', 'hex'],
			['0x81, 0x05, 0x48', 'hex-list'],
			['unsigned char b[] = { 0x81, 0x05 };', 'c-array'],
			['[129, 5, 72]', 'decimal'],
			['{"type":"Buffer","data":[129,5]}', 'buffer-json'],
			['gQVIZWxsbw==', 'base64'],
			['\\x81\\x05Hello', 'escaped'],
			[
				'00000000  81 05 48 65 6c 6c 6f                              |..Hello|\n00000007',
				'hexdump'
			],
			['00000000: 8105 4865 6c6c 6f                        ..Hello', 'xxd'],
			['0000   81 05 48 65 6c 6c 6f   ..Hello', 'wireshark']
		];
		for (const [text, format] of samples) {
			const result = parseInput(text);
			expect([text, result.ok && result.format]).toEqual([text, format]);
		}
	});

	it('gives a readable label with every format', () => {
		const result = parseInput(
			'00000000  81 05                                            |..|\n00000002'
		);
		expect(result.ok && result.formatLabel).toBe('hexdump -C');
	});

	it('guesses hex for broken spaced hex, so the error names the bad token', () => {
		const result = parseInput('81 05 48 65 6c 6c 6f\n81 05 zz');
		expect(!result.ok && result.format).toBe('hex');
		expect(!result.ok && result.error).toMatchObject({
			line: 2,
			column: 7,
			offset: 27,
			length: 2,
			text: 'zz'
		});
	});

	it('keeps every error inside the text, even at its very end', () => {
		for (const text of ['8', '[1,', '"', '\\', '{', '0x1, 0x', '00000000  8']) {
			const result = parseInput(text);
			expect(result.ok).toBe(false);
			if (result.ok) continue;
			const { offset, length } = result.error;
			expect(offset).toBeGreaterThanOrEqual(0);
			expect(length).toBeGreaterThanOrEqual(1);
			expect(offset + length).toBeLessThanOrEqual(text.length);
			expect(result.error.text).toBe(text.slice(offset, offset + length));
		}
	});

	it('caps the offending token at 64 chars', () => {
		const result = parseInput(`[${'9'.repeat(1000)}]`);
		expect(!result.ok && result.error.length).toBe(64);
	});
});

describe('parseInput on hostile input', () => {
	const megabyte = 1 << 20;
	const pathological: [string, string][] = [
		['one odd run of hex', '0'.repeat(megabyte - 1)],
		['hex with garbage at the very end', `${'ab'.repeat(megabyte / 2)}z`],
		['blanks then garbage', `${' '.repeat(megabyte)}!`],
		['a brace then blanks', `{${' '.repeat(megabyte)}`],
		['a C declaration that never opens', `unsigned char ${'x'.repeat(megabyte)}`],
		['a closed array followed by blanks and junk', `{0x81}${' '.repeat(megabyte)}x`],
		[
			'Buffer JSON followed by blanks and junk',
			`{"type":"Buffer","data":[1]${' '.repeat(megabyte)}x`
		],
		['nested brackets', '['.repeat(megabyte)],
		['commas', `[${','.repeat(megabyte)}]`],
		['backslashes', '\\'.repeat(megabyte)],
		['an unclosed quote', `"${'a'.repeat(megabyte)}`],
		['a dump line of double-spaced bytes', `0000  ${'41  '.repeat(megabyte / 4)}`],
		[
			'a dump of stars',
			`00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n${'*\n'.repeat(megabyte / 2)}`
		],
		['base64 with a blank in every line', 'QUJD QUJD\n'.repeat(megabyte / 10)],
		['0x prefixes', '0x'.repeat(megabyte / 2)],
		['hex-looking gutters', '0000   61 62   ab\n'.repeat(megabyte / 18)]
	];

	for (const [name, text] of pathological) {
		it(`reads 1 MB of ${name} quickly, without throwing`, () => {
			const start = performance.now();
			const result = parseInput(text);
			expect(performance.now() - start).toBeLessThan(1500);
			if (!result.ok)
				expect(result.error.offset + result.error.length).toBeLessThanOrEqual(text.length);
			else expect(result.bytes).toBeInstanceOf(Uint8Array);
		});
	}
});
