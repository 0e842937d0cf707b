// Engine.IO v4 over HTTP long polling: one request or response body holds several packets, separated
// by the record separator 0x1E (Engine.IO protocol v4 §Transports, HTTP long-polling); a binary packet
// is "b" and its base64. engine.io-parser's decodePayload says which packets the body holds; each
// packet is then read as the WebSocket messages are, and its fields moved to where it sits in the body.
// A 0x1E cannot occur inside a packet: UTF-8 never uses it in a multi-byte sequence, and JSON escapes it.
import { decodePacket } from 'engine.io-parser';
import type { PayloadDiagnostic } from '../diagnostics.ts';
import { field } from '../fields.ts';
import type { Decoded, PayloadField, PayloadInput } from '../types.ts';
import { EIO } from './socketio-state.ts';

const RECORD_SEPARATOR = 0x1e;
const EIO_POLLING = 'Engine.IO protocol v4 §HTTP long-polling';

/** Reads one packet of the body, as a text message (or, for "b…", the binary message it encodes). */
export type ReadPacket = (input: PayloadInput) => Decoded;

/** The body's packets: each one's byte range. */
function segmentsOf(bytes: Uint8Array): [number, number][] {
	const segments: [number, number][] = [];
	let at = 0;
	for (;;) {
		const separator = bytes.indexOf(RECORD_SEPARATOR, at);
		const end = separator < 0 ? bytes.length : separator;
		segments.push([at, end]);
		if (separator < 0) return segments;
		at = separator + 1;
	}
}

function shifted<T extends { bitOffset: number; children?: T[] }>(items: T[], by: number): T[] {
	return items.map((item) => {
		const moved = { ...item, bitOffset: item.bitOffset + by * 8 };
		if (item.children) moved.children = shifted(item.children, by);
		return moved;
	});
}

const base64Bytes = (text: string): Uint8Array => {
	try {
		return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
	} catch {
		return new Uint8Array(0);
	}
};

/** A packet of the body: the text packet as read by `read`, or a base64 binary packet as bytes. */
function readSegment(bytes: Uint8Array, read: ReadPacket): Decoded {
	const text = new TextDecoder().decode(bytes);
	if (bytes[0] !== 0x62) return read({ type: 'text', bytes, text });
	const decoded = read({ type: 'binary', bytes: base64Bytes(text.slice(1)) });
	// Its fields count in the decoded bytes, not in the body: one field over the base64 stands for them.
	const whole = field(EIO, {
		id: 'engineio_binary',
		label: 'binary_data',
		start: 0,
		length: bytes.length,
		value: text.slice(1),
		meaning: 'engineio_base64',
		params: { count: bytes.length - 1 }
	});
	const diagnostics = decoded.diagnostics.map((d) => ({
		...d,
		bitOffset: 0,
		bitLength: bytes.length * 8
	}));
	return { ...decoded, fields: [whole], diagnostics };
}

export function pollingBody(input: PayloadInput, read: ReadPacket): Decoded {
	const { bytes } = input;
	const fields: PayloadField[] = [];
	const diagnostics: PayloadDiagnostic[] = [];
	const packets: unknown[] = [];
	const types: string[] = [];
	const segments = segmentsOf(bytes);
	for (const [index, [start, end]] of segments.entries()) {
		const segment = new TextDecoder().decode(bytes.subarray(start, end));
		const packet = readSegment(bytes.subarray(start, end), read);
		packets.push(packet.value);
		types.push(String(decodePacket(segment, 'arraybuffer').type).toUpperCase());
		diagnostics.push(...shifted(packet.diagnostics, start));
		fields.push(
			field(EIO_POLLING, {
				id: 'engineio_packet',
				label: 'packet',
				start,
				length: end - start,
				value: segment,
				meaning: 'engineio_packet',
				params: { index: index + 1, count: segments.length, type: types[index]! },
				children: shifted(packet.fields, start)
			})
		);
		if (end < bytes.length) fields.push(separatorField(end));
	}
	return {
		protocol: 'socket.io',
		summary: {
			code: 'engineio_polling',
			params: { count: segments.length, types: types.join(', ') }
		},
		value: { engineio: { transport: 'polling' }, packets },
		fields,
		diagnostics
	};
}

const separatorField = (at: number): PayloadField =>
	field(EIO_POLLING, {
		id: 'engineio_separator',
		label: 'record_separator',
		start: at,
		length: 1,
		value: 0x1e,
		meaning: 'engineio_separator'
	});
