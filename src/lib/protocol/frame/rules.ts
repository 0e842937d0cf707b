// The header rules of RFC 6455 §5 as a table: each row looks at a frame whose header has been read and
// reports what a strict receiver objects to. A new rule is a new row.
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Role } from '../types.ts';
import { opcodeSpec } from './opcodes.ts';
import type { Frame } from './types.ts';

export interface RuleContext {
	/** Who sent the frames (known or inferred). */
	from: Role;
	/** RSV bits a negotiated extension defines: index 0 is RSV1. */
	rsvAllowed: readonly [boolean, boolean, boolean];
}

type HeaderRule = (
	f: Frame,
	ctx: RuleContext,
	bit0: number
) => Diagnostic | Diagnostic[] | undefined;

/** The largest length this engine will wait for: lengths past 2^53 - 1 cannot be counted exactly. */
export const LENGTH_LIMIT = Number.MAX_SAFE_INTEGER;

const rsvBits: HeaderRule = (f, ctx, bit0) => {
	const found: Diagnostic[] = [];
	[f.rsv1, f.rsv2, f.rsv3].forEach((set, i) => {
		// RFC 6455 §5.2: RSV1-3 MUST be 0 unless an extension defining them was negotiated.
		// RFC 7692 §6: permessage-deflate's RSV1 goes only on the first frame of a data message.
		const allowed = ctx.rsvAllowed[i] && i === 0 && (f.opcode === 1 || f.opcode === 2);
		if (!set || allowed) return;
		// RFC 7692 §6.1: the bit is negotiated, but never on control frames or non-first fragments.
		if (ctx.rsvAllowed[i] && i === 0 && f.type !== 'reserved')
			found.push(diagnostic('compressed_bit_misplaced', bit0 + 1, 1, { type: f.type }));
		else found.push(diagnostic('rsv_bit_without_extension', bit0 + 1 + i, 1, { bit: i + 1 }));
	});
	return found;
};

// RFC 6455 §5.2: opcodes 3-7 and 0xB-0xF are reserved.
const reservedOpcode: HeaderRule = (f, _ctx, bit0) =>
	f.type === 'reserved'
		? diagnostic('reserved_opcode', bit0 + 4, 4, { opcode: f.opcode, hex: f.opcode.toString(16) })
		: undefined;

// RFC 6455 §5.5: control frames have a payload length of 125 bytes or less.
const controlTooLong: HeaderRule = (f, _ctx, bit0) =>
	opcodeSpec(f.opcode).control && f.payloadLength > 125
		? diagnostic('control_frame_too_long', bit0 + 9, lengthFieldBits(f), {
				length: f.payloadLength
			})
		: undefined;

// RFC 6455 §5.5: control frames MUST NOT be fragmented.
const controlFragmented: HeaderRule = (f, _ctx, bit0) =>
	opcodeSpec(f.opcode).control && !f.fin
		? diagnostic('control_frame_fragmented', bit0, 1, { type: f.type })
		: undefined;

// RFC 6455 §5.1: clients mask every frame, servers mask none.
const maskDirection: HeaderRule = (f, ctx, bit0) => {
	if (ctx.from === 'client' && !f.masked) return diagnostic('client_frame_unmasked', bit0 + 8, 1);
	if (ctx.from === 'server' && f.masked) return diagnostic('server_frame_masked', bit0 + 8, 1);
};

// RFC 6455 §5.2: "the minimal number of bytes MUST be used to encode the length".
const minimalLength: HeaderRule = (f, _ctx, bit0) => {
	const minimal = minimalLengthBits(f.payloadLength);
	if (f.lengthBits === minimal || f.lengthBits === 7) return;
	return diagnostic('length_not_minimal', bit0 + 9, lengthFieldBits(f), {
		length: f.payloadLength,
		form: f.lengthBits,
		minimal
	});
};

// RFC 6455 §5.3: the key should be unpredictable; all zeros is legal but teaches nothing good.
const zeroMask: HeaderRule = (f, _ctx, _bit0) =>
	f.maskKey && f.maskKey.every((b) => b === 0)
		? diagnostic('mask_key_all_zero', (f.headerLength - 4) * 8 + f.offset * 8, 32)
		: undefined;

export const HEADER_RULES: readonly HeaderRule[] = [
	rsvBits,
	reservedOpcode,
	controlTooLong,
	controlFragmented,
	maskDirection,
	minimalLength,
	zeroMask
];

/**
 * Runs the rules on a frame header. `lengthKnown` is false for a header cut short before its length
 * was read: the rules about the length then stay silent.
 */
const LENGTH_FREE_RULES: readonly HeaderRule[] = [
	rsvBits,
	reservedOpcode,
	controlFragmented,
	maskDirection
];

export function checkHeader(f: Frame, ctx: RuleContext, lengthKnown = true): Diagnostic[] {
	const found: Diagnostic[] = [];
	const bit0 = f.offset * 8;
	if (f.headerLength < 2 || (lengthKnown && breaksNoRule(f, ctx))) return found;
	for (const rule of lengthKnown ? HEADER_RULES : LENGTH_FREE_RULES) {
		const d = rule(f, ctx, bit0);
		if (Array.isArray(d)) found.push(...d);
		else if (d) found.push(d);
	}
	return found;
}

/** The length form RFC 6455 §5.2 requires for a payload of this size. */
export function minimalLengthBits(length: number | bigint): 7 | 16 | 64 {
	return length <= 125 ? 7 : length <= 0xffff ? 16 : 64;
}

/** Bits of the 7-bit length plus any extended length. */
export function lengthFieldBits(f: Pick<Frame, 'lengthBits'>): number {
	return f.lengthBits === 7 ? 7 : 7 + f.lengthBits;
}

/**
 * The common case, decided without running the rules one by one (decoding many small frames spent a
 * good part of its time there): true only when no row of HEADER_RULES can report anything.
 */
function breaksNoRule(f: Frame, ctx: RuleContext): boolean {
	const o = f.opcode;
	const key = f.maskKey;
	return (
		!f.rsv1 &&
		!f.rsv2 &&
		!f.rsv3 &&
		(o <= 2 || (o >= 8 && o <= 10 && f.fin && f.payloadLength <= 125)) &&
		f.masked === (ctx.from === 'client') &&
		(f.lengthBits === 7 || f.lengthBits === minimalLengthBits(f.payloadLength)) &&
		(key === undefined || (key[0]! | key[1]! | key[2]! | key[3]!) !== 0)
	);
}
