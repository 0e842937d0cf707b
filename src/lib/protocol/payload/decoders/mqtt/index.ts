// MQTT 3.1.1 and 5 over WebSocket (MQTT 5 §6: binary messages; a message may hold several control
// packets or part of one). mqtt-packet needs Node's Buffer and streams, so this is our own reader,
// checked against mqtt-packet in tests/peer/payload-mqtt.test.ts.
import { concatBytes } from '../../../bytes.ts';
import type { PayloadDiagnostic as Diagnostic } from '../../diagnostics.ts';
import type { DecodeContext } from '../../context.ts';
import { payloadDiagnostic } from '../../diagnostics.ts';
import { field } from '../../fields.ts';
import type { Decoded, PayloadField, PayloadInput, PayloadSummary } from '../../types.ts';
import { BODIES, type PacketHead, type PacketValue } from './packets.ts';
import { MqttReader, Overrun, SPEC } from './reader.ts';
import { FIXED_FLAGS, PACKET_NAMES } from './tables.ts';

interface MqttState {
	/** The protocol level a CONNECT announced (or a CONNACK showed): 4 or 5. */
	level?: number;
	/** The start of a packet that the next message continues. */
	carry?: Uint8Array;
}

/** §2.2.3: the Remaining Length, a Variable Byte Integer of one to four bytes. */
function remainingLength(
	bytes: Uint8Array,
	at: number
): { value: number; size: number } | undefined {
	let value = 0;
	for (let i = 0; i < 4; i++) {
		const b = bytes[at + i];
		if (b === undefined) return undefined;
		value += (b & 0x7f) * 128 ** i;
		if (!(b & 0x80)) return { value, size: i + 1 };
	}
	return undefined;
}

export function decodePayload(input: PayloadInput, context: DecodeContext): Decoded {
	const state = context.state<MqttState>('mqtt', () => ({}));
	const carried = state.carry?.length ?? 0;
	// MQTT 5 §6: packets need not align with messages; a packet begun earlier continues here.
	const bytes = state.carry ? concatBytes([state.carry, input.bytes]) : input.bytes;
	state.carry = undefined;
	const diagnostics: Diagnostic[] = [];
	const fields: PayloadField[] = [];
	const packets: PacketValue[] = [];
	let fragment: PayloadSummary | undefined;
	for (let at = 0; at < bytes.length;) {
		const size = packetSize(bytes, at);
		if (size === 'partial') {
			state.carry = bytes.slice(at);
			fragment = fragmentOf(bytes, at, fields, diagnostics);
			break;
		}
		const packet = readPacket(bytes, at, state, diagnostics);
		fields.push(packet.field);
		packets.push(packet.value);
		at = packet.end;
	}
	const summary = packets.length === 0 && fragment ? fragment : summaryOf(packets);
	const value =
		packets.length === 1 ? packets[0] : packets.length === 0 ? fragment?.params : packets;
	const decoded: Decoded = { protocol: 'mqtt', summary, value, fields, diagnostics };
	if (carried > 0) decoded.carried = carried;
	return decoded;
}

/** The whole packet's size from `at`, or 'partial' when the bytes end before it does. */
function packetSize(bytes: Uint8Array, at: number): number | 'partial' | 'malformed' {
	const length = remainingLength(bytes, at + 1);
	if (!length) return bytes.length - at - 1 >= 4 ? 'malformed' : 'partial';
	const size = 1 + length.size + length.value;
	return at + size > bytes.length ? 'partial' : size;
}

/** The start of a packet that continues in the next message: what it is and how much has come. */
function fragmentOf(
	bytes: Uint8Array,
	at: number,
	fields: PayloadField[],
	diagnostics: Diagnostic[]
): PayloadSummary {
	const name = PACKET_NAMES[bytes[at]! >> 4]!;
	const length = remainingLength(bytes, at + 1);
	const have = bytes.length - at;
	const total = length ? 1 + length.size + length.value : '?';
	const params = { name, have, total };
	diagnostics.push(payloadDiagnostic('mqtt_packet_truncated', at, have, params));
	fields.push(
		field(SPEC, {
			id: 'mqtt_fragment',
			label: { name },
			start: at,
			length: have,
			value: have,
			meaning: 'mqtt_fragment',
			params
		})
	);
	return { code: 'mqtt_fragment', params };
}

function readPacket(bytes: Uint8Array, start: number, state: MqttState, diagnostics: Diagnostic[]) {
	const type = bytes[start]! >> 4;
	const flags = bytes[start]! & 15;
	const name = type === 15 && state.level === 4 ? 'reserved' : PACKET_NAMES[type]!;
	const head: PacketHead = { type, name, flags, level: state.level ?? (type === 1 ? 4 : 0) };
	const value: PacketValue = { cmd: name.toLowerCase() };
	const r = new MqttReader(bytes, start + 1, bytes.length);
	r.add(
		'mqtt_packet_type',
		'packet_type',
		start,
		type,
		'packet_type',
		{ protocol: 'MQTT', raw: type, name },
		type
	);
	r.fields[0]!.bitLength = 4;
	r.fields.push(
		field(SPEC, {
			id: 'mqtt_flags',
			label: 'flags',
			start,
			length: 1,
			value: flags,
			meaning: 'mqtt_flags',
			params: { value: flags.toString(2).padStart(4, '0') },
			raw: flags
		})
	);
	r.fields[1]!.bitOffset += 4;
	r.fields[1]!.bitLength = 4;
	checkFixedHeader(head, start, diagnostics);
	const length = remainingLength(bytes, start + 1);
	if (!length) {
		// decodePayload sends only whole packets here, or a Remaining Length of five bytes or more.
		diagnostics.push(payloadDiagnostic('mqtt_remaining_length_invalid', start + 1, 4));
		return finish(r, head, value, start, bytes.length);
	}
	r.at = start + 1 + length.size;
	r.add(
		'mqtt_remaining_length',
		'remaining_length',
		start + 1,
		length.value,
		'byte_length',
		{},
		length.value
	);
	const end = r.at + length.value;
	const body = new MqttReader(bytes, r.at, end);
	if (head.level === 0) assumeLevel(head, state, length.value, start, diagnostics);
	try {
		BODIES[type]?.(body, head, value);
		if (body.left > 0)
			diagnostics.push(
				payloadDiagnostic('mqtt_trailing_bytes', body.at, body.left, { name, count: body.left })
			);
	} catch (e) {
		if (!(e instanceof Overrun)) throw e;
		diagnostics.push(payloadDiagnostic('mqtt_field_overrun', e.at, end - e.at, { field: e.what }));
	}
	if (type === 1 || (type === 2 && head.level === 5)) state.level = head.level;
	value.length = length.value;
	r.fields.push(...body.fields);
	diagnostics.push(...r.diagnostics, ...body.diagnostics);
	return finish(r, head, value, start, end);
}

/** Without a CONNECT, a CONNACK longer than two bytes is MQTT 5's; otherwise 3.1.1 is assumed. */
function assumeLevel(
	head: PacketHead,
	state: MqttState,
	length: number,
	start: number,
	diagnostics: Diagnostic[]
): void {
	head.level = head.type === 2 && length > 2 ? 5 : 4;
	if (head.type === 2 && length > 2) state.level = 5;
	else if (head.type !== 12 && head.type !== 13)
		diagnostics.push(payloadDiagnostic('mqtt_version_assumed', start, 1, { version: '3.1.1' }));
}

function checkFixedHeader(head: PacketHead, start: number, diagnostics: Diagnostic[]): void {
	if (head.name === 'reserved') {
		diagnostics.push(payloadDiagnostic('mqtt_reserved_packet_type', start, 1, { type: head.type }));
		return;
	}
	if (head.type === 3) {
		// §3.3.1.2: "A PUBLISH Packet MUST NOT have both QoS bits set to 1".
		if (((head.flags >> 1) & 3) === 3)
			diagnostics.push(payloadDiagnostic('mqtt_invalid_qos', start, 1));
		return;
	}
	const expected = FIXED_FLAGS[head.type] ?? 0;
	if (head.flags !== expected)
		diagnostics.push(
			payloadDiagnostic('mqtt_invalid_flags', start, 1, {
				name: head.name,
				expected: expected.toString(2).padStart(4, '0'),
				flags: head.flags.toString(2).padStart(4, '0')
			})
		);
}

function finish(r: MqttReader, head: PacketHead, value: PacketValue, start: number, end: number) {
	if (head.level) value.protocolLevel = head.level;
	const node = field(SPEC, {
		id: 'mqtt_packet',
		label: { name: head.name },
		start,
		length: end - start,
		value: head.name,
		meaning: 'mqtt_packet',
		params: { name: head.name, count: end - start },
		children: r.fields
	});
	return { field: node, value, end };
}

function summaryOf(packets: PacketValue[]): PayloadSummary {
	if (packets.length !== 1)
		return {
			code: 'mqtt_packets',
			params: {
				count: packets.length,
				names: packets.map((p) => String(p.cmd).toUpperCase()).join(', ')
			}
		};
	const p = packets[0]!;
	const name = String(p.cmd).toUpperCase();
	switch (p.cmd) {
		case 'publish':
			return {
				code: 'mqtt_publish',
				params: {
					topic: String(p.topic ?? ''),
					qos: Number(p.qos),
					retain: Boolean(p.retain),
					id: p.messageId === undefined ? '' : Number(p.messageId)
				}
			};
		case 'connect':
			return {
				code: 'mqtt_connect',
				params: {
					version: p.protocolVersion === 5 ? '5' : '3.1.1',
					clientId: String(p.clientId ?? '')
				}
			};
		case 'subscribe':
			return {
				code: 'mqtt_subscribe',
				params: {
					id: Number(p.messageId),
					topics: ((p.subscriptions as PacketValue[] | undefined) ?? [])
						.map((s) => `${String(s.topic)} QoS ${String(s.qos)}`)
						.join(', ')
				}
			};
	}
	const code = p.reasonCode ?? p.returnCode;
	return {
		code: 'mqtt_packet',
		params: {
			name,
			id: p.messageId === undefined ? '' : Number(p.messageId),
			code: code === undefined ? '' : Number(code)
		}
	};
}
