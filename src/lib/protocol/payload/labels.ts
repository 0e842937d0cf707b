// What each payload field is called, as codes (issue #12: the engine speaks in codes). A field named
// by its data (a JSON member's key, a STOMP header, an MQTT packet or property name, a WAMP element)
// carries that name instead; these are the names the engine gives. The CLI's `label` is this English
// (payload/json.ts adds it: the engine's fields carry the code); the site renders the same code from
// messages (payload_label_*).
export const FIELD_LABELS = {
	engineio_type: 'Engine.IO packet type',
	socketio_type: 'Socket.IO packet type',
	packet_type: 'packet type',
	remaining_length: 'remaining length',
	data: 'data',
	binary_data: 'binary data',
	attachments: 'attachments',
	attachment: 'attachment',
	namespace: 'namespace',
	ack_id: 'ack id',
	message: 'message',
	type: 'type',
	record: 'record',
	record_separator: 'record separator',
	packet: 'packet',
	command: 'command',
	body: 'body',
	null_byte: 'NULL',
	heartbeat: 'heart-beat',
	flags: 'flags',
	properties: 'properties',
	protocol_name: 'protocol name',
	protocol_level: 'protocol level',
	connect_flags: 'connect flags',
	keep_alive: 'keep alive',
	client_identifier: 'client identifier',
	will_topic: 'will topic',
	will_payload: 'will payload',
	user_name: 'user name',
	password: 'password',
	acknowledge_flags: 'acknowledge flags',
	reason_code: 'reason code',
	return_code: 'return code',
	topic_name: 'topic name',
	payload: 'payload',
	packet_identifier: 'packet identifier',
	topic_filter: 'topic filter',
	subscription_options: 'subscription options'
} as const;
export type LabelCode = keyof typeof FIELD_LABELS;

/** A field's name: a code from FIELD_LABELS, or a name its data gives. */
export type FieldLabel = LabelCode | { name: string };
