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
	const hex = `0x${f.opcode.toString(16)}`;
	return [
		flag(
			'fin',
			'FIN',
			bit0,
			f.fin,
			f.fin ? 'the final frame of its message' : 'more frames of this message follow'
		),
		flag('rsv1', 'RSV1', bit0 + 1, f.rsv1, rsvMeaning(1, f.rsv1, rsvAllowed[0])),
		flag('rsv2', 'RSV2', bit0 + 2, f.rsv2, rsvMeaning(2, f.rsv2, rsvAllowed[1])),
		flag('rsv3', 'RSV3', bit0 + 3, f.rsv3, rsvMeaning(3, f.rsv3, rsvAllowed[2])),
		{
			id: 'opcode',
			label: 'Opcode',
			bitOffset: bit0 + 4,
			bitLength: 4,
			raw: f.opcode,
			value: spec.name,
			meaning: `${hex} ${spec.name}: ${spec.control ? 'a control frame that ' : ''}${spec.meaning}`,
			rfc: spec.rfc
		}
	];
}

function flag(id: string, label: string, bitOffset: number, set: boolean, meaning: string): Field {
	const raw = set ? 1 : 0;
	return {
		id,
		label,
		bitOffset,
		bitLength: 1,
		raw,
		value: set,
		meaning: `${label} = ${raw}: ${meaning}`,
		rfc: RFC_FRAMING
	};
}

function rsvMeaning(bit: number, set: boolean, defined: boolean): string {
	if (!set) return 'no extension meaning';
	if (!defined) return 'set, but no negotiated extension defines this bit';
	return bit === 1
		? 'permessage-deflate: this message is compressed'
		: 'a meaning defined by a negotiated extension';
}

function maskBitField(f: Frame, bit0: number): Field {
	const meaning = f.masked
		? 'a 4-byte masking key follows and the payload is XORed with it (client to server)'
		: 'no masking key: the payload is sent as is (server to client)';
	return flag('mask', 'MASK', bit0 + 8, f.masked, meaning);
}

function lengthField(f: Frame, bit0: number): Field {
	const raw = f.lengthBits === 7 ? Number(f.payloadLength) : f.lengthBits === 16 ? 126 : 127;
	const meaning =
		raw < 126
			? `the payload is ${raw} byte${raw === 1 ? '' : 's'} long`
			: `${raw}: the length follows in the next ${raw === 126 ? 16 : 64} bits`;
	return {
		id: 'payload_length',
		label: 'Payload length',
		bitOffset: bit0 + 9,
		bitLength: 7,
		raw,
		value: raw < 126 ? raw : `${f.lengthBits}-bit`,
		meaning,
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
