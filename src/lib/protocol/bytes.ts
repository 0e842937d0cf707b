// Small byte helpers shared by the engine. Hex is built as char codes in one buffer and decoded once:
// it runs on every frame shown and on multi-megabyte payloads.

/** Char codes of "00".."ff", two per byte value. */
const HEX_CODES = ((): Uint8Array => {
	const table = new Uint8Array(512);
	const digits = '0123456789abcdef';
	for (let b = 0; b < 256; b++) {
		table[2 * b] = digits.charCodeAt(b >> 4);
		table[2 * b + 1] = digits.charCodeAt(b & 15);
	}
	return table;
})();

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Below this many bytes, joining strings beats a buffer and a TextDecoder call. */
const SHORT = 32;

/** Lowercase hex, `separator` between bytes. */
export function bytesToHex(bytes: Uint8Array, separator = ''): string {
	if (bytes.length === 0) return '';
	if (bytes.length < SHORT) {
		let out = HEX_PAIRS[bytes[0]!]!;
		for (let i = 1; i < bytes.length; i++) out += separator + HEX_PAIRS[bytes[i]!]!;
		return out;
	}
	const sep = encoder.encode(separator);
	const out = new Uint8Array(bytes.length * (2 + sep.length) - sep.length);
	let o = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (i > 0 && sep.length > 0) {
			out.set(sep, o);
			o += sep.length;
		}
		const b = bytes[i]!;
		out[o++] = HEX_CODES[2 * b]!;
		out[o++] = HEX_CODES[2 * b + 1]!;
	}
	return decoder.decode(out);
}

/** Joins byte arrays; a single part is returned as is, not copied. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	if (parts.length === 1) return parts[0]!;
	let total = 0;
	for (const p of parts) total += p.length;
	const out = new Uint8Array(total);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
