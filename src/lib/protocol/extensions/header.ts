// Sec-WebSocket-Extensions values (RFC 6455 §9.1): a comma-separated list of extensions, each a token
// followed by `; name` or `; name=value` parameters. Positions are kept so diagnostics can point at text.

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

/** Splits a header value into extensions and parameters. Empty items (`a,,b`) are skipped. */
export function parseExtensionsHeader(value: string): ExtensionItem[] {
	const items: ExtensionItem[] = [];
	for (const [itemText, itemOffset] of splitWithOffsets(value, ',')) {
		const parts = splitWithOffsets(itemText, ';');
		const [nameText, nameOffset] = parts[0]!;
		const name = nameText.trim().toLowerCase();
		if (!name) continue;
		const params = parts.slice(1).map(([text, at]) => param(text, itemOffset + at));
		const start = itemOffset + nameOffset + (nameText.length - nameText.trimStart().length);
		items.push({
			name,
			params,
			offset: start,
			length: itemText.trimEnd().length - (start - itemOffset)
		});
	}
	return items;
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

/** Splits on a separator outside double quotes, keeping each piece's offset. */
function splitWithOffsets(text: string, separator: string): [string, number][] {
	const pieces: [string, number][] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i <= text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		if (i === text.length || (c === separator && !quoted)) {
			pieces.push([text.slice(start, i), start]);
			start = i + 1;
		}
	}
	return pieces;
}
