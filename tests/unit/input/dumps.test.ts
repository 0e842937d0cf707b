import { describe, expect, it } from 'vitest';
import { parseInput, type InputNote } from '$lib/protocol/input/index.ts';
import { tshark, wireshark, xxd } from './generators.ts';

const HELLO = [0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f];
const MASKED_HELLO = [0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58];

// A 127-byte-length frame head, 48 zero bytes, then text whose ASCII column looks like hex
const TRICKY = [
	0x81,
	0x7e,
	0x00,
	0x40,
	...new Array<number>(48).fill(0),
	...Array.from('cafe ab 12 tail', (c) => c.charCodeAt(0))
];

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

describe('parseInput with hexdump -C', () => {
	it('reads the Hello frame with its closing offset line', () => {
		const text = [
			'00000000  81 05 48 65 6c 6c 6f                              |..Hello|',
			'00000007',
			''
		].join('\n');
		expect(read(text)).toEqual({ format: 'hexdump', bytes: HELLO, notes: [] });
	});

	it('reads the masked Hello frame across the gap between the two groups of eight', () => {
		const text =
			'00000000  81 85 37 fa 21 3d 7f 9f  4d 51 58                 |..7.!=..MQX|\n0000000b\n';
		expect(read(text)).toMatchObject({ format: 'hexdump', bytes: MASKED_HELLO, notes: [] });
	});

	it('reads a hexdump -C paste with a repeated-line star', () => {
		// written by `hexdump -C` (util-linux)
		const text = [
			'00000000  81 7e 00 40 00 00 00 00  00 00 00 00 00 00 00 00  |.~.@............|',
			'00000010  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
			'*',
			'00000030  00 00 00 00 63 61 66 65  20 61 62 20 31 32 20 74  |....cafe ab 12 t|',
			'00000040  61 69 6c                                          |ail|',
			'00000043',
			''
		].join('\n');
		expect(read(text)).toEqual({ format: 'hexdump', bytes: TRICKY, notes: [] });
	});

	it('repeats the line above a star up to a closing offset, cutting the last repeat short', () => {
		const text = [
			'00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|',
			'*',
			'00000060  00 00 00 00 78                                    |....x|',
			'00000065'
		].join('\n');
		expect(read(text).bytes).toEqual([...new Array<number>(100).fill(0), 0x78]);
		const cut = read(
			[
				'00000000  01 02 03 04 05 06 07 08  09 0a 0b 0c 0d 0e 0f 10  |................|',
				'*',
				'00000018'
			].join('\n')
		);
		expect(cut.bytes).toEqual([
			...Array.from({ length: 16 }, (_, i) => i + 1),
			1,
			2,
			3,
			4,
			5,
			6,
			7,
			8
		]);
		expect(cut.notes).toEqual(['dump_star_partial']);
	});

	it('keeps the line once and notes it when a star has no offset after it', () => {
		const result = read(
			'00000000  41 41 41 41 41 41 41 41  41 41 41 41 41 41 41 41  |AAAAAAAAAAAAAAAA|\n*\n'
		);
		expect(result.bytes).toEqual(new Array<number>(16).fill(0x41));
		expect(result.notes).toEqual(['dump_star_unended']);
	});

	it('refuses a star that would expand past the size limit instead of allocating it', () => {
		const text =
			'00000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  |................|\n*\nffffffff0\n';
		expect(errorOf(text)).toMatchObject({
			format: 'hexdump',
			line: 3,
			column: 1,
			offset: 81,
			text: 'ffffffff0'
		});
	});

	it('takes hex-looking text in the ASCII column as text, not bytes', () => {
		const text = [
			'00000000  61 62 20 31 32 20 63 61  66 65 20 30 78 34 31 20  |ab 12 cafe 0x41 |',
			'00000010  81 05                                             |..|',
			'00000012'
		].join('\n');
		expect(read(text).bytes).toEqual([
			...Array.from('ab 12 cafe 0x41 ', (c) => c.charCodeAt(0)),
			0x81,
			0x05
		]);
	});

	it('notes an offset that jumps, and still reads the bytes', () => {
		const text = [
			'00000000  81 05 48 65 6c 6c 6f 81  05 48 65 6c 6c 6f 81 05  |..Hello..Hello..|',
			'00000020  48 65                                             |He|',
			'00000022'
		].join('\n');
		const result = read(text);
		expect(result.bytes).toHaveLength(18);
		expect(result.notes).toEqual(['dump_offset_jump']);
	});

	it('notes an ASCII column that does not match its bytes', () => {
		const result = read('00000000  81 05 48 65 6c 6c 6f  |..Jello|\n00000007\n');
		expect(result.bytes).toEqual(HELLO);
		expect(result.notes).toEqual(['dump_column_differs']);
	});

	it('points at a byte that is not hex with its line and column', () => {
		const text =
			'00000000  81 05 48 65 6c 6c 6f 81  05 48 65 6c 6c 6f 81 05  |..Hello..Hello..|\n00000010  48 zz  |H.|\n';
		expect(errorOf(text)).toMatchObject({
			format: 'hexdump',
			line: 2,
			column: 14,
			offset: 92,
			length: 2,
			text: 'zz'
		});
	});

	it('points at a line whose offset is not hex', () => {
		const text =
			'00000000  81 05 48 65 6c 6c 6f                              |..Hello|\nFrame 2:\n';
		expect(errorOf(text)).toMatchObject({ format: 'hexdump', line: 2, column: 1, text: 'Frame' });
	});
});

describe('parseInput with xxd', () => {
	it('reads the Hello frame', () => {
		expect(read('00000000: 8105 4865 6c6c 6f                        ..Hello\n')).toEqual({
			format: 'xxd',
			bytes: HELLO,
			notes: []
		});
	});

	it('reads xxd with a short gap before the ASCII column', () => {
		expect(read('00000000: 8105 4865 6c6c 6f    ..Hello')).toMatchObject({
			format: 'xxd',
			bytes: HELLO
		});
	});

	it('reads xxd -a, whose star stands for repeated zero lines', () => {
		const text = [
			'00000000: 0000 0000 0000 0000 0000 0000 0000 0000  ................',
			'*',
			'00000060: 0000 0000 78                             ....x',
			''
		].join('\n');
		expect(read(text).bytes).toEqual([...new Array<number>(100).fill(0), 0x78]);
	});

	it('reads xxd -c 4 whose ASCII columns are all hex digits', () => {
		// `printf 'ab 12 cafe' | xxd -c 4`: the columns say "ab 1", "2 ca" and "fe"
		const text = [
			'00000000: 6162 2031  ab 1',
			'00000004: 3220 6361  2 ca',
			'00000008: 6665       fe',
			''
		].join('\n');
		expect(read(text).bytes).toEqual(Array.from('ab 12 cafe', (c) => c.charCodeAt(0)));
		expect(read(text).notes).toEqual([]);
	});

	it('reads xxd -g1 and -g4 groupings', () => {
		const bytes = new Uint8Array(TRICKY);
		expect(read(xxd(bytes, 16, 1))).toMatchObject({ format: 'xxd', bytes: TRICKY, notes: [] });
		expect(read(xxd(bytes, 16, 4))).toMatchObject({ format: 'xxd', bytes: TRICKY, notes: [] });
	});

	it('points at an odd group with its line and column', () => {
		const text =
			'00000000: 8105 4865 6c6c 6f20 576f 726c 6421 0a0a  ..Hello World!..\n00000010: 810 5\n';
		expect(errorOf(text)).toMatchObject({ format: 'xxd', line: 2, column: 11, text: '810' });
	});
});

describe('parseInput with Wireshark hex dumps', () => {
	it('reads "Copy as Hex Dump" with three blanks around the bytes', () => {
		expect(read('0000   81 05 48 65 6c 6c 6f   ..Hello')).toEqual({
			format: 'wireshark',
			bytes: HELLO,
			notes: []
		});
	});

	it('reads a dump with two blanks after the offset', () => {
		expect(read('0000  81 85 37 fa 21 3d 7f 9f 4d 51 58   ..7.!=..MQX\n')).toMatchObject({
			format: 'wireshark',
			bytes: MASKED_HELLO
		});
	});

	it('reads what Wireshark writes, padding on the last line included', () => {
		const text = wireshark(new Uint8Array(TRICKY));
		expect(text.split('\n')[3]).toBe(
			`0030   00 00 00 00 63 61 66 65 20 61 62 20 31 32 20 74   ....cafe ab 12 t`
		);
		expect(read(text)).toEqual({ format: 'wireshark', bytes: TRICKY, notes: [] });
	});

	it('reads "…as Hex Dump" without an ASCII column, and tshark -x', () => {
		expect(read(wireshark(new Uint8Array(TRICKY), false))).toMatchObject({
			format: 'wireshark',
			bytes: TRICKY
		});
		expect(read(tshark(new Uint8Array(TRICKY)))).toMatchObject({
			format: 'wireshark',
			bytes: TRICKY,
			notes: []
		});
	});

	it('takes an ASCII column of hex-looking words as text even with a two-blank gap', () => {
		expect(read('0000  61 62 20 31 32  ab 12').bytes).toEqual([0x61, 0x62, 0x20, 0x31, 0x32]);
		expect(read('0000   63 61 66 65   cafe').bytes).toEqual([0x63, 0x61, 0x66, 0x65]);
	});

	it('falls back on the wide gap when the ASCII column was edited, and notes it', () => {
		const result = read('0000   63 61 66 65   beef');
		expect(result.bytes).toEqual([0x63, 0x61, 0x66, 0x65]);
		expect(result.notes).toEqual(['dump_column_differs']);
	});

	it('notes a line whose offset does not follow from the line above', () => {
		const text =
			'0000   81 05 48 65 6c 6c 6f 81 05 48 65 6c 6c 6f 81 05   ..Hello..Hello..\n0030   48 65   He\n';
		const result = parseInput(text);
		expect(result.ok && result.bytes).toHaveLength(18);
		expect(result.ok && result.notes).toEqual([
			{ code: 'dump_offset_jump', params: { line: 2, offset: '30', expected: '10' } }
		]);
	});

	it('points at a byte that is not hex', () => {
		expect(errorOf('0000   81 05 4g 65   ..Ge')).toMatchObject({
			format: 'wireshark',
			offset: 13,
			text: '4g'
		});
	});
});
