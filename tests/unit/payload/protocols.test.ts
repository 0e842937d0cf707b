// The payload layer on hand-made messages: SignalR and WAMP (no peer library in the tests), and one
// malformed packet of each protocol with the catalogued code it must get.
import { describe, expect, it } from 'vitest';
import {
	decodePayloads,
	FIELD_LABELS,
	PAYLOAD_DIAGNOSTICS,
	payloadToJson,
	summaryText,
	type PayloadChoice,
	type PayloadField,
	type PayloadInput
} from '$lib/protocol/index.ts';

const text = (s: string): PayloadInput => ({
	type: 'text',
	text: s,
	bytes: new TextEncoder().encode(s)
});
const binary = (bytes: number[]): PayloadInput => ({
	type: 'binary',
	bytes: Uint8Array.from(bytes)
});
const one = async (
	input: PayloadInput,
	options: { subprotocol?: string; choice?: PayloadChoice } = {}
) => (await decodePayloads([input], options))[0]!;
const codes = async (
	input: PayloadInput,
	options: { subprotocol?: string; choice?: PayloadChoice } = {}
) => (await one(input, options)).diagnostics.map((d) => d.code);

describe('SignalR JSON hub protocol', () => {
	it('reads the handshake and an invocation, each record ended by 0x1E, detected by content', async () => {
		const [handshake, invocation] = await decodePayloads([
			text('{"protocol":"json","version":1}\x1e'),
			text('{"type":1,"invocationId":"7","target":"Send","arguments":["안녕"]}\x1e{"type":6}\x1e')
		]);
		expect(handshake).toMatchObject({
			protocol: 'signalr',
			detectedBy: 'content',
			summary: { params: { name: 'HandshakeRequest' } }
		});
		expect(invocation!.summary).toEqual({
			code: 'signalr_records',
			params: { count: 2, names: 'Invocation, Ping' }
		});
		expect(invocation!.fields.map((f) => f.id)).toEqual([
			'signalr_record',
			'signalr_separator',
			'signalr_record',
			'signalr_separator'
		]);
		const first = invocation!.fields[0]!;
		expect(invocation!.fields[1]).toMatchObject({
			raw: 0x1e,
			bitOffset: first.bitOffset + first.bitLength,
			bitLength: 8
		});
	});

	it('names an unterminated record, an unknown type and a missing target', async () => {
		expect(await codes(text('{"type":1,"arguments":[]}'), { choice: 'signalr' })).toEqual([
			'signalr_record_unterminated',
			'signalr_missing_member'
		]);
		expect(await codes(text('{"type":42}\x1e'))).toEqual(['signalr_unknown_type']);
	});
});

describe('WAMP', () => {
	it('names each element of a PUBLISH over wamp.2.json', async () => {
		const r = await one(text('[16, 239714735, {}, "com.myapp.mytopic1", ["Hello, world!"]]'), {
			subprotocol: 'wamp.2.json'
		});
		expect(summaryText(r.summary)).toBe('WAMP PUBLISH com.myapp.mytopic1 ["Hello, world!"]');
		expect(r.fields[0]!.children!.map((f) => f.label)).toEqual([
			'type',
			'Request',
			'Options',
			'Topic',
			'Arguments'
		]);
	});

	it('reads wamp.2.msgpack, and flags a wrong element, a missing one and an unknown code', async () => {
		const call = [0x94, 0x30, 0x01, 0x80, 0xa3, 0x61, 0x2e, 0x62]; // [48, 1, {}, "a.b"]
		expect(
			(await one(binary(call), { subprotocol: 'wamp.2.msgpack' })).summary.params
		).toMatchObject({ name: 'CALL', target: 'a.b' });
		expect(await codes(text('[32, "x", {}, "t"]'), { subprotocol: 'wamp.2.json' })).toEqual([
			'wamp_wrong_element'
		]);
		expect(await codes(text('[1, "realm"]'), { subprotocol: 'wamp.2.json' })).toEqual([
			'wamp_missing_element'
		]);
		expect(await codes(text('[99, 1]'), { subprotocol: 'wamp.2.json' })).toEqual([
			'wamp_unknown_message'
		]);
		expect(await codes(text('{"a":1}'), { subprotocol: 'wamp.2.json' })).toEqual([
			'wamp_not_array'
		]);
	});
});

describe('field names are codes', () => {
	const flat = (fields: PayloadField[]): PayloadField[] =>
		fields.flatMap((f) => [f, ...flat(f.children ?? [])]);

	it('names an MQTT PUBLISH by codes, and its packet by the packet name it carries', async () => {
		// PUBLISH QoS 1, topic "a", packet identifier 7, payload "x" (MQTT 3.1.1 §3.3).
		const r = await one(binary([0x32, 0x06, 0x00, 0x01, 0x61, 0x00, 0x07, 0x78]), {
			subprotocol: 'mqtt'
		});
		const json = payloadToJson(r)!.fields as PayloadField[];
		const named = flat(json).map((f) => [f.id, f.labelCode ?? null, f.label]);
		expect(named).toEqual([
			['mqtt_packet', null, 'PUBLISH'],
			['mqtt_packet_type', 'packet_type', 'packet type'],
			['mqtt_flags', 'flags', 'flags'],
			['mqtt_remaining_length', 'remaining_length', 'remaining length'],
			['mqtt_topic', 'topic_name', 'topic name'],
			['mqtt_packet_id', 'packet_identifier', 'packet identifier'],
			['mqtt_payload', 'payload', 'payload']
		]);
	});

	it('gives every coded name the English of its code in the CLI JSON, and data names no code', async () => {
		const r = await one(text('42["chat",{"to":"b"}]'), { choice: 'socket.io' });
		expect(r.protocol).toBe('socket.io');
		const json = flat(payloadToJson(r)!.fields as PayloadField[]);
		for (const f of json)
			if (f.labelCode) expect(f.label).toBe(FIELD_LABELS[f.labelCode]);
			else expect(['to', '[0]', '[1]']).toContain(f.label);
		// The engine's own result (what the worker posts to the site) carries the codes only.
		const english = new Set<string>(Object.values(FIELD_LABELS));
		for (const f of flat(r.fields))
			expect(f.labelCode ? f.label === f.labelCode : !english.has(f.label)).toBe(true);
	});
});

describe('malformed packets get catalogued codes at their bytes', () => {
	const cases: [
		string,
		PayloadInput,
		{ subprotocol?: string; choice?: PayloadChoice },
		string[]
	][] = [
		['JSON cut short', text('{"a": [1, 2'), { choice: 'json' }, ['json_invalid']],
		['JSON with bytes after it', text('{"a": 1} x'), { choice: 'json' }, ['json_trailing_data']],
		[
			'an Engine.IO type that does not exist',
			text('9hello'),
			{ choice: 'socket.io' },
			['engineio_unknown_packet_type']
		],
		[
			'a Socket.IO type that does not exist',
			text('47["x"]'),
			{ choice: 'socket.io' },
			['socketio_unknown_packet_type']
		],
		[
			'a Socket.IO EVENT whose data is not an array',
			text('42{"a":1}'),
			{ choice: 'socket.io' },
			['socketio_invalid_packet']
		],
		[
			'a binary message with no attachment awaited',
			binary([1, 2]),
			{ choice: 'socket.io' },
			['socketio_attachment_unexpected']
		],
		[
			'a STOMP command that does not exist',
			text('SHOUT\n\n\0'),
			{ subprotocol: 'v12.stomp' },
			['stomp_unknown_command']
		],
		[
			'a STOMP header escape that does not exist',
			text('SEND\ndestination:/a\\tb\n\n\0'),
			{ subprotocol: 'v12.stomp' },
			['stomp_invalid_escape']
		],
		[
			'a STOMP SUBSCRIBE without id',
			text('SUBSCRIBE\ndestination:/a\n\n\0'),
			{ subprotocol: 'v12.stomp' },
			['stomp_required_header_missing']
		],
		[
			'a STOMP frame with a wrong content-length',
			text('SEND\ndestination:/a\ncontent-length:9\n\nhi\0'),
			{ subprotocol: 'v12.stomp' },
			['stomp_content_length_mismatch']
		],
		[
			'a STOMP SUBSCRIBE with a body',
			text('SUBSCRIBE\ndestination:/a\nid:1\n\nhi\0'),
			{ subprotocol: 'v12.stomp' },
			['stomp_body_not_allowed']
		],
		[
			'a STOMP frame without its NULL',
			text('DISCONNECT\n\n'),
			{ subprotocol: 'v12.stomp' },
			['stomp_missing_null']
		],
		[
			'MQTT packet type 0',
			binary([0x00, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_reserved_packet_type', 'mqtt_version_assumed']
		],
		[
			'MQTT PUBLISH with QoS 3',
			binary([0x36, 0x05, 0x00, 0x01, 0x61, 0x00, 0x01]),
			{ subprotocol: 'mqtt' },
			['mqtt_invalid_qos', 'mqtt_version_assumed']
		],
		[
			'MQTT SUBSCRIBE with flags 0000',
			binary([0x80, 0x06, 0x00, 0x01, 0x00, 0x01, 0x61, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_invalid_flags', 'mqtt_version_assumed']
		],
		[
			'MQTT Remaining Length of five bytes',
			binary([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]),
			{ subprotocol: 'mqtt' },
			['mqtt_remaining_length_invalid']
		],
		[
			'MQTT topic with a wildcard',
			binary([0x30, 0x04, 0x00, 0x02, 0x61, 0x23]),
			{ subprotocol: 'mqtt' },
			['mqtt_version_assumed', 'mqtt_topic_wildcard']
		],
		[
			'MQTT CONNECT named otherwise',
			binary([0x10, 0x0c, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x58, 0x04, 0x02, 0x00, 0x3c, 0x00, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_protocol_name_invalid']
		],
		[
			'MQTT CONNECT level 9 and the reserved flag',
			binary([0x10, 0x0c, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x09, 0x03, 0x00, 0x3c, 0x00, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_protocol_level_unknown', 'mqtt_connect_reserved_flag']
		],
		[
			'MQTT PUBACK with packet id 0',
			binary([0x40, 0x02, 0x00, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_version_assumed', 'mqtt_packet_id_zero']
		],
		[
			'MQTT SUBSCRIBE with no topic filter',
			binary([0x82, 0x02, 0x00, 0x01]),
			{ subprotocol: 'mqtt' },
			['mqtt_version_assumed', 'mqtt_no_topic_filters']
		],
		[
			'MQTT string longer than its packet',
			binary([0x30, 0x03, 0x00, 0x09, 0x61]),
			{ subprotocol: 'mqtt' },
			['mqtt_version_assumed', 'mqtt_field_overrun']
		],
		[
			'MQTT PINGREQ with a byte too many',
			binary([0xc0, 0x01, 0x00]),
			{ subprotocol: 'mqtt' },
			['mqtt_trailing_bytes']
		],
		[
			'MQTT 5 property that does not exist',
			binary([
				0x10, 0x0f, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x05, 0x02, 0x00, 0x3c, 0x02, 0x7f, 0x00,
				0x00, 0x00
			]),
			{ subprotocol: 'mqtt' },
			['mqtt_property_unknown']
		],
		[
			'GraphQL message that is an array',
			text('[1]'),
			{ subprotocol: 'graphql-transport-ws' },
			['graphql_not_object']
		],
		[
			'graphql-transport-ws with a legacy type',
			text('{"type":"start","id":"1"}'),
			{ subprotocol: 'graphql-transport-ws' },
			['graphql_unknown_type']
		],
		[
			'MQTT in a text message',
			text('hello'),
			{ subprotocol: 'mqtt' },
			['payload_subprotocol_mismatch', 'mqtt_packet_truncated']
		]
	];
	it.each(cases)('%s', async (_, input, options, expected) => {
		const r = await one(input, options);
		expect(r.diagnostics.map((d) => d.code)).toEqual(expected);
		for (const d of r.diagnostics) {
			expect(d.code in PAYLOAD_DIAGNOSTICS).toBe(true);
			expect(d.bitOffset + d.bitLength).toBeLessThanOrEqual(
				((r.carried ?? 0) + input.bytes.length) * 8
			);
		}
	});

	it('says how an MQTT 5 CONNACK was recognised without a CONNECT, and reads its properties', async () => {
		// CONNACK, session present 0, reason 0, properties: Topic Alias Maximum (34) = 10
		const r = await one(binary([0x20, 0x06, 0x00, 0x00, 0x03, 0x22, 0x00, 0x0a]), {
			subprotocol: 'mqtt'
		});
		expect(r.value).toMatchObject({
			cmd: 'connack',
			reasonCode: 0,
			properties: { topicAliasMaximum: 10 },
			protocolLevel: 5
		});
		expect(r.diagnostics).toEqual([]);
	});
});
