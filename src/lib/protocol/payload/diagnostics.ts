// Problems inside a message's application protocol, as data (STYLE.md §2), in the style of the frame
// catalog (../diagnostics.ts). `rfc` names the protocol's own specification and section. Severity
// `error` means that protocol's strict peer rejects the packet; none of these changes the WebSocket
// verdict, which is about frames. Offsets are bits inside the message.
import { diagnosticFromSpec } from '../diagnostic-spec.ts';
import { PAYLOAD_WORDS } from './words.ts';
import type { Diagnostic, DiagnosticParams, DiagnosticSpec } from '../types.ts';

const MQTT = 'MQTT 3.1.1 / 5.0';
const STOMP = 'STOMP 1.2';
const SIO = 'Socket.IO protocol v5';
const EIO = 'Engine.IO protocol v4';
const GQL = 'graphql-ws PROTOCOL.md';
const SIGNALR = 'SignalR HubProtocol';
const WAMP = 'WAMP (RFC draft) §6';

export const PAYLOAD_DIAGNOSTICS = {
	// ── every protocol ───────────────────────────────────────────────────────────
	payload_detection_ambiguous: {
		severity: 'info',
		rfc: 'RFC 6455 §1.9',
		text: 'read as {protocol} from its content; it is also valid {alternative}'
	},
	payload_subprotocol_mismatch: {
		severity: 'warning',
		rfc: 'RFC 6455 §1.9',
		text: 'the subprotocol {subprotocol} was negotiated, but this {type} message is not {protocol}'
	},
	payload_not_text: {
		severity: 'error',
		rfc: 'RFC 6455 §5.6',
		text: '{protocol} is carried in text messages; this is a {type} message'
	},
	payload_fields_truncated: {
		severity: 'info',
		rfc: 'RFC 6455 §5.6',
		text: 'only the first {limit} fields are shown'
	},
	payload_too_deep: {
		severity: 'warning',
		rfc: 'RFC 8949 §5.1',
		text: 'the data nests deeper than {limit} levels; the rest is not broken down'
	},
	// ── JSON (RFC 8259) ──────────────────────────────────────────────────────────
	json_invalid: {
		severity: 'error',
		rfc: 'RFC 8259 §2',
		text: 'not JSON: {wanted} was expected here'
	},
	json_trailing_data: {
		severity: 'error',
		rfc: 'RFC 8259 §2',
		text: 'the JSON value ends at byte {end}; {count} more bytes follow it'
	},
	json_too_deep: {
		severity: 'warning',
		rfc: 'RFC 8259 §9',
		text: 'the JSON nests deeper than {limit} levels; the rest is not broken down'
	},
	// ── Engine.IO v4 / Socket.IO v5 ──────────────────────────────────────────────
	engineio_unknown_packet_type: {
		severity: 'error',
		rfc: `${EIO} §Packet encoding`,
		text: 'Engine.IO packet types are 0 to 6; this packet starts with {type}'
	},
	socketio_unknown_packet_type: {
		severity: 'error',
		rfc: `${SIO} §Packet format`,
		text: 'Socket.IO packet types are 0 to 6; this packet has {type}'
	},
	socketio_invalid_packet: {
		severity: 'error',
		rfc: `${SIO} §Packet format`,
		text: 'socket.io-parser rejects this {type} packet: its {part} is not valid'
	},
	socketio_attachment_unexpected: {
		severity: 'warning',
		rfc: `${SIO} §BINARY_EVENT`,
		text: 'a binary message with no BINARY_EVENT or BINARY_ACK waiting for attachments'
	},
	socketio_attachment_missing: {
		severity: 'error',
		rfc: `${SIO} §BINARY_EVENT`,
		text: 'a text packet arrived while {count} binary attachments were still awaited'
	},
	socketio_attachment_waiting: {
		severity: 'info',
		rfc: `${SIO} §BINARY_EVENT`,
		text: 'this packet announces {count} binary attachments, sent as the next binary messages'
	},
	// ── STOMP 1.2 ────────────────────────────────────────────────────────────────
	stomp_unknown_command: {
		severity: 'error',
		rfc: `${STOMP} §Frames`,
		text: '{command} is not a STOMP 1.2 command'
	},
	stomp_header_without_colon: {
		severity: 'error',
		rfc: `${STOMP} §Augmented BNF`,
		text: 'a header line must be name:value; this one has no colon'
	},
	stomp_invalid_escape: {
		severity: 'error',
		rfc: `${STOMP} §Value Encoding`,
		text: 'undefined escape sequence {sequence} in a header (only \\r \\n \\c \\\\ are defined)'
	},
	stomp_missing_null: {
		severity: 'error',
		rfc: `${STOMP} §Augmented BNF`,
		text: 'the frame does not end with a NULL byte'
	},
	stomp_required_header_missing: {
		severity: 'error',
		rfc: `${STOMP} §Client Frames`,
		text: 'a {command} frame must have the header {header}'
	},
	stomp_content_length_mismatch: {
		severity: 'error',
		rfc: `${STOMP} §Header content-length`,
		text: 'content-length says {declared} bytes, but the body has {actual} before the NULL'
	},
	stomp_body_not_allowed: {
		severity: 'error',
		rfc: `${STOMP} §Frames`,
		text: 'only SEND, MESSAGE and ERROR frames may have a body; this {command} has {count} bytes'
	},
	// ── MQTT 3.1.1 and 5 ─────────────────────────────────────────────────────────
	mqtt_reserved_packet_type: {
		severity: 'error',
		rfc: `${MQTT} §2.1.2`,
		text: 'control packet type {type} is reserved'
	},
	mqtt_invalid_flags: {
		severity: 'error',
		rfc: `${MQTT} §2.1.3`,
		text: 'the flags of a {name} packet must be {expected}; these are {flags}'
	},
	mqtt_invalid_qos: {
		severity: 'error',
		rfc: `${MQTT} §3.3.1.2`,
		text: 'QoS 3 does not exist: a PUBLISH with both QoS bits set is malformed'
	},
	mqtt_remaining_length_invalid: {
		severity: 'error',
		rfc: `${MQTT} §2.2.3`,
		text: 'the Remaining Length uses more than four bytes'
	},
	mqtt_packet_truncated: {
		severity: 'info',
		rfc: `${MQTT} §6`,
		text: 'the message ends inside a {name} packet ({have} of {total} bytes): MQTT lets the rest come in the next messages'
	},
	mqtt_field_overrun: {
		severity: 'error',
		rfc: `${MQTT} §1.5`,
		text: 'the {field} runs past the end of the packet'
	},
	mqtt_trailing_bytes: {
		severity: 'error',
		rfc: `${MQTT} §2.2.3`,
		text: 'the {name} packet has {count} bytes left over after its last field'
	},
	mqtt_protocol_name_invalid: {
		severity: 'error',
		rfc: `${MQTT} §3.1.2.1`,
		text: 'the protocol name must be MQTT; it is {name}'
	},
	mqtt_protocol_level_unknown: {
		severity: 'error',
		rfc: `${MQTT} §3.1.2.2`,
		text: 'protocol level {level} is neither 4 (3.1.1) nor 5'
	},
	mqtt_connect_reserved_flag: {
		severity: 'error',
		rfc: `${MQTT} §3.1.2.3`,
		text: 'the reserved bit of the CONNECT flags must be 0'
	},
	mqtt_topic_wildcard: {
		severity: 'error',
		rfc: `${MQTT} §4.7.1`,
		text: 'a PUBLISH topic name must not contain the wildcards + or #: {topic}'
	},
	mqtt_packet_id_zero: {
		severity: 'error',
		rfc: `${MQTT} §2.3.1`,
		text: 'a packet identifier must not be 0'
	},
	mqtt_no_topic_filters: {
		severity: 'error',
		rfc: `${MQTT} §3.8.3`,
		text: 'a {name} packet must carry at least one topic filter'
	},
	mqtt_property_unknown: {
		severity: 'error',
		rfc: 'MQTT 5.0 §2.2.2.2',
		text: 'property identifier {id} is not defined'
	},
	mqtt_version_assumed: {
		severity: 'info',
		rfc: `${MQTT} §3.1.2.2`,
		text: 'no CONNECT was seen, so this packet is read as MQTT {version}'
	},
	// ── GraphQL over WebSocket ───────────────────────────────────────────────────
	graphql_not_object: {
		severity: 'error',
		rfc: GQL,
		text: 'every GraphQL over WebSocket message is a JSON object with a type'
	},
	graphql_unknown_type: {
		severity: 'error',
		rfc: GQL,
		text: '{type} is not a message type of {dialect}'
	},
	graphql_missing_member: {
		severity: 'error',
		rfc: GQL,
		text: 'a {type} message must have {member}'
	},
	// ── SignalR JSON hub protocol ────────────────────────────────────────────────
	signalr_record_unterminated: {
		severity: 'error',
		rfc: `${SIGNALR} §JSON encoding`,
		text: 'each JSON record ends with the record separator 0x1E; the last one does not'
	},
	signalr_not_object: {
		severity: 'error',
		rfc: `${SIGNALR} §JSON encoding`,
		text: 'a SignalR record is a JSON object'
	},
	signalr_unknown_type: {
		severity: 'error',
		rfc: `${SIGNALR} §Message types`,
		text: 'message type {type} is not defined (1 to 9)'
	},
	signalr_missing_member: {
		severity: 'error',
		rfc: `${SIGNALR} §Message types`,
		text: 'a SignalR {name} message must have {member}'
	},
	// ── WAMP ─────────────────────────────────────────────────────────────────────
	wamp_not_array: {
		severity: 'error',
		rfc: WAMP,
		text: 'a WAMP message is an array whose first element is the message type code'
	},
	wamp_unknown_message: {
		severity: 'error',
		rfc: WAMP,
		text: 'message type code {code} is not defined'
	},
	wamp_wrong_element: {
		severity: 'error',
		rfc: WAMP,
		text: 'element {index} of {name} ({element}) must be {expected}'
	},
	wamp_missing_element: {
		severity: 'error',
		rfc: WAMP,
		text: 'a {name} message must have its {element}'
	},
	// ── MessagePack and CBOR ─────────────────────────────────────────────────────
	msgpack_invalid: {
		severity: 'error',
		rfc: 'MessagePack spec §Formats',
		text: 'byte 0x{byte} is never used in MessagePack'
	},
	msgpack_truncated: {
		severity: 'error',
		rfc: 'MessagePack spec §Formats',
		text: 'the message ends inside a MessagePack {kind}: {missing} more bytes are needed'
	},
	msgpack_trailing_bytes: {
		severity: 'warning',
		rfc: 'MessagePack spec §Formats',
		text: 'one MessagePack value ends at byte {end}; {count} more bytes follow it'
	},
	cbor_invalid: {
		severity: 'error',
		rfc: 'RFC 8949 §3',
		text: 'additional information {info} is reserved for major type {major}'
	},
	cbor_truncated: {
		severity: 'error',
		rfc: 'RFC 8949 §3',
		text: 'the message ends inside a CBOR {kind}: {missing} more bytes are needed'
	},
	cbor_trailing_bytes: {
		severity: 'warning',
		rfc: 'RFC 8949 §5.1',
		text: 'one CBOR data item ends at byte {end}; {count} more bytes follow it'
	},
	cbor_break_unexpected: {
		severity: 'error',
		rfc: 'RFC 8949 §3.2.1',
		text: 'a break byte (0xff) outside an indefinite-length item'
	}
} as const satisfies Record<string, DiagnosticSpec>;

export type PayloadDiagnosticCode = keyof typeof PAYLOAD_DIAGNOSTICS;

/** A frame-model Diagnostic whose code is a row of this catalog. */
export type PayloadDiagnostic = Omit<Diagnostic, 'code'> & { code: PayloadDiagnosticCode };

/** A payload diagnostic over bytes `start`..`start + length` of the message. */
export function payloadDiagnostic(
	code: PayloadDiagnosticCode,
	start: number,
	length: number,
	params: DiagnosticParams = {}
): PayloadDiagnostic {
	const spec = PAYLOAD_DIAGNOSTICS[code];
	const d = diagnosticFromSpec(spec, code, start * 8, length * 8, params, PAYLOAD_WORDS);
	return { ...d, code };
}
