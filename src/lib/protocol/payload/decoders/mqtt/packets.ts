// Each MQTT control packet's variable header and payload (MQTT 3.1.1 §3, MQTT 5 §3), read by an
// MqttReader into fields and a value shaped like mqtt-packet's (cmd, messageId, topic, qos ...), so
// the tests can hold our reading against the library the MQTT.js client uses.
import { bytesToHex } from '../../../bytes.ts';

import { payloadDiagnostic } from '../../diagnostics.ts';
import { MEANINGS, renderTemplate } from '../../meanings.ts';
import type { MqttReader } from './reader.ts';
import { CONNACK_V4, REASON_CODES, SUBACK_V4 } from './tables.ts';

export interface PacketHead {
	type: number;
	name: string;
	flags: number;
	/** 4 for MQTT 3.1.1, 5 for MQTT 5. */
	level: number;
}

export type PacketValue = Record<string, unknown>;
type Body = (r: MqttReader, head: PacketHead, value: PacketValue) => void;

const v5 = (head: PacketHead): boolean => head.level === 5;

/** §3.1: CONNECT. Sets the conversation's level for the packets that follow. */
function connect(r: MqttReader, head: PacketHead, value: PacketValue): void {
	const name = r.string('mqtt_protocol_name', 'protocol_name');
	if (name !== 'MQTT' && name !== 'MQIsdp')
		r.diagnostics.push(
			payloadDiagnostic('mqtt_protocol_name_invalid', r.at - name.length - 2, name.length + 2, {
				name
			})
		);
	const level = r.u8('mqtt_protocol_level', 'protocol_level', 'mqtt_protocol_level');
	if (level !== 3 && level !== 4 && level !== 5)
		r.diagnostics.push(payloadDiagnostic('mqtt_protocol_level_unknown', r.at - 1, 1, { level }));
	head.level = level === 5 ? 5 : 4;
	const flags = r.u8('mqtt_connect_flags', 'connect_flags', 'mqtt_connect_flags');
	if (flags & 1) r.diagnostics.push(payloadDiagnostic('mqtt_connect_reserved_flag', r.at - 1, 1));
	const keepalive = r.u16('mqtt_keep_alive', 'keep_alive', 'seconds');
	Object.assign(value, {
		protocolId: name,
		protocolVersion: level,
		clean: Boolean(flags & 2),
		keepalive
	});
	if (v5(head)) value.properties = r.properties();
	value.clientId = r.string('mqtt_client_id', 'client_identifier');
	if (flags & 4) {
		const will: PacketValue = { qos: (flags >> 3) & 3, retain: Boolean(flags & 0x20) };
		if (v5(head)) will.properties = r.properties();
		will.topic = r.string('mqtt_will_topic', 'will_topic');
		will.payload = bytesToHex(r.binary('mqtt_will_payload', 'will_payload'));
		value.will = will;
	}
	if (flags & 0x80) value.username = r.string('mqtt_username', 'user_name');
	if (flags & 0x40) value.password = bytesToHex(r.binary('mqtt_password', 'password'));
}

function connack(r: MqttReader, head: PacketHead, value: PacketValue): void {
	const flags = r.u8('mqtt_connack_flags', 'acknowledge_flags', 'mqtt_session_present');
	const code = r.u8('mqtt_reason_code', v5(head) ? 'reason_code' : 'return_code', 'mqtt_reason');
	patchReason(r, code, v5(head) ? REASON_CODES : CONNACK_V4);
	Object.assign(value, {
		sessionPresent: Boolean(flags & 1),
		[v5(head) ? 'reasonCode' : 'returnCode']: code
	});
	if (v5(head) && r.left > 0) value.properties = r.properties();
}

/** §3.3: PUBLISH. QoS comes from the fixed header's flags; a packet identifier only when QoS > 0. */
function publish(r: MqttReader, head: PacketHead, value: PacketValue): void {
	const qos = (head.flags >> 1) & 3;
	Object.assign(value, { dup: Boolean(head.flags & 8), qos, retain: Boolean(head.flags & 1) });
	const start = r.at;
	const topic = r.string('mqtt_topic', 'topic_name', 'mqtt_topic');
	if (/[+#]/.test(topic))
		r.diagnostics.push(payloadDiagnostic('mqtt_topic_wildcard', start, r.at - start, { topic }));
	value.topic = topic;
	if (qos > 0) value.messageId = packetId(r);
	if (v5(head)) value.properties = r.properties();
	const body = r.bytes.subarray(r.at, r.end);
	const payloadStart = r.at;
	r.at = r.end;
	const text = textOrUndefined(body);
	value.payload = text ?? { hex: bytesToHex(body) };
	r.add('mqtt_payload', 'payload', payloadStart, value.payload, 'body', { count: body.length });
}

function packetId(r: MqttReader): number {
	const id = r.u16('mqtt_packet_id', 'packet_identifier', 'packet_id');
	if (id === 0) r.diagnostics.push(payloadDiagnostic('mqtt_packet_id_zero', r.at - 2, 2));
	return id;
}

/** PUBACK, PUBREC, PUBREL, PUBCOMP: an identifier; in MQTT 5 a reason code and properties may follow. */
function acknowledgement(r: MqttReader, head: PacketHead, value: PacketValue): void {
	value.messageId = packetId(r);
	if (!v5(head)) return;
	// MQTT 5 §3.4.2.1: "If the Remaining Length is 2, ... the value of 0x00 (Success) is used".
	if (r.left === 0) {
		value.reasonCode = 0;
		return;
	}
	value.reasonCode = r.u8('mqtt_reason_code', 'reason_code', 'mqtt_reason');
	patchReason(r, value.reasonCode as number, REASON_CODES);
	if (r.left > 0) value.properties = r.properties();
}

function subscribe(r: MqttReader, head: PacketHead, value: PacketValue): void {
	value.messageId = packetId(r);
	if (v5(head)) value.properties = r.properties();
	const subscriptions: PacketValue[] = [];
	while (r.left > 0) {
		const topic = r.string('mqtt_topic_filter', 'topic_filter', 'mqtt_topic');
		const options = r.u8(
			'mqtt_subscription_options',
			'subscription_options',
			'mqtt_subscription_options'
		);
		const sub: PacketValue = { topic, qos: options & 3 };
		if (v5(head))
			Object.assign(sub, {
				nl: Boolean(options & 4),
				rap: Boolean(options & 8),
				rh: (options >> 4) & 3
			});
		subscriptions.push(sub);
	}
	noFilters(r, head, subscriptions.length);
	value.subscriptions = subscriptions;
}

function unsubscribe(r: MqttReader, head: PacketHead, value: PacketValue): void {
	value.messageId = packetId(r);
	if (v5(head)) value.properties = r.properties();
	const topics: string[] = [];
	while (r.left > 0) topics.push(r.string('mqtt_topic_filter', 'topic_filter', 'mqtt_topic'));
	noFilters(r, head, topics.length);
	value.unsubscriptions = topics;
}

function noFilters(r: MqttReader, head: PacketHead, count: number): void {
	// §3.8.3, §3.10.3: at least one topic filter; a packet without one is a protocol violation.
	if (count === 0)
		r.diagnostics.push(payloadDiagnostic('mqtt_no_topic_filters', r.at, 0, { name: head.name }));
}

/** SUBACK and UNSUBACK: an identifier, then one return or reason code per topic filter. */
function subscriptionAck(r: MqttReader, head: PacketHead, value: PacketValue): void {
	value.messageId = packetId(r);
	if (v5(head)) value.properties = r.properties();
	const codes: number[] = [];
	const table = v5(head) ? REASON_CODES : SUBACK_V4;
	while (r.left > 0) {
		codes.push(r.u8('mqtt_reason_code', v5(head) ? 'reason_code' : 'return_code', 'mqtt_reason'));
		patchReason(r, codes[codes.length - 1]!, table);
	}
	if (head.type === 9 || v5(head)) value.granted = codes;
}

/** MQTT 5 DISCONNECT and AUTH: a reason code and properties, both optional. */
function reasonOnly(r: MqttReader, head: PacketHead, value: PacketValue): void {
	if (!v5(head)) return;
	// MQTT 5 §3.14.2.1, §3.15.2.1: no Reason Code means 0x00 (Normal disconnection, Success).
	if (r.left === 0) {
		value.reasonCode = 0;
		return;
	}
	value.reasonCode = r.u8('mqtt_reason_code', 'reason_code', 'mqtt_reason');
	patchReason(r, value.reasonCode as number, REASON_CODES);
	if (r.left > 0) value.properties = r.properties();
}

/** The reason code's field says which reason it is (the name is the specification's term). */
function patchReason(r: MqttReader, code: number, table: Record<number, string>): void {
	const f = r.fields[r.fields.length - 1]!;
	f.params = {
		...f.params,
		reason: table[code] ?? 'unknown',
		hex: code.toString(16).padStart(2, '0')
	};
	f.meaning = renderTemplate(MEANINGS.mqtt_reason, f.params);
}

function nothing(): void {}

export const BODIES: Record<number, Body> = {
	1: connect,
	2: connack,
	3: publish,
	4: acknowledgement,
	5: acknowledgement,
	6: acknowledgement,
	7: acknowledgement,
	8: subscribe,
	9: subscriptionAck,
	10: unsubscribe,
	11: subscriptionAck,
	12: nothing,
	13: nothing,
	14: reasonOnly,
	15: reasonOnly
};

function textOrUndefined(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}
