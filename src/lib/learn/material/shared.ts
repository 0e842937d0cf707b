// Helpers every lesson's material uses. The masking key is RFC 6455 §5.7's, so the lessons' bytes
// can be checked against the RFC's own examples.
import { bytesToHex, closeCodeInfo, decode, type Role } from '$lib/protocol/index.ts';

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
