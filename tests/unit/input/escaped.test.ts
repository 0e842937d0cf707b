import { describe, expect, it } from 'vitest';
import { parseInput, type InputNote } from '$lib/protocol/input/index.ts';

const HELLO = [0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f];

function read(text: string): { format: string; bytes: number[]; notes: InputNote[] } {
	const result = parseInput(text);
	if (!result.ok) throw new Error(`expected bytes, got: ${result.error.message}`);
	return {
		format: result.format,
		bytes: [...result.bytes],
		notes: result.notes.map((n) => n.code)
	};
}

function errorOf(text: string) {
	const result = parseInput(text);
	if (result.ok) throw new Error(`expected an error, got ${result.format}`);
	return { format: result.format, ...result.error };
}

describe('parseInput with escaped strings', () => {
	it('reads \\x escapes followed by literal chars', () => {
		expect(read('\\x81\\x05Hello')).toEqual({ format: 'escaped', bytes: HELLO, notes: [] });
	});

	it('reads every \\x escape, in double quotes', () => {
		expect(read('"\\x81\\x05\\x48\\x65\\x6c\\x6c\\x6f"')).toMatchObject({
			format: 'escaped',
			bytes: HELLO
		});
	});

	it("reads a Python bytes literal b'\\x81\\x05Hello'", () => {
		expect(read("b'\\x81\\x05Hello'")).toMatchObject({ format: 'escaped', bytes: HELLO });
	});

	it('reads Wireshark "Copy as C String", which writes octal escapes', () => {
		expect(read('"\\201\\005Hello"')).toMatchObject({ format: 'escaped', bytes: HELLO });
	});

	it('reads the short escapes, a quote and a backslash', () => {
		const text = '"\\x81\\x0a\\r\\n\\t\\\\\\"\\0\\\'ok"';
		expect(read(text).bytes).toEqual([0x81, 0x0a, 13, 10, 9, 92, 34, 0, 39, 0x6f, 0x6b]);
	});

	it('joins adjacent literals and line continuations like C and JS', () => {
		expect(read('"\\x81\\x05" "Hel"\n  + "lo"')).toMatchObject({ bytes: HELLO });
		expect(read('"\\x81\\x05Hel\\\nlo"')).toMatchObject({ bytes: HELLO });
	});

	it('takes chars outside ASCII as their UTF-8 bytes, with a note', () => {
		const result = read('"\\x81\\x02é"');
		expect(result.bytes).toEqual([0x81, 0x02, 0xc3, 0xa9]);
		expect(result.notes).toEqual(['escaped_utf8']);
	});

	it('points at a \\x with fewer than two hex digits', () => {
		expect(errorOf('"\\x81\\x5"')).toMatchObject({ format: 'escaped', offset: 5, text: '\\x5"' });
	});

	it('points at an escape it does not know', () => {
		expect(errorOf('\\x81\\q')).toMatchObject({
			format: 'escaped',
			offset: 4,
			length: 2,
			text: '\\q'
		});
	});

	it('points at the quote of a string that is never closed', () => {
		expect(errorOf('"\\x81\\x05Hello')).toMatchObject({ offset: 0, length: 1, text: '"' });
		expect(errorOf('b"\\x81\nHello"')).toMatchObject({ offset: 1, text: '"' });
	});

	it('points at text after the closing quote', () => {
		expect(errorOf('"\\x81" junk')).toMatchObject({ offset: 7, text: 'junk' });
	});
});
