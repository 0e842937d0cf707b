// The English of the payload layer's id-valued params (words.ts' mechanism, words of its own): they
// ship with the payload layer (the worker, the lazily loaded PayloadView), not in every page's first
// load with PARAM_WORDS. The site's words for them are src/lib/i18n/payload-words.ts.
import type { ParamWords } from '../text.ts';
import { PARAM_WORDS } from '../words.ts';

export const PAYLOAD_PARAM_WORDS = {
	/**
	 * socketio_invalid_packet: the part of the packet socket.io-parser rejects (Socket.IO protocol
	 * v5 §Packet format); a frame's parts keep their words.
	 */
	part: {
		...PARAM_WORDS.part,
		attachment_count: 'attachment count',
		data: 'data'
	},
	/**
	 * mqtt_field_overrun: the field that runs past the packet's end (MQTT 5 §3). An MQTT property is
	 * named by itself (mqtt-packet's name for it, an identifier), so it is no id here.
	 */
	field: {
		protocol_name: 'protocol name',
		keep_alive: 'keep alive',
		client_identifier: 'client identifier',
		will_topic: 'will topic',
		will_payload: 'will payload',
		user_name: 'user name',
		password: 'password',
		topic_name: 'topic name',
		packet_identifier: 'packet identifier',
		topic_filter: 'topic filter',
		properties: 'properties',
		property_length: 'property length',
		property_identifier: 'property identifier'
	},
	/**
	 * What a value is: a JSON, MessagePack or CBOR summary's value (RFC 8259 §3), or the item a
	 * MessagePack or CBOR message ends inside (RFC 8949 §3).
	 */
	kind: {
		object: 'object',
		array: 'array',
		string: 'string',
		number: 'number',
		true: 'true',
		false: 'false',
		null: 'null',
		binary: 'binary',
		extension: 'extension',
		tag: 'tag',
		undefined: 'undefined',
		simple: 'simple',
		data_item: 'data item'
	}
} as const satisfies ParamWords;

/** Every word a payload sentence may use: the engine's, with the payload layer's own. */
export const PAYLOAD_WORDS: ParamWords = { ...PARAM_WORDS, ...PAYLOAD_PARAM_WORDS };
