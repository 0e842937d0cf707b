import type { Diagnostic, Field, Role } from '../types.ts';

/** The opcode names of RFC 6455 §5.2 that frames and messages use. */
export type FrameType = 'continuation' | 'text' | 'binary' | 'close' | 'ping' | 'pong' | 'reserved';

/** One decoded frame. Offsets are byte offsets into the decoded input. */
export interface Frame {
	/** Position of the frame in the frame list. */
	index: number;
	offset: number;
	/** Bytes the frame occupies in the input (header + payload present so far). */
	length: number;
	fin: boolean;
	rsv1: boolean;
	rsv2: boolean;
	rsv3: boolean;
	opcode: number;
	type: FrameType;
	masked: boolean;
	/** The 4 masking-key bytes, when masked. */
	maskKey?: Uint8Array;
	/** How the length was written: 7 bits, or 126 + 16 bits, or 127 + 64 bits (RFC 6455 §5.2). */
	lengthBits: 7 | 16 | 64;
	/** The declared payload length (bigint only when it does not fit in 2^53 - 1). */
	payloadLength: number | bigint;
	/** Bytes of header read: 2 to 14 when complete. */
	headerLength: number;
	/** Byte offset of the payload in the input. */
	payloadOffset: number;
	/** The payload after unmasking (still compressed if RSV1). Shorter than declared when truncated. */
	payload: Uint8Array;
	/** False when the input ended before the frame did. */
	complete: boolean;
	/** False when the input ended inside the header (or the length could not be used). */
	headerComplete: boolean;
	/** Bytes still missing when incomplete (a lower bound while the header itself is cut short). */
	missing: number;
	/** Annotated fields (absent when decoding without annotations). */
	fields?: Field[];
	diagnostics: Diagnostic[];
}

export interface DecodeOptions {
	/** Who sent the bytes. Without it the decoder infers it from the first frame's mask bit. */
	from?: Role;
	/** The negotiated Sec-WebSocket-Extensions value; RSV1 is allowed when permessage-deflate is in it. */
	extensions?: string;
	/** The receiver's message size limit in bytes: a strict endpoint closes with 1009 past it. */
	maxMessage?: number;
	/** Build fields for every bit (default true). Plain decoding skips them for speed. */
	annotate?: boolean;
}
