// The annotated fields of a frame (RFC 6455 §5.2): every bit of the header and the payload, with its
// position in the input and what it means. Meanings are built from the values, never typed per case.
import type { Field } from '../types.ts';
import { bytesToHex } from '../bytes.ts';
import { opcodeSpec } from './opcodes.ts';
import type { Frame } from './types.ts';

const RFC_FRAMING = 'RFC 6455 §5.2';

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
			meaning: OPCODE_MEANINGS[f.opcode]!,
			rfc: spec.rfc
		}
	];
}

// Meanings of small fields depend only on their few possible values: built once, not per frame (a
// capture of many small frames is mostly these fields).

/** [meaning when 0, meaning when 1], each starting "LABEL = bit: ". */
type FlagMeanings = readonly [string, string];

function flagMeanings(label: string, clear: string, set: string): FlagMeanings {
	return [`${label} = 0: ${clear}`, `${label} = 1: ${set}`];
}

const FIN_MEANINGS = flagMeanings(
	'FIN',
	'more frames of this message follow',
	'the final frame of its message'
);

/** By bit (RSV1-3), then by whether a negotiated extension defines it. */
const RSV_MEANINGS: readonly (readonly FlagMeanings[])[] = [1, 2, 3].map((bit) =>
	[false, true].map((defined) =>
		flagMeanings(`RSV${bit}`, 'no extension meaning', rsvSetMeaning(bit, defined))
	)
);

function rsvSetMeaning(bit: number, defined: boolean): string {
	if (!defined) return 'set, but no negotiated extension defines this bit';
	return bit === 1
		? 'permessage-deflate: this message is compressed'
		: 'a meaning defined by a negotiated extension';
}

const OPCODE_MEANINGS: readonly string[] = Array.from({ length: 16 }, (_, opcode) => {
	const spec = opcodeSpec(opcode);
	const control = spec.control ? 'a control frame that ' : '';
	return `0x${opcode.toString(16)} ${spec.name}: ${control}${spec.meaning}`;
});

const MASK_MEANINGS = flagMeanings(
	'MASK',
	'no masking key: the payload is sent as is (server to client)',
	'a 4-byte masking key follows and the payload is XORed with it (client to server)'
);

/** By the 7-bit length value. */
const LENGTH_MEANINGS: readonly string[] = Array.from({ length: 128 }, (_, raw) =>
	raw < 126
		? `the payload is ${raw} byte${raw === 1 ? '' : 's'} long`
		: `${raw}: the length follows in the next ${raw === 126 ? 16 : 64} bits`
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
		meaning: meanings[set ? 1 : 0],
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
		meaning: LENGTH_MEANINGS[raw]!,
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
		meaning: `the payload is ${f.payloadLength} bytes long (unsigned, network byte order)`,
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
		meaning: `payload byte i is XORed with key byte i mod 4: ${bytesToHex(key, ' ')}`,
		rfc: 'RFC 6455 §5.3'
	};
}

function payloadField(f: Frame, bitOffset: number): Field {
	const n = f.payload.length;
	const what = f.type === 'reserved' ? 'payload of a reserved opcode' : `${f.type} payload`;
	const masking = f.masked ? ', shown unmasked' : '';
	const cut = f.complete ? '' : ` (of ${f.payloadLength} declared)`;
	return {
		id: 'payload',
		label: 'Payload',
		bitOffset,
		bitLength: n * 8,
		value: f.payload,
		meaning: `${n} byte${n === 1 ? '' : 's'}${cut} of ${what}${masking}`,
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
			meaning: `${bitLength / 8} byte${bitLength === 8 ? '' : 's'} of a header field the input cuts short`,
			rfc: RFC_FRAMING
		});
	}
	return fields;
}
