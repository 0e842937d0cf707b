// The annotated fields of a frame (RFC 6455 §5.2): every bit of the header and the payload, with its
// position in the input and what it means. Meanings are built from the values, never typed per case.
import type { Field } from '../types.ts';
import { bytesToHex } from '../bytes.ts';
import { fill, type Coded, type TextParams } from '../text.ts';
import { PARAM_WORDS } from '../words.ts';
import { opcodeSpec } from './opcodes.ts';
import type { Frame } from './types.ts';

const RFC_FRAMING = 'RFC 6455 §5.2';

/** What each frame field means (RFC 6455 §5.2, §5.3): a field's `explained` code and its English. */
export const FRAME_FIELD_TEXT = {
	fin_0: 'FIN = 0: more frames of this message follow',
	fin_1: 'FIN = 1: the final frame of its message',
	rsv_0: 'RSV{bit} = 0: no extension meaning',
	rsv_undefined: 'RSV{bit} = 1: set, but no negotiated extension defines this bit',
	rsv_deflate: 'RSV{bit} = 1: permessage-deflate: this message is compressed',
	rsv_defined: 'RSV{bit} = 1: a meaning defined by a negotiated extension',
	opcode: '0x{hex} {name}: {does}',
	opcode_control: '0x{hex} {name}: a control frame that {does}',
	mask_0: 'MASK = 0: no masking key: the payload is sent as is (server to client)',
	mask_1:
		'MASK = 1: a 4-byte masking key follows and the payload is XORed with it (client to server)',
	length_short: 'the payload is {length} {unit} long',
	length_marker: '{raw}: the length follows in the next {bits} bits',
	extended_length: 'the payload is {length} bytes long (unsigned, network byte order)',
	masking_key: 'payload byte i is XORed with key byte i mod 4: {key}',
	payload: '{count} {unit}{cut} of {type} payload{unmasked}',
	payload_reserved: '{count} {unit}{cut} of payload of a reserved opcode{unmasked}',
	truncated_header: '{count} {unit} of a header field the input cuts short'
} as const;

export type FrameFieldCode = keyof typeof FRAME_FIELD_TEXT;

/** A field's meaning as a code, and the same in English. */
function meaningOf(
	code: FrameFieldCode,
	params: TextParams = {}
): { explained: Coded<FrameFieldCode>; meaning: string } {
	return {
		explained: { code, params },
		meaning: fill(FRAME_FIELD_TEXT[code], params, PARAM_WORDS)
	};
}

/** `unit`: "byte" or "bytes" (a PARAM_WORDS id). */
const unit = (n: number | bigint) => (n === 1 || n === 1n ? 'one' : 'many');

/** RSV bits that negotiated extensions define: index 0 is RSV1. */
type RsvAllowed = readonly [boolean, boolean, boolean];

export function frameFields(f: Frame, rsvAllowed: RsvAllowed = [false, false, false]): Field[] {
	const bit0 = f.offset * 8;
	const fields: Field[] = [...firstByteFields(f, bit0, rsvAllowed)];
	if (f.headerLength < 2) return withTruncatedHeader(fields, f, 8);
	fields.push(maskBitField(f, bit0), lengthField(f, bit0));
	let at = 2;
	const extBytes = f.lengthBits === 7 ? 0 : f.lengthBits / 8;
	if (extBytes > 0) {
		if (f.headerLength < at + extBytes) return withTruncatedHeader(fields, f, at * 8);
		fields.push(extendedLengthField(f, bit0 + at * 8, extBytes));
		at += extBytes;
	}
	if (f.masked) {
		if (!f.maskKey) return withTruncatedHeader(fields, f, at * 8);
		fields.push(maskKeyField(f.maskKey, bit0 + at * 8));
		at += 4;
	}
	if (f.payload.length > 0 || f.complete) fields.push(payloadField(f, bit0 + at * 8));
	return fields;
}

function firstByteFields(f: Frame, bit0: number, rsvAllowed: RsvAllowed): Field[] {
	const spec = opcodeSpec(f.opcode);
	return [
		flag('fin', 'FIN', bit0, f.fin, FIN_MEANINGS),
		flag('rsv1', 'RSV1', bit0 + 1, f.rsv1, RSV_MEANINGS[0]![rsvAllowed[0] ? 1 : 0]!),
		flag('rsv2', 'RSV2', bit0 + 2, f.rsv2, RSV_MEANINGS[1]![rsvAllowed[1] ? 1 : 0]!),
		flag('rsv3', 'RSV3', bit0 + 3, f.rsv3, RSV_MEANINGS[2]![rsvAllowed[2] ? 1 : 0]!),
		{
			id: 'opcode',
			label: 'Opcode',
			bitOffset: bit0 + 4,
			bitLength: 4,
			raw: f.opcode,
			value: spec.name,
			...OPCODE_MEANINGS[f.opcode]!,
			rfc: spec.rfc
		}
	];
}

// Meanings of small fields depend only on their few possible values: built once, not per frame (a
// capture of many small frames is mostly these fields).

type Meaning = ReturnType<typeof meaningOf>;

/** [meaning when 0, meaning when 1]. */
type FlagMeanings = readonly [Meaning, Meaning];

const FIN_MEANINGS: FlagMeanings = [meaningOf('fin_0'), meaningOf('fin_1')];

/** By bit (RSV1-3), then by whether a negotiated extension defines it. */
const RSV_MEANINGS: readonly (readonly FlagMeanings[])[] = [1, 2, 3].map((bit) =>
	[false, true].map((defined) => [
		meaningOf('rsv_0', { bit }),
		meaningOf(!defined ? 'rsv_undefined' : bit === 1 ? 'rsv_deflate' : 'rsv_defined', { bit })
	])
);

const OPCODE_MEANINGS: readonly Meaning[] = Array.from({ length: 16 }, (_, opcode) => {
	const spec = opcodeSpec(opcode);
	const params = { hex: opcode.toString(16), name: spec.name, does: spec.meaningId };
	return meaningOf(spec.control ? 'opcode_control' : 'opcode', params);
});

const MASK_MEANINGS: FlagMeanings = [meaningOf('mask_0'), meaningOf('mask_1')];

/** By the 7-bit length value. */
const LENGTH_MEANINGS: readonly Meaning[] = Array.from({ length: 128 }, (_, raw) =>
	raw < 126
		? meaningOf('length_short', { length: raw, unit: unit(raw) })
		: meaningOf('length_marker', { raw, bits: raw === 126 ? 16 : 64 })
);

function flag(
	id: string,
	label: string,
	bitOffset: number,
	set: boolean,
	meanings: FlagMeanings
): Field {
	return {
		id,
		label,
		bitOffset,
		bitLength: 1,
		raw: set ? 1 : 0,
		value: set,
		...meanings[set ? 1 : 0],
		rfc: RFC_FRAMING
	};
}

function maskBitField(f: Frame, bit0: number): Field {
	return flag('mask', 'MASK', bit0 + 8, f.masked, MASK_MEANINGS);
}

function lengthField(f: Frame, bit0: number): Field {
	const raw = f.lengthBits === 7 ? Number(f.payloadLength) : f.lengthBits === 16 ? 126 : 127;
	return {
		id: 'payload_length',
		label: 'Payload length',
		bitOffset: bit0 + 9,
		bitLength: 7,
		raw,
		value: raw < 126 ? raw : `${f.lengthBits}-bit`,
		...LENGTH_MEANINGS[raw]!,
		rfc: RFC_FRAMING
	};
}

function extendedLengthField(f: Frame, bitOffset: number, bytes: number): Field {
	return {
		id: 'extended_payload_length',
		label: `Extended payload length (${bytes * 8} bits)`,
		bitOffset,
		bitLength: bytes * 8,
		raw: f.payloadLength,
		value: f.payloadLength,
		...meaningOf('extended_length', { length: f.payloadLength }),
		rfc: RFC_FRAMING
	};
}

function maskKeyField(key: Uint8Array, bitOffset: number): Field {
	const hex = bytesToHex(key);
	return {
		id: 'masking_key',
		label: 'Masking key',
		bitOffset,
		bitLength: 32,
		raw: ((key[0]! << 24) | (key[1]! << 16) | (key[2]! << 8) | key[3]!) >>> 0,
		value: hex,
		...meaningOf('masking_key', { key: bytesToHex(key, ' ') }),
		rfc: 'RFC 6455 §5.3'
	};
}

function payloadField(f: Frame, bitOffset: number): Field {
	const n = f.payload.length;
	const params = {
		count: n,
		unit: unit(n),
		cut: !f.complete,
		declared: f.payloadLength,
		type: f.type,
		unmasked: f.masked
	};
	return {
		id: 'payload',
		label: 'Payload',
		bitOffset,
		bitLength: n * 8,
		value: f.payload,
		...meaningOf(f.type === 'reserved' ? 'payload_reserved' : 'payload', params),
		rfc: f.masked ? 'RFC 6455 §5.3' : RFC_FRAMING
	};
}

/** The bytes of a header the input cut short, from `fromBit` (relative to the frame) to its end. */
function withTruncatedHeader(fields: Field[], f: Frame, fromBit: number): Field[] {
	const bitLength = f.headerLength * 8 - fromBit;
	if (bitLength > 0) {
		fields.push({
			id: 'truncated_header',
			label: 'Truncated header',
			bitOffset: f.offset * 8 + fromBit,
			bitLength,
			value: null,
			...meaningOf('truncated_header', { count: bitLength / 8, unit: unit(bitLength / 8) }),
			rfc: RFC_FRAMING
		});
	}
	return fields;
}
