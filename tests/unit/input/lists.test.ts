import { describe, expect, it } from 'vitest';
import { parseInput, type InputNote } from '$lib/protocol/input/index.ts';

const HELLO = [0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f];
const MASKED_HELLO = [0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58];

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

describe('parseInput with 0x lists', () => {
	it('reads a comma separated 0x list', () => {
		expect(read('0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f')).toEqual({
			format: 'hex-list',
			bytes: HELLO,
			notes: []
		});
	});

	it('reads a 0x list separated by blanks only, over lines, with one-digit values', () => {
		expect(read('0x81 0x5 0x48 0x65\n0x6C 0x6C 0x6F\n')).toMatchObject({
			format: 'hex-list',
			bytes: HELLO
		});
	});

	it('points at a list value that is more than one byte', () => {
		expect(errorOf('0x81, 0x105, 0x48')).toMatchObject({
			format: 'hex-list',
			offset: 6,
			length: 5,
			text: '0x105'
		});
	});

	it('points at a list value without its 0x', () => {
		expect(errorOf('0x81, 0x05,\n 48')).toMatchObject({
			line: 2,
			column: 2,
			offset: 13,
			text: '48'
		});
	});
});

describe('parseInput with C arrays', () => {
	it('reads a C array declaration', () => {
		const text = 'unsigned char buf[] = { 0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f };';
		expect(read(text)).toEqual({ format: 'c-array', bytes: HELLO, notes: [] });
	});

	it('reads Wireshark "Copy as C Array" and a bare brace list', () => {
		const wireshark =
			'unsigned char bytes[] = {0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58};';
		expect(read(wireshark)).toMatchObject({ format: 'c-array', bytes: MASKED_HELLO });
		expect(read('{0x81,\n 0x05}')).toMatchObject({ format: 'c-array', bytes: [0x81, 0x05] });
	});

	it('reads xxd -i output and checks its length variable', () => {
		const xxd = [
			'unsigned char hello_bin[] = {',
			'  0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f',
			'};',
			'unsigned int hello_bin_len = 7;',
			''
		].join('\n');
		expect(read(xxd)).toEqual({ format: 'c-array', bytes: HELLO, notes: [] });
		expect(read(xxd.replace('= 7;', '= 9;')).notes).toEqual(['array_length_differs']);
	});

	it('reads a Wireshark C array export with comments and a trailing comma', () => {
		const text = [
			'/* Frame (7 bytes) */',
			'static const unsigned char pkt1[7] = {',
			'0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f, /* ..Hello */',
			'};'
		].join('\n');
		expect(read(text)).toMatchObject({ format: 'c-array', bytes: HELLO });
	});

	it('reads a Go byte slice literal', () => {
		expect(read('[]byte{0x81, 0x5, 0x48, 0x65, 0x6c, 0x6c, 0x6f}')).toMatchObject({
			format: 'c-array',
			bytes: HELLO
		});
	});

	it('points at a second array, since one paste holds one array', () => {
		const text = 'char peer0_0[] = { 0x81 };\nchar peer1_0[] = { 0x82 };';
		expect(errorOf(text)).toMatchObject({
			format: 'c-array',
			line: 2,
			column: 1,
			offset: 27,
			text: 'char'
		});
	});

	it('points at the opening brace of an array that is never closed', () => {
		expect(errorOf('unsigned char b[] = { 0x81, 0x05')).toMatchObject({
			offset: 20,
			length: 1,
			text: '{'
		});
	});

	it('points at a missing comma between values', () => {
		expect(errorOf('{ 0x81 0x05 }')).toMatchObject({ offset: 7, text: '0x05' });
	});
});

describe('parseInput with decimal arrays and Buffer JSON', () => {
	it('reads a decimal array', () => {
		expect(read('[129, 5, 72, 101, 108, 108, 111]')).toEqual({
			format: 'decimal',
			bytes: HELLO,
			notes: []
		});
	});

	it('reads a DevTools Uint8Array printout over lines', () => {
		expect(read('Uint8Array(7) [\n  129, 5, 72,\n  101, 108, 108, 111\n]')).toMatchObject({
			format: 'decimal',
			bytes: HELLO
		});
	});

	it('points at a value outside 0 to 255', () => {
		expect(errorOf('[129, 5, 256, 72]')).toMatchObject({
			format: 'decimal',
			offset: 9,
			length: 3,
			text: '256'
		});
		expect(errorOf('[129,\n -1]')).toMatchObject({ line: 2, column: 2, text: '-1' });
	});

	it('points at an empty element between two commas', () => {
		expect(errorOf('[129,, 5]')).toMatchObject({ offset: 5, length: 1, text: ',' });
	});

	it('reads Node Buffer JSON as JSON.stringify writes it', () => {
		const json = JSON.stringify({ type: 'Buffer', data: HELLO });
		expect(read(json)).toEqual({ format: 'buffer-json', bytes: HELLO, notes: [] });
	});

	it('reads pretty-printed Buffer JSON with data first', () => {
		const text = '{\n  "data": [129, 5],\n  "type": "Buffer"\n}\n';
		expect(read(text)).toMatchObject({ format: 'buffer-json', bytes: [0x81, 0x05] });
	});

	it('points at a Buffer JSON value that is not a byte', () => {
		expect(errorOf('{"type":"Buffer","data":[129,5,300]}')).toMatchObject({
			format: 'buffer-json',
			offset: 31,
			text: '300'
		});
	});

	it('rejects a JSON object that is not a Buffer', () => {
		expect(errorOf('{"type":"Blob","data":[1]}')).toMatchObject({
			format: 'buffer-json',
			offset: 0
		});
	});
});
