// Where a payload field's bytes are inside its message, and which field a message byte belongs to:
// shared by PayloadView (its byte strip) and the /decode hex view (a byte of the input). Fields count
// bits inside the message; a packet begun in earlier messages (MQTT) starts `carried` bytes before it.
import type { PayloadField, PayloadResult } from '$lib/protocol/payload/types.ts';

/** Bytes start..end (end exclusive) of this message that the field covers. */
export function fieldBytes(payload: PayloadResult, f: PayloadField): [number, number] {
	const carried = (payload.carried ?? 0) * 8;
	return [
		Math.floor((f.bitOffset - carried) / 8),
		Math.ceil((f.bitOffset + f.bitLength - carried) / 8)
	];
}

/** The innermost field whose bytes include byte `i` of the message, or null. */
export function fieldAtByte(
	payload: PayloadResult,
	i: number,
	fields: readonly PayloadField[] = payload.fields
): PayloadField | null {
	for (const f of fields) {
		const [start, end] = fieldBytes(payload, f);
		if (i >= start && i < end) return (f.children && fieldAtByte(payload, i, f.children)) || f;
	}
	return null;
}

/** A field's key for the shared Selection: message index and byte range ("payload:3:2-13"). */
export function payloadKey(message: number, [start, end]: [number, number]): string {
	return `payload:${message}:${start}-${end}`;
}

/** The message and byte range a payloadKey names, or null for another kind of key. */
export function readPayloadKey(
	key: string | null
): { message: number; start: number; end: number } | null {
	const match = key ? /^payload:(\d+):(-?\d+)-(-?\d+)$/.exec(key) : null;
	return match ? { message: +match[1]!, start: +match[2]!, end: +match[3]! } : null;
}
