// Data a build-time load hands to a page is written into the page by devalue, which writes a typed
// array's whole ArrayBuffer. The engine's byte views often share one larger buffer (a frame's
// payload is a window on the capture's bytes), so each view is copied to a buffer of its own first.

/** `value` with every byte view that is a window on a larger buffer replaced by a copy of it. */
export function compactViews<T>(value: T, seen = new Map<object, unknown>()): T {
	if (value === null || typeof value !== 'object') return value;
	if (seen.has(value)) return seen.get(value) as T;
	if (value instanceof Uint8Array) {
		const copy = value.byteLength === value.buffer.byteLength ? value : value.slice();
		seen.set(value, copy);
		return copy as T;
	}
	// Plain objects and arrays are walked; anything else (a Map, a Date) is written as it is.
	const plain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
	if (!plain) return value;
	const copy: Record<PropertyKey, unknown> | unknown[] = Array.isArray(value) ? [] : {};
	seen.set(value, copy);
	for (const [key, item] of Object.entries(value))
		(copy as Record<string, unknown>)[key] = compactViews(item, seen);
	return copy as T;
}
