// Decoded values as plain JSON data: what `value` holds in the CLI's JSON and in the worker's reply.
// Bytes become { hex }, bigints past 2^53 decimal strings, Maps objects (or [key, value] pairs when a key is
// not a string or number), undefined null.
import { bytesToHex } from '../bytes.ts';

export function plain(value: unknown, depth = 0): unknown {
	if (depth > 200) return null;
	if (value === undefined) return null;
	if (typeof value === 'bigint')
		return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	if (value instanceof ArrayBuffer) return { hex: bytesToHex(new Uint8Array(value)) };
	if (ArrayBuffer.isView(value))
		return { hex: bytesToHex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) };
	if (value instanceof Map) {
		const entries = [...value.entries()];
		if (entries.every(([k]) => typeof k === 'string' || typeof k === 'number'))
			return plainObject(entries, depth);
		return entries.map(([k, v]) => [plain(k, depth + 1), plain(v, depth + 1)]);
	}
	if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
	if (value && typeof value === 'object') return plainObject(Object.entries(value), depth);
	return value;
}

function plainObject(entries: [unknown, unknown][], depth: number): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of entries)
		Object.defineProperty(out, String(k), {
			value: plain(v, depth + 1),
			enumerable: true,
			writable: true,
			configurable: true
		});
	return out;
}

/** A value as one line of JSON for a summary, cut at `limit` characters; never throws. */
export function compact(value: unknown, limit = 200): string {
	try {
		const text = JSON.stringify(plain(value)) ?? '';
		return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
	} catch {
		return '…';
	}
}
