import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes, parseInput } from '$lib/protocol/input/index.ts';

// RFC 6455 §5.7: a single-frame unmasked text message "Hello", and the same message masked
const HELLO = [0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f];
const MASKED_HELLO = [0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58];

function bytesOf(text: string): number[] {
	const result = parseInput(text);
	if (!result.ok) throw new Error(`expected bytes, got: ${result.error.message}`);
	return [...result.bytes];
}

describe('parseInput with hex', () => {
	it('reads the RFC 6455 §5.7 Hello frame written as one unbroken run', () => {
		const result = parseInput('810548656c6c6f');
		expect(result.ok && result.format).toBe('hex');
		expect(bytesOf('810548656c6c6f')).toEqual(HELLO);
	});

	it('reads the masked Hello frame with spaces between bytes', () => {
		expect(bytesOf('81 85 37 fa 21 3d 7f 9f 4d 51 58')).toEqual(MASKED_HELLO);
	});

	it('reads upper case, colons, dashes, tabs and line breaks alike', () => {
		expect(bytesOf('81:05:48:65:6C:6C:6F')).toEqual(HELLO);
		expect(bytesOf('81-05-48-65-6c-6c-6f')).toEqual(HELLO);
		expect(bytesOf('8105\t4865\r\n6C6C\n6F\n')).toEqual(HELLO);
		expect(bytesOf('  81 05 48 65\n  6c 6c 6f  \n\n')).toEqual(HELLO);
	});

	it('takes a leading 0x as a prefix of a single run of hex', () => {
		expect(bytesOf('0x810548656c6c6f')).toEqual(HELLO);
		expect(bytesOf('  0X810548656C6C6F')).toEqual(HELLO);
	});

	it('notes that an unbroken run of hex digits is also valid base64', () => {
		const unbroken = parseInput('810548656c6c6f');
		const spaced = parseInput('81 05 48 65 6c 6c 6f');
		expect(unbroken.ok && unbroken.notes).toEqual([{ code: 'hex_also_base64', params: {} }]);
		expect(spaced.ok && spaced.notes).toEqual([]);
	});

	it('reads a text of only hex digits as hex even when it is also base64', () => {
		const result = parseInput('AAAA');
		expect(result.ok && result.format).toBe('hex');
		expect(bytesOf('AAAA')).toEqual([0xaa, 0xaa]);
	});

	it('points at the run of digits when a run has an odd length', () => {
		const result = parseInput('81 05 48 65 6c 6c 6');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.format).toBe('hex');
		expect(result.error).toMatchObject({ line: 1, column: 19, offset: 18, length: 1, text: '6' });
		expect(result.error.message).toContain('`6`');
	});

	it('reports an odd unbroken run as an error rather than reading it as base64', () => {
		const result = parseInput('810548656c6c6f0');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.format).toBe('hex');
		expect(result.error).toMatchObject({ line: 1, column: 1, offset: 0, length: 15 });
	});

	it('points at a non-hex token with its line and column', () => {
		const text = '81 05 48 65 6c 6c 6f\n81 05 48 65 6c zz 6f';
		const result = parseInput(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.format).toBe('hex');
		expect(result.error).toMatchObject({ line: 2, column: 16, offset: 36, length: 2, text: 'zz' });
		expect(result.error.message).toContain('`zz`');
		expect(result.error.message).toContain('line 2');
		expect(result.error.message).toContain('column 16');
	});

	it('points at the whole pair when only its second digit is wrong', () => {
		const result = parseInput('81 0g 48');
		expect(!result.ok && result.error).toMatchObject({ offset: 3, length: 2, text: '0g' });
	});

	it('counts CRLF line endings as one line break', () => {
		const result = parseInput('81 05\r\n48 65\r\n6c 6c 6q');
		expect(!result.ok && result.error).toMatchObject({
			line: 3,
			column: 7,
			offset: 20,
			text: '6q'
		});
	});

	it('counts columns in UTF-16 units, so text after an emoji still lines up with text[i]', () => {
		const text = '81 05 😀';
		const result = parseInput(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(text.slice(result.error.offset, result.error.offset + result.error.length)).toBe(
			result.error.text
		);
		expect(result.error).toMatchObject({ line: 1, column: 7, offset: 6 });
	});
});

describe('bytesToHex and hexToBytes', () => {
	it('writes lower case hex with an optional separator', () => {
		const bytes = new Uint8Array(MASKED_HELLO);
		expect(bytesToHex(bytes)).toBe('818537fa213d7f9f4d5158');
		expect(bytesToHex(bytes, ' ')).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
		expect(bytesToHex(new Uint8Array([0, 255]), ', ')).toBe('00, ff');
		expect(bytesToHex(new Uint8Array())).toBe('');
	});

	it('writes every byte value as two digits', () => {
		const all = Uint8Array.from({ length: 256 }, (_, i) => i);
		const hex = bytesToHex(all);
		expect(hex).toHaveLength(512);
		expect(hex.slice(0, 6)).toBe('000102');
		expect(hex.slice(-4)).toBe('feff');
	});

	it('reads hex back and throws on a programmer error', () => {
		expect([...hexToBytes('81 05 48 65 6c 6c 6f')]).toEqual(HELLO);
		expect(() => hexToBytes('8g')).toThrow(/8g/);
		expect(() => hexToBytes('810')).toThrow();
	});
});
