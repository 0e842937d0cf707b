// The frame's bytes alone (RFC 6455 §5.2), without reading them back: what a fast sender needs, and
// what the transports simulation and the message encoder use. Kept apart from encoder.ts, whose
// annotated `encode` imports the whole decoder: a page that only writes frames does not load it.
import { maskInPlace } from './mask.ts';
import { OPCODE_BY_NAME, type OpcodeName } from './opcodes.ts';
import { minimalLengthBits } from './rules.ts';

export interface FrameSpec {
	/** Default true. */
	fin?: boolean;
	rsv1?: boolean;
	rsv2?: boolean;
	rsv3?: boolean;
	/** A name, or any number 0-15 (reserved ones included, to show the diagnostic). */
	opcode: OpcodeName | number;
	/** The 4-byte masking key, 'random' for a fresh one, or null / absent for an unmasked frame. */
	mask?: Uint8Array | 'random' | null;
	/** The payload: bytes, or text (UTF-8). For close frames, `closeCode` and `reason` come first. */
	payload?: Uint8Array;
	text?: string;
	closeCode?: number;
	reason?: string;
	/** Force a longer length form than needed (16 or 64 bits) to see the non-minimal diagnostic. */
	lengthBits?: 7 | 16 | 64;
}

const utf8 = new TextEncoder();

/** Just the bytes of a frame (no annotations): what a fast sender needs. */
export function encodeFrame(spec: FrameSpec): Uint8Array {
	const payload = payloadOf(spec);
	const key = maskKeyOf(spec.mask);
	const opcode = typeof spec.opcode === 'number' ? spec.opcode & 0xf : OPCODE_BY_NAME[spec.opcode];
	const n = payload.length;
	// A forced form can only lengthen the length field: a 7-bit field cannot hold 300.
	const bits = Math.max(spec.lengthBits ?? 7, minimalLengthBits(n)) as 7 | 16 | 64;
	const extBytes = bits === 7 ? 0 : bits / 8;
	const headerLength = 2 + extBytes + (key ? 4 : 0);
	const out = new Uint8Array(headerLength + n);
	out[0] =
		((spec.fin ?? true) ? 0x80 : 0) |
		(spec.rsv1 ? 0x40 : 0) |
		(spec.rsv2 ? 0x20 : 0) |
		(spec.rsv3 ? 0x10 : 0) |
		opcode;
	out[1] = (key ? 0x80 : 0) | (bits === 7 ? n : bits === 16 ? 126 : 127);
	// Network byte order (RFC 6455 §5.2); payloads here are far below 2^53.
	for (let i = 0; i < extBytes; i++)
		out[2 + i] = Math.floor(n / 2 ** (8 * (extBytes - 1 - i))) & 0xff;
	if (key) out.set(key, 2 + extBytes);
	out.set(payload, headerLength);
	if (key) maskInPlace(out.subarray(headerLength), key);
	return out;
}

/** The payload bytes a spec describes: close code and reason first for close frames (§5.5.1). */
export function payloadOf(spec: FrameSpec): Uint8Array {
	const body = spec.payload ?? utf8.encode(spec.text ?? spec.reason ?? '');
	if (spec.closeCode === undefined) return body;
	const reason = spec.payload ?? utf8.encode(spec.reason ?? spec.text ?? '');
	const out = new Uint8Array(2 + reason.length);
	out[0] = (spec.closeCode >> 8) & 0xff;
	out[1] = spec.closeCode & 0xff;
	out.set(reason, 2);
	return out;
}

export function maskKeyOf(mask: FrameSpec['mask']): Uint8Array | undefined {
	if (!mask) return undefined;
	if (mask === 'random') return crypto.getRandomValues(new Uint8Array(4));
	return mask.subarray(0, 4);
}
