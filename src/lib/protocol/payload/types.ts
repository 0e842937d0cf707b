// The payload layer's data model: what a message carries above WebSocket (Socket.IO, MQTT, STOMP ...).
// It reuses the frame layer's Field and Diagnostic, with bit offsets counted inside the message
// (bit 0 = the most significant bit of the message's first byte), and speaks in codes and params.
import type { DiagnosticParams, Field, Role } from '../types.ts';
import type { PayloadDiagnostic } from './diagnostics.ts';
import type { LabelCode } from './labels.ts';

export const PAYLOAD_PROTOCOLS = [
	'json',
	'socket.io',
	'stomp',
	'mqtt',
	'graphql-ws',
	'signalr',
	'wamp',
	'msgpack',
	'cbor'
] as const;
export type PayloadProtocol = (typeof PAYLOAD_PROTOCOLS)[number];

/** What the caller asks for: detect (`auto`), nothing (`none`), or one protocol. */
export type PayloadChoice = 'auto' | 'none' | PayloadProtocol;

/** How the protocol was chosen: never a guess presented as fact. */
export type DetectedBy = 'subprotocol' | 'content' | 'option' | 'conversation';

export type PayloadParams = DiagnosticParams;

/** A sentence as a code and its params; `summaryText` renders it in English. */
export interface PayloadSummary {
	code: string;
	params: PayloadParams;
}

/** A frame-model Field whose meaning is also a code and params (Korean renders from those). */
export interface PayloadField extends Field {
	/**
	 * The name its data gives (a JSON key, a STOMP header, an MQTT packet name), or, when `labelCode`
	 * names the field, that code: its English is FIELD_LABELS', added by the CLI (payloadToJson).
	 */
	label: string;
	/** What the field is called, as a code (FIELD_LABELS); absent when its data names it. */
	labelCode?: LabelCode;
	meaningCode: string;
	params: PayloadParams;
	children?: PayloadField[];
}

export interface PayloadInput {
	type: 'text' | 'binary';
	/** The message's data, inflated when it was compressed. */
	bytes: Uint8Array;
	/** Text messages: the decoded text, when valid UTF-8. */
	text?: string;
	/** Who sent it, when known (MQTT and STOMP tell commands from answers by it). */
	from?: Role;
	/**
	 * `polling`: not a WebSocket message but an Engine.IO HTTP long-polling body (socket.io's
	 * transport before the upgrade), several packets separated by 0x1E. Absent: a WebSocket message.
	 */
	transport?: 'polling';
}

export interface PayloadOptions {
	/** The negotiated Sec-WebSocket-Protocol value. */
	subprotocol?: string;
	/** The user's choice; `auto` (the default) detects. */
	choice?: PayloadChoice;
}

export interface PayloadResult {
	protocol: PayloadProtocol;
	detectedBy: DetectedBy;
	summary: PayloadSummary;
	/** The decoded packet as plain JSON-able data. */
	value: unknown;
	fields: PayloadField[];
	diagnostics: PayloadDiagnostic[];
	/**
	 * A packet that began in earlier messages (MQTT lets a packet span several): its first `carried`
	 * bytes came from them, and offsets count from there, so this message's byte 0 is at bit carried*8.
	 */
	carried?: number;
}

/** What one decoder returns; the conversation adds how it was detected. */
export type Decoded = Omit<PayloadResult, 'detectedBy'>;
