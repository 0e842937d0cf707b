import { describe, expect, it } from 'vitest';
import { parseInput, type InputNote, type InputReading } from '$lib/protocol/input/index.ts';

const HELLO = [0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f];

function read(text: string): {
	format: string;
	label: InputReading;
	bytes: number[];
	notes: InputNote[];
} {
	const result = parseInput(text);
	if (!result.ok) throw new Error(`expected bytes, got: ${result.error.message}`);
	return {
		format: result.format,
		label: result.reading,
		bytes: [...result.bytes],
		notes: result.notes.map((n) => n.code)
	};
}

describe('parseInput with base64', () => {
	it('reads the Hello frame in padded standard base64', () => {
		expect(read('gQVIZWxsbw==')).toMatchObject({ format: 'base64', bytes: HELLO, notes: [] });
	});

	it('reads base64 without padding', () => {
		expect(read('gQVIZWxsbw')).toMatchObject({ format: 'base64', bytes: HELLO });
		expect(read('gQVIZWxsbw=')).toMatchObject({ format: 'base64', bytes: HELLO });
	});

	it('reads URL-safe base64 and says so in the label', () => {
		// 0xfb 0xff 0xbf is "+/+/" in standard base64 and "-_-_" in base64url
		expect(read('-_-_')).toMatchObject({
			format: 'base64',
			label: 'base64url',
			bytes: [0xfb, 0xff, 0xbf]
		});
		expect(read('+/+/')).toMatchObject({
			format: 'base64',
			label: 'base64',
			bytes: [0xfb, 0xff, 0xbf]
		});
	});

	it('reads base64 broken over lines, indented, with CRLF', () => {
		expect(read('gQVI\r\nZWxs\r\nbw==\r\n')).toMatchObject({ format: 'base64', bytes: HELLO });
		expect(read('    gQVIZWxs\n    bw==  \n')).toMatchObject({ format: 'base64', bytes: HELLO });
	});

	it('ignores blanks at the start and the end of each line', () => {
		expect(read('gQVI  \n  ZWxs\t\r\n bw==  \n ')).toMatchObject({
			format: 'base64',
			bytes: HELLO
		});
	});

	it('reads base64 that begins like hex but holds a non-hex char further on', () => {
		// 48 zero bytes then "Hi": 64 'A's are hex digits, but the rest is not
		const text = `${'A'.repeat(64)}SGk=`;
		const result = read(text);
		expect(result.format).toBe('base64');
		expect(result.bytes).toEqual([...new Array(48).fill(0), 0x48, 0x69]);
		expect(result.notes).toEqual(['mostly_hex']);
	});

	it('notes when a short text read as base64 is mostly hex digits', () => {
		const result = parseInput('810548zz');
		expect(result.ok && result.format).toBe('base64');
		expect(result.ok && result.notes).toEqual([
			{
				code: 'mostly_hex',
				params: { token: 'zz', token_line: 1, token_column: 7, token_problem: 'not_hex' }
			}
		]);
	});

	it('reads a long run of hex digits with a typo as broken hex, not as base64', () => {
		for (const [text, column] of [
			['818537fa213d7f9f4d5l58', 19],
			['810548656c6c6f810548656c6g6c6f', 25]
		] as const) {
			const result = parseInput(text);
			expect(result.ok).toBe(false);
			expect(!result.ok && [result.format, result.error.column]).toEqual(['hex', column]);
		}
	});

	it('still reads base64 that is mostly hex digits when it has base64-only chars', () => {
		expect(read('ABCDEF1234567890ABCDEF12gh==').format).toBe('base64');
		expect(read('SGVsbG8sIHdvcmxk').format).toBe('base64');
	});

	it('points at a char that is not base64', () => {
		const result = parseInput('gQVIZWxs\nbw$=');
		expect(!result.ok && result.format).toBe('base64');
		expect(!result.ok && result.error).toMatchObject({
			line: 2,
			column: 3,
			offset: 11,
			length: 1,
			text: '$'
		});
	});

	it('rejects a lone char at the end of base64, which holds no byte', () => {
		const result = parseInput('gQVIZWxsbwQ');
		expect(result.ok).toBe(true);
		const lone = parseInput('gQVIZ');
		expect(!lone.ok && lone.error).toMatchObject({ offset: 4, length: 1, text: 'Z' });
	});

	it('rejects data after the padding', () => {
		const result = parseInput('gQ==gQ==');
		expect(!result.ok && result.error).toMatchObject({ offset: 4, length: 4, text: 'gQ==' });
	});

	it('does not read words with spaces between them as base64', () => {
		const result = parseInput('hello world');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatchObject({ offset: 6, text: 'world' });
	});
});
