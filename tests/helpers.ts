// Small helpers shared by the tests.
import type { Field } from '$lib/protocol/index.ts';

/** Bytes from lowercase or uppercase hex, spaces allowed. For test data only: throws on bad input. */
export function fromHex(text: string): Uint8Array {
	const clean = text.replace(/\s+/g, '');
	if (!/^(?:[0-9a-fA-F]{2})*$/.test(clean)) throw new Error(`not hex: ${text}`);
	return Uint8Array.from(clean.match(/../g) ?? [], (h) => parseInt(h, 16));
}

export function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `id@bitOffset+bitLength` for each field: compact to compare layouts. */
export function layout(fields: readonly Field[] | undefined): string[] {
	return (fields ?? []).map((f) => `${f.id}@${f.bitOffset}+${f.bitLength}`);
}

/** Every field and child field, depth first. */
export function allFields(fields: readonly Field[] | undefined): Field[] {
	return (fields ?? []).flatMap((f) => [f, ...allFields(f.children)]);
}
