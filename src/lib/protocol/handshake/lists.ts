// Header values that are comma-separated lists (RFC 9110 §5.6.1), split with the byte range of each
// element, so a diagnostic can point at `chat` in `Sec-WebSocket-Protocol: chat, chat`.
import type { HttpHeader, HttpMessage, Span } from './types.ts';

export interface ListItem extends Span {
	text: string;
}

/** The non-empty elements of a list value, without optional whitespace; commas in quotes are kept. */
export function listItems(h: HttpHeader): ListItem[] {
	const items: ListItem[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i <= h.value.length; i++) {
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

/** The elements of every `key` header, as one list (repeated list headers add up, RFC 9110 §5.3). */
export function listOf(msg: HttpMessage, key: string): ListItem[] {
	return headersNamed(msg, key).flatMap(listItems);
}

/** Whether the list holds `token`, compared ASCII case-insensitively. */
export function hasToken(items: readonly ListItem[], token: string): boolean {
	return items.some((i) => i.text.toLowerCase() === token.toLowerCase());
}
