// The payload layer's codes in the page's language: English is the engine's own text; other languages
// render the same code and params from messages (payload_summary_*, payload_meaning_*), with the
// engine's [optional part] rule applied to the message's template. Field names render from their
// label code (payload_label_*) in every language; a name the data gives is shown as it is.
import {
	renderTemplate,
	summaryText,
	type LabelCode,
	type PayloadField,
	type PayloadSummary
} from '$lib/protocol/index.ts';
import type { PayloadParams } from '$lib/protocol/payload/types.ts';
import { m } from '$lib/paraglide/messages.js';
import { baseLocale, getLocale } from '$lib/paraglide/runtime.js';
import { localParams, type MessageTable } from './say.ts';
import { PAYLOAD_PARAM_MESSAGES } from './payload-words.ts';

// Each message takes its own params' names; they are all strings here (see `localized`).
type Message = (inputs: never) => string;

// Explicit code → message tables (static references), so a page ships only the messages it uses.
const SUMMARY_MESSAGES: Readonly<Record<string, Message>> = {
	engineio_packet: m.payload_summary_engineio_packet,
	engineio_binary: m.payload_summary_engineio_binary,
	engineio_polling: m.payload_summary_engineio_polling,
	socketio_event: m.payload_summary_socketio_event,
	socketio_ack: m.payload_summary_socketio_ack,
	socketio_packet: m.payload_summary_socketio_packet,
	socketio_invalid: m.payload_summary_socketio_invalid,
	socketio_attachment: m.payload_summary_socketio_attachment,
	stomp_frame: m.payload_summary_stomp_frame,
	stomp_frames: m.payload_summary_stomp_frames,
	stomp_heartbeat: m.payload_summary_stomp_heartbeat,
	mqtt_connect: m.payload_summary_mqtt_connect,
	mqtt_publish: m.payload_summary_mqtt_publish,
	mqtt_subscribe: m.payload_summary_mqtt_subscribe,
	mqtt_packet: m.payload_summary_mqtt_packet,
	mqtt_packets: m.payload_summary_mqtt_packets,
	mqtt_fragment: m.payload_summary_mqtt_fragment,
	graphql_message: m.payload_summary_graphql_message,
	graphql_invalid: m.payload_summary_graphql_invalid,
	signalr_record: m.payload_summary_signalr_record,
	signalr_records: m.payload_summary_signalr_records,
	wamp_message: m.payload_summary_wamp_message,
	wamp_invalid: m.payload_summary_wamp_invalid,
	json_value: m.payload_summary_json_value,
	json_invalid: m.payload_summary_json_invalid,
	msgpack_value: m.payload_summary_msgpack_value,
	msgpack_invalid: m.payload_summary_msgpack_invalid,
	cbor_value: m.payload_summary_cbor_value,
	cbor_invalid: m.payload_summary_cbor_invalid
};

const MEANING_MESSAGES: Readonly<Record<string, Message>> = {
	json_object: m.payload_meaning_json_object,
	json_array: m.payload_meaning_json_array,
	json_string: m.payload_meaning_json_string,
	json_number: m.payload_meaning_json_number,
	json_literal: m.payload_meaning_json_literal,
	binary_data: m.payload_meaning_binary_data,
	msgpack_extension: m.payload_meaning_msgpack_extension,
	cbor_tag: m.payload_meaning_cbor_tag,
	cbor_simple: m.payload_meaning_cbor_simple,
	packet_type: m.payload_meaning_packet_type,
	text_value: m.payload_meaning_text_value,
	ack_id: m.payload_meaning_ack_id,
	namespace: m.payload_meaning_namespace,
	attachment_count: m.payload_meaning_attachment_count,
	stomp_command: m.payload_meaning_stomp_command,
	stomp_header: m.payload_meaning_stomp_header,
	stomp_frame: m.payload_meaning_stomp_frame,
	stomp_null: m.payload_meaning_stomp_null,
	stomp_heartbeat: m.payload_meaning_stomp_heartbeat,
	body: m.payload_meaning_body,
	number_value: m.payload_meaning_number_value,
	seconds: m.payload_meaning_seconds,
	byte_length: m.payload_meaning_byte_length,
	packet_id: m.payload_meaning_packet_id,
	mqtt_packet: m.payload_meaning_mqtt_packet,
	mqtt_fragment: m.payload_meaning_mqtt_fragment,
	mqtt_flags: m.payload_meaning_mqtt_flags,
	mqtt_string: m.payload_meaning_mqtt_string,
	mqtt_topic: m.payload_meaning_mqtt_topic,
	mqtt_properties: m.payload_meaning_mqtt_properties,
	mqtt_property: m.payload_meaning_mqtt_property,
	mqtt_protocol_level: m.payload_meaning_mqtt_protocol_level,
	mqtt_connect_flags: m.payload_meaning_mqtt_connect_flags,
	mqtt_session_present: m.payload_meaning_mqtt_session_present,
	mqtt_reason: m.payload_meaning_mqtt_reason,
	mqtt_subscription_options: m.payload_meaning_mqtt_subscription_options,
	signalr_record: m.payload_meaning_signalr_record,
	signalr_separator: m.payload_meaning_signalr_separator,
	engineio_packet: m.payload_meaning_engineio_packet,
	engineio_separator: m.payload_meaning_engineio_separator,
	engineio_base64: m.payload_meaning_engineio_base64
};

/** What each field is called (FIELD_LABELS). */
export const FIELD_LABEL_MESSAGES: MessageTable<LabelCode> = {
	engineio_type: m.payload_label_engineio_type,
	socketio_type: m.payload_label_socketio_type,
	packet_type: m.payload_label_packet_type,
	remaining_length: m.payload_label_remaining_length,
	data: m.payload_label_data,
	binary_data: m.payload_label_binary_data,
	attachments: m.payload_label_attachments,
	attachment: m.payload_label_attachment,
	namespace: m.payload_label_namespace,
	ack_id: m.payload_label_ack_id,
	message: m.payload_label_message,
	type: m.payload_label_type,
	record: m.payload_label_record,
	record_separator: m.payload_label_record_separator,
	packet: m.payload_label_packet,
	command: m.payload_label_command,
	body: m.payload_label_body,
	null_byte: m.payload_label_null_byte,
	heartbeat: m.payload_label_heartbeat,
	flags: m.payload_label_flags,
	properties: m.payload_label_properties,
	protocol_name: m.payload_label_protocol_name,
	protocol_level: m.payload_label_protocol_level,
	connect_flags: m.payload_label_connect_flags,
	keep_alive: m.payload_label_keep_alive,
	client_identifier: m.payload_label_client_identifier,
	will_topic: m.payload_label_will_topic,
	will_payload: m.payload_label_will_payload,
	user_name: m.payload_label_user_name,
	password: m.payload_label_password,
	acknowledge_flags: m.payload_label_acknowledge_flags,
	reason_code: m.payload_label_reason_code,
	return_code: m.payload_label_return_code,
	topic_name: m.payload_label_topic_name,
	payload: m.payload_label_payload,
	packet_identifier: m.payload_label_packet_identifier,
	topic_filter: m.payload_label_topic_filter,
	subscription_options: m.payload_label_subscription_options
};

/** The message's template: each {name} comes back as itself, so the engine's renderer can fill it. */
function localized(
	table: Readonly<Record<string, Message>>,
	code: string,
	params: PayloadParams
): string | undefined {
	const message = getLocale() === baseLocale ? undefined : table[code];
	if (!message) return undefined;
	const names = Object.fromEntries(Object.keys(params).map((k) => [k, `{${k}}`]));
	// Id-valued params (a JSON value's kind) become this language's words (PARAM_WORDS).
	return renderTemplate(
		(message as (inputs: object) => string)(names),
		localParams(params, PAYLOAD_PARAM_MESSAGES)
	);
}

export function payloadSummaryText(summary: PayloadSummary): string {
	return localized(SUMMARY_MESSAGES, summary.code, summary.params) ?? summaryText(summary);
}

export function payloadMeaningText(field: PayloadField): string {
	return localized(MEANING_MESSAGES, field.meaningCode, field.params) ?? field.meaning;
}

/** A field's name: its label code's message, or the name its data gives. */
export function payloadLabelText(field: PayloadField): string {
	return field.labelCode ? FIELD_LABEL_MESSAGES[field.labelCode]({}) : field.label;
}
