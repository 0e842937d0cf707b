// The first two bytes of a frame header, field by field (RFC 6455 §5.2): what a bit flip there means.
// The builder flips a bit and asks the engine what the header says now, rather than reading bits itself.

export interface HeaderStart {
	fin: boolean;
	rsv1: boolean;
	rsv2: boolean;
	rsv3: boolean;
	/** 0-15, reserved ones included. */
	opcode: number;
	masked: boolean;
	/** The 7-bit payload length field: a length of 0-125, or 126 / 127 for the longer forms. */
	length7: number;
	/** The length form that field announces. */
	lengthBits: 7 | 16 | 64;
}

/** Reads FIN, RSV1-3, the opcode, MASK and the 7-bit length from a header's first two bytes. */
export function readHeaderStart(b0: number, b1: number): HeaderStart {
	const length7 = b1 & 0x7f;
	return {
		fin: (b0 & 0x80) !== 0,
		rsv1: (b0 & 0x40) !== 0,
		rsv2: (b0 & 0x20) !== 0,
		rsv3: (b0 & 0x10) !== 0,
		opcode: b0 & 0x0f,
		masked: (b1 & 0x80) !== 0,
		length7,
		// RFC 6455 §5.2: 126 announces a 16-bit length, 127 a 64-bit one.
		lengthBits: length7 === 126 ? 16 : length7 === 127 ? 64 : 7
	};
}

/** The header start of `bytes` with bit `bit` (0 = most significant bit of byte 0, up to 15) flipped. */
export function flipHeaderBit(bytes: Uint8Array, bit: number): HeaderStart {
	const word = (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) ^ (1 << (15 - bit));
	return readHeaderStart(word >> 8, word & 0xff);
}
