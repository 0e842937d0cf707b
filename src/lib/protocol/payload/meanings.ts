// The English sentences behind the payload layer's codes: field meanings and message summaries.
// Fields and summaries carry the code and params; these templates render them for the CLI and the
// English pages (Korean renders the same codes from messages/ko.json). `[...]` marks a part that is
// left out when a placeholder inside it is empty.
import type { PayloadParams, PayloadSummary } from './types.ts';

export const MEANINGS = {
	json_object: 'an object with {count} members',
	json_array: 'an array of {count} elements',
	json_string: 'a string: {value}',
	json_number: 'the number {value}',
	json_literal: '{value}',
	binary_data: '{count} bytes of binary data',
	msgpack_extension: 'an extension type value ({count} bytes)',
	cbor_tag: 'tag {tag}: it says what the item inside means',
	cbor_simple: 'simple value {value}',
	packet_type: '{protocol} packet type {raw}: {name}',
	text_value: '{value}',
	ack_id: 'acknowledgement id {value}: the answer carries the same id',
	namespace: 'the namespace {value}',
	attachment_count: '{value} binary attachments follow, each as a binary message',
	stomp_command: 'the command {command}',
	stomp_header: 'the header {name} = {value}',
	stomp_frame: 'a {command} frame with {count} headers',
	stomp_null: 'the NULL byte that ends the frame',
	stomp_heartbeat: 'end-of-line bytes only: a heart-beat',
	body: 'the body: {count} bytes',
	number_value: '{value}',
	seconds: '{value} seconds',
	byte_length: '{value} bytes follow',
	packet_id: 'packet identifier {value}: the acknowledgement carries the same one',
	mqtt_packet: 'a {name} packet of {count} bytes',
	mqtt_fragment:
		'the start of a {name} packet: {have} of {total} bytes; the next messages carry the rest',
	mqtt_flags: 'flags {value}: in PUBLISH, DUP, QoS (two bits) and RETAIN; fixed in other packets',
	mqtt_string: '"{value}" ({length} bytes after a two-byte length)',
	mqtt_topic: 'the topic "{value}"',
	mqtt_properties: '{count} properties in {value} bytes',
	mqtt_property: 'property {id} ({name}) = {value}',
	mqtt_protocol_level: 'protocol level {value} (4 is MQTT 3.1.1, 5 is MQTT 5)',
	mqtt_connect_flags:
		'connect flags {value}: user name, password, will retain, will QoS (two bits), will, clean start, reserved',
	mqtt_session_present: 'flags {value}: bit 0 is Session Present',
	mqtt_reason: '{value} (0x{hex}): {reason}',
	mqtt_subscription_options: 'options {value}: bits 0-1 are the maximum QoS',
	signalr_record: 'a {name} record',
	signalr_separator: 'the record separator 0x1E that ends a record',
	engineio_packet: 'packet {index} of {count}: Engine.IO {type}',
	engineio_separator: 'the record separator 0x1E between two packets',
	engineio_base64: 'a binary packet: "b" and its {count} characters of base64'
} as const;
export type MeaningCode = keyof typeof MEANINGS;

export const SUMMARIES: Record<string, string> = {
	engineio_packet: 'Engine.IO {type}[ {data}]',
	engineio_binary: 'Engine.IO binary message ({count} bytes)',
	engineio_polling: 'Engine.IO long-polling body of {count}: {types}',
	socketio_event: 'Socket.IO {type}[ {nsp}] "{event}" {args}[ ack id {id}]',
	socketio_ack: 'Socket.IO {type}[ {nsp}] id {id} {args}',
	socketio_packet: 'Socket.IO {type} {nsp}[ {data}]',
	socketio_invalid: 'Socket.IO {type} (not valid)',
	socketio_attachment: 'Socket.IO attachment {index} of {count} ({bytes} bytes)',
	stomp_frame: 'STOMP {command}[ {target}][ ({bytes} bytes)]',
	stomp_frames: 'STOMP {count} frames: {commands}',
	stomp_heartbeat: 'STOMP heart-beat',
	mqtt_connect: 'MQTT CONNECT {version}[ client "{clientId}"]',
	mqtt_publish: 'MQTT PUBLISH {topic} QoS {qos}[ id {id}]',
	mqtt_subscribe: 'MQTT SUBSCRIBE id {id}: {topics}',
	mqtt_packet: 'MQTT {name}[ id {id}][ code {code}]',
	mqtt_packets: 'MQTT {count} packets: {names}',
	mqtt_fragment: 'MQTT part of a {name} packet ({have} of {total} bytes)',
	graphql_message: 'GraphQL {type}[ {id}][ {operation}]',
	graphql_invalid: 'GraphQL (not a message object)',
	signalr_record: 'SignalR {name}[ {target}][ {args}][ {id}]',
	signalr_records: 'SignalR {count} records: {names}',
	wamp_message: 'WAMP {name}[ {target}][ {args}]',
	wamp_invalid: 'WAMP (not a message array)',
	json_value: 'JSON {kind} {preview}',
	json_invalid: 'JSON (not valid)',
	msgpack_value: 'MessagePack {kind} {preview}',
	msgpack_invalid: 'MessagePack (not valid)',
	cbor_value: 'CBOR {kind} {preview}',
	cbor_invalid: 'CBOR (not valid)'
};

/** A template with {placeholders} filled; a [part] whose placeholders are all empty is dropped. */
export function renderTemplate(template: string, params: PayloadParams): string {
	const value = (name: string): string => String(params[name] ?? '');
	return template
		.replace(/\[([^\]]*)\]/g, (_, part: string) => {
			const names = [...part.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
			return names.some((n) => value(n) !== '') ? part : '';
		})
		.replace(/\{(\w+)\}/g, (_, name: string) => value(name));
}

/** A summary in English, as the CLI prints it. */
export function summaryText(summary: PayloadSummary): string {
	const template = SUMMARIES[summary.code];
	return template ? renderTemplate(template, summary.params) : summary.code;
}
