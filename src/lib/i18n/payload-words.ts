// The site's words for the payload layer's id-valued params (PAYLOAD_PARAM_WORDS): loaded with the
// payload views, not with every page (say.ts' PARAM_MESSAGES are in every page that renders a code).
import { m } from '$lib/paraglide/messages.js';
import type { PAYLOAD_PARAM_WORDS } from '$lib/protocol/payload/words.ts';
import type { MessageTable } from './say.ts';

type Words = typeof PAYLOAD_PARAM_WORDS;

export const PAYLOAD_PARAM_MESSAGES: {
	readonly [N in keyof Words]: MessageTable<keyof Words[N] & string>;
} = {
	part: {
		header: m.word_header,
		payload: m.word_payload,
		attachment_count: m.word_part_attachment_count,
		data: m.word_part_data
	},
	field: {
		protocol_name: m.payload_label_protocol_name,
		keep_alive: m.payload_label_keep_alive,
		client_identifier: m.payload_label_client_identifier,
		will_topic: m.payload_label_will_topic,
		will_payload: m.payload_label_will_payload,
		user_name: m.payload_label_user_name,
		password: m.payload_label_password,
		topic_name: m.payload_label_topic_name,
		packet_identifier: m.payload_label_packet_identifier,
		topic_filter: m.payload_label_topic_filter,
		properties: m.payload_label_properties,
		property_length: m.word_field_property_length,
		property_identifier: m.word_field_property_identifier
	},
	kind: {
		object: m.word_kind_object,
		array: m.word_kind_array,
		string: m.word_kind_string,
		number: m.word_kind_number,
		true: m.word_kind_true,
		false: m.word_kind_false,
		null: m.word_kind_null,
		binary: m.word_kind_binary,
		extension: m.word_kind_extension,
		tag: m.word_kind_tag,
		undefined: m.word_kind_undefined,
		simple: m.word_kind_simple,
		data_item: m.word_kind_data_item
	}
};
