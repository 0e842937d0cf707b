import { describe, expect, it } from 'vitest';
import { formatBytes, parseInput } from '$lib/protocol/input/index.ts';

const HELLO = new Uint8Array([0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f]);
const TRICKY = new Uint8Array([
	0x81,
	0x7e,
	0x00,
	0x40,
	...new Array<number>(48).fill(0),
	...Array.from('cafe ab 12 tail', (c) => c.charCodeAt(0))
]);

describe('formatBytes', () => {
	it('writes hex with and without spaces', () => {
		expect(formatBytes(HELLO, 'hex')).toBe('810548656c6c6f');
		expect(formatBytes(HELLO, 'spaced-hex')).toBe('81 05 48 65 6c 6c 6f');
	});

	it('writes padded standard base64', () => {
		expect(formatBytes(HELLO, 'base64')).toBe('gQVIZWxsbw==');
		expect(formatBytes(new Uint8Array([0xfb, 0xff]), 'base64')).toBe('+/8=');
		expect(formatBytes(new Uint8Array(), 'base64')).toBe('');
	});

	it('writes a C array twelve bytes a line', () => {
		expect(formatBytes(HELLO, 'c-array')).toBe(
			'unsigned char bytes[] = {\n  0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f\n};\n'
		);
		expect(formatBytes(TRICKY, 'c-array').split('\n')).toHaveLength(9);
	});

	it('writes hexdump -C exactly as util-linux does, star lines included', () => {
		// `hexdump -C` of the same bytes
		const expected = [
			'00000000  81 7e 00 40 00 00 00 00  00 00 00 00 00 00 00 00  |.~.@............|',
			'00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
			'*',
			'00000030  00 00 00 00 63 61 66 65  20 61 62 20 31 32 20 74  |....cafe ab 12 t|',
			'00000040  61 69 6c                                          |ail|',
			'00000043',
			''
		].join('\n');
		expect(formatBytes(TRICKY, 'hexdump')).toBe(expected);
		expect(formatBytes(HELLO, 'hexdump')).toBe(
			'00000000  81 05 48 65 6c 6c 6f                              |..Hello|\n00000007\n'
		);
		expect(formatBytes(new Uint8Array(), 'hexdump')).toBe('');
	});

	it('writes text that parseInput reads back in the same format', () => {
		const formats = ['hex', 'spaced-hex', 'base64', 'c-array', 'hexdump'] as const;
		const expected = {
			hex: 'hex',
			'spaced-hex': 'hex',
			base64: 'base64',
			'c-array': 'c-array',
			hexdump: 'hexdump'
		};
		for (const format of formats) {
			const result = parseInput(formatBytes(TRICKY, format));
			expect(result.ok && result.format).toBe(expected[format]);
			expect(result.ok && [...result.bytes]).toEqual([...TRICKY]);
		}
	});
});
