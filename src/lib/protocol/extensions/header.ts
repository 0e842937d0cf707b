// Sec-WebSocket-Extensions values (RFC 6455 §9.1): a comma-separated list of extensions, each a token
// followed by `; name` or `; name=value` parameters. Positions are kept so diagnostics can point at text.
import { MAX_LIST_ELEMENTS } from '../handshake/lists.ts';

export interface ExtensionParam {
	name: string;
	/** Undefined for a parameter without `=value`; quotes around a value are removed. */
	value?: string;
	/** Character offset of the parameter in the header value. */
	offset: number;
	length: number;
}

export interface ExtensionItem {
	name: string;
	params: ExtensionParam[];
	offset: number;
	length: number;
}

/** What a scan of a header value read: the extensions, and how far it looked. */
export interface ExtensionsScan {
	items: ExtensionItem[];
	/** The offset just past the last character examined: the rest of the value was not read. */
	end: number;
	/** True when the value holds more than `limit` extensions (the ones past it are not read). */
	cut: boolean;
}

/**
 * Splits a header value into extensions and parameters. Empty items (`a,,b`) are skipped. At most
 * `limit` extensions are read (MAX_LIST_ELEMENTS, as every list of the handshake): the scan stops at
 * the next one, so a hostile 100k-offer header costs what a 1024-offer one does (the handshake
 * reports it as handshake_list_too_long). An extension's parameters are read up to `limit` too: no
 * extension defines more than a few, and one with that many is declined for them anyway.
 */
export function scanExtensionsHeader(value: string, limit = MAX_LIST_ELEMENTS): ExtensionsScan {
	const items: ExtensionItem[] = [];
	let end = 0;
	for (const [itemText, itemOffset] of pieces(value, ',', Infinity)) {
		end = itemOffset + itemText.length + 1;
		const parts = [...pieces(itemText, ';', limit + 1)];
		const [nameText, nameOffset] = parts[0]!;
		const name = nameText.trim().toLowerCase();
		if (!name) continue;
		if (items.length === limit) return { items, end: Math.min(end, value.length), cut: true };
		const params = parts.slice(1).map(([text, at]) => param(text, itemOffset + at));
		const start = itemOffset + nameOffset + (nameText.length - nameText.trimStart().length);
		items.push({
			name,
			params,
			offset: start,
			length: itemText.trimEnd().length - (start - itemOffset)
		});
	}
	return { items, end: Math.min(end, value.length), cut: false };
}

/** The extensions of a header value (at most `limit`: see scanExtensionsHeader). */
export function parseExtensionsHeader(value: string, limit = MAX_LIST_ELEMENTS): ExtensionItem[] {
	return scanExtensionsHeader(value, limit).items;
}

function param(text: string, offset: number): ExtensionParam {
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	const eq = trimmed.indexOf('=');
	const name = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
	const result: ExtensionParam = { name, offset: offset + lead, length: trimmed.length };
	if (eq >= 0)
		result.value = trimmed
			.slice(eq + 1)
			.trim()
			.replace(/^"(.*)"$/, '$1');
	return result;
}

/**
 * The pieces of `text` between separators outside double quotes, each with its offset: at most
 * `most` of them (the last one then ends at the next separator; nothing after it is read).
 */
function* pieces(text: string, separator: string, most: number): Generator<[string, number]> {
	let start = 0;
	let quoted = false;
	let count = 0;
	for (let i = 0; i <= text.length && count < most; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		if (i === text.length || (c === separator && !quoted)) {
			yield [text.slice(start, i), start];
			count++;
			start = i + 1;
		}
	}
}
