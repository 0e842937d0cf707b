// Header values that are comma-separated lists (RFC 9110 §5.6.1), split with the byte range of each
// element, so a diagnostic can point at `chat` in `Sec-WebSocket-Protocol: chat, chat`.
import type { HttpHeader, HttpMessage, Span } from './types.ts';

export interface ListItem extends Span {
	text: string;
}

/**
 * How many elements of one list (all headers of a name together) are read. No real offer comes
 * close (browsers send a handful of subprotocols); past it the list is reported as too long
 * (handshake_list_too_long) and the rest is not examined element by element, so a hostile 100k-token
 * header costs the same as a 1024-token one. Raise it here if a real peer needs more.
 */
export const MAX_LIST_ELEMENTS = 1024;

/**
 * The non-empty elements of a list value, without optional whitespace; commas in quotes are kept.
 * At most `limit` of them: the scan stops at the element after the last one kept.
 */
export function listItems(h: HttpHeader, limit = MAX_LIST_ELEMENTS): ListItem[] {
	const items: ListItem[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i <= h.value.length && items.length < limit; i++) {
		const c = h.value[i];
		if (c === '"') quoted = !quoted;
		if (i < h.value.length && (c !== ',' || quoted)) continue;
		const raw = h.value.slice(start, i);
		const lead = raw.length - raw.replace(/^[ \t]+/, '').length;
		const text = raw.replace(/^[ \t]+|[ \t]+$/g, '');
		if (text) items.push({ text, offset: h.valueOffset + start + lead, length: text.length });
		start = i + 1;
	}
	return items;
}

/** Every header called `key` (lowercase), in order. */
export function headersNamed(msg: HttpMessage, key: string): HttpHeader[] {
	return msg.headers.filter((h) => h.key === key);
}

/**
 * The elements of every `key` header, as one list (repeated list headers add up, RFC 9110 §5.3),
 * at most `limit` of them.
 */
export function listOf(msg: HttpMessage, key: string, limit = MAX_LIST_ELEMENTS): ListItem[] {
	const items: ListItem[] = [];
	for (const h of headersNamed(msg, key)) {
		if (items.length >= limit) break;
		items.push(...listItems(h, limit - items.length));
	}
	return items;
}

/**
 * The header in which the `key` list passes `limit` elements, if it does: the elements before it
 * and its own are counted up to one past the limit, never further.
 */
export function listOverflow(
	msg: HttpMessage,
	key: string,
	limit = MAX_LIST_ELEMENTS
): HttpHeader | undefined {
	let count = 0;
	for (const h of headersNamed(msg, key)) {
		count += listItems(h, limit + 1 - count).length;
		if (count > limit) return h;
	}
	return undefined;
}

/** Whether the list holds `token`, compared ASCII case-insensitively. */
export function hasToken(items: readonly ListItem[], token: string): boolean {
	return items.some((i) => i.text.toLowerCase() === token.toLowerCase());
}
