// Small byte helpers shared by the engine. Hex uses a lookup table: this runs on every frame shown.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lowercase hex, optionally with a separator between bytes. */
export function bytesToHex(bytes: Uint8Array, separator = ''): string {
	let out = '';
	for (let i = 0; i < bytes.length; i++) {
		if (i > 0 && separator) out += separator;
		out += HEX[bytes[i]!];
	}
	return out;
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
