// One message of a capture's connection, whole: its data (inflated when it was compressed, RFC 7692
// §7.2.2), its text, and what it carries above WebSocket (the payload layer). The page asks for one
// message at a time, so a connection of 100 000 messages never crosses to it as payloads.
import type { Message } from '../message/types.ts';
import type { PayloadInput } from '../payload/types.ts';
import type { Role } from '../types.ts';
import type { CaptureConnection } from './analyze.ts';

/** At most this much of a message's data crosses to the page (the rest is counted). */
export const CONTENT_LIMIT = 1 << 20;

export interface MessageContent {
	role: Role;
	index: number;
	type: string;
	/** The whole message's length after inflating. */
	length: number;
	/** Its first CONTENT_LIMIT bytes. */
	bytes: Uint8Array;
	/** Text messages (valid UTF-8) and close reasons. */
	text: string | null;
	compressed: boolean;
	/** Its compressed length on the wire, when it was compressed. */
	wireLength: number | null;
	code: number | null;
}

export function messageContent(
	c: CaptureConnection,
	role: Role,
	index: number
): MessageContent | null {
	return contentOf(c.websocket?.[role].result.messages[index], role, index);
}

/** A message's content for the page, wherever the message was read from (a capture, a HAR). */
export function contentOf(
	message: Message | undefined,
	role: Role,
	index: number
): MessageContent | null {
	if (!message) return null;
	return {
		role,
		index,
		type: message.type,
		length: message.payload.length,
		bytes: message.payload.slice(0, CONTENT_LIMIT),
		text: message.type === 'close' ? (message.reason ?? null) : (message.text ?? null),
		compressed: message.compressed,
		wireLength: message.compressedPayload?.length ?? null,
		code: message.code ?? null
	};
}

/** What the payload layer reads of a message: whole data messages only. */
export function payloadInput(c: CaptureConnection, role: Role, index: number): PayloadInput | null {
	return payloadInputOf(c.websocket?.[role].result.messages[index], role);
}

export function payloadInputOf(message: Message | undefined, role: Role): PayloadInput | null {
	if (!message?.complete || (message.type !== 'text' && message.type !== 'binary')) return null;
	return message.type === 'text' && message.text !== undefined
		? { type: 'text', bytes: message.payload, text: message.text, from: role }
		: { type: message.type, bytes: message.payload, from: role };
}
