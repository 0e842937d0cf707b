// Helpers every lesson's material uses. The masking key is RFC 6455 §5.7's, so the lessons' bytes
// can be checked against the RFC's own examples.
import { bytesToHex, closeCodeInfo, decode, type Role } from '$lib/protocol/index.ts';
import type { Mistake } from '../types.ts';

/** RFC 6455 §5.7: the key of the masked "Hello" example. */
export const RFC_KEY = Uint8Array.of(0x37, 0xfa, 0x21, 0x3d);

/** Bytes as the site writes them: "81 85 37 fa". */
export const hex = (bytes: Uint8Array): string => bytesToHex(bytes, ' ');

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The byte at which a strict receiver fails the connection, or -1 when it accepts the bytes. */
export function failingByte(bytes: Uint8Array, from: Role, extensions?: string): number {
	const first = decode(bytes, { from, extensions }).verdict.firstError;
	return first ? Math.floor(first.bitOffset / 8) : -1;
}

/** "1007 Invalid Frame Payload Data": a close code with its registry name (RFC 6455 §7.4.1). */
export function closeLabel(code: number): string {
	const name = closeCodeInfo(code).name;
	return name ? `${code} ${name}` : String(code);
}

/** A masking key forgotten (client frames have one, RFC 6455 §5.3) or added (server frames do not). */
const keyMistake = (count: number, masked: boolean): Mistake =>
	masked
		? { value: count - 4, because: 'forgot_mask_key' }
		: { value: count + 4, because: 'added_mask_key' };

/** Counting a whole frame's bytes: the key, the payload alone, bits for bytes. */
export function frameMistakes(frame: number, payload: number, masked: boolean): Mistake[] {
	return [
		keyMistake(frame, masked),
		{ value: payload, because: 'payload_only' },
		{ value: frame * 8, because: 'counted_bits' }
	];
}

/** Counting a header's bytes: the key, the payload counted in, bits for bytes. */
export function headerMistakes(header: number, payload: number, masked: boolean): Mistake[] {
	return [
		keyMistake(header, masked),
		{ value: header + payload, because: 'whole_frame' },
		{ value: header * 8, because: 'counted_bits' }
	];
}

/** What a strict receiver does with `bytes`: 'accept', or 'fail_<close code>' (a choice's id). */
export function reaction(bytes: Uint8Array, from: Role, extensions?: string): string {
	const { verdict } = decode(bytes, { from, extensions });
	return verdict.ok ? 'accept' : `fail_${verdict.closeCode}`;
}

/** "text_more", "close_final": a frame's type and whether FIN ends its message (a choice's id). */
export function frameKind(bytes: Uint8Array, from: Role): string {
	const frame = decode(bytes, { from }).frames[0]!;
	return `${frame.type}_${frame.fin ? 'final' : 'more'}`;
}
