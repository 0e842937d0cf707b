import { describe, expect, it } from 'vitest';
import { decode, flipHeaderBit, readHeaderStart } from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';

describe('the header start, read field by field', () => {
	it('reads FIN, RSV, the opcode, MASK and the 7-bit length of the masked "Hello"', () => {
		expect(readHeaderStart(0x81, 0x85)).toEqual({
			fin: true,
			rsv1: false,
			rsv2: false,
			rsv3: false,
			opcode: 1,
			masked: true,
			length7: 5,
			lengthBits: 7
		});
	});

	it('names the length form that 126 and 127 announce', () => {
		expect(readHeaderStart(0x82, 0x7e).lengthBits).toBe(16);
		expect(readHeaderStart(0x82, 0xff).lengthBits).toBe(64);
	});

	it('agrees with the decoder on every bit flipped in the first two bytes', () => {
		const hello = fromHex('818537fa213d7f9f4d5158');
		for (let bit = 0; bit < 16; bit++) {
			const h = flipHeaderBit(hello, bit);
			const flipped = hello.slice();
			flipped[bit >> 3]! ^= 0x80 >> (bit & 7);
			const [frame] = decode(flipped).frames;
			expect({ ...h, length7: undefined }).toEqual({
				fin: frame!.fin,
				rsv1: frame!.rsv1,
				rsv2: frame!.rsv2,
				rsv3: frame!.rsv3,
				opcode: frame!.opcode,
				masked: frame!.masked,
				length7: undefined,
				lengthBits: frame!.lengthBits
			});
		}
	});
});
