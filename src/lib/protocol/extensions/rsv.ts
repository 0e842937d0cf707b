// Which RSV bits the negotiated extensions give a meaning to (RFC 6455 §5.2, §9). Only
// permessage-deflate is registered with a bit: RSV1, "Per-Message Compressed" (RFC 7692 §6).

const RSV_BY_EXTENSION: Record<string, 1 | 2 | 3> = {
	'permessage-deflate': 1
};

/** The extension names in a Sec-WebSocket-Extensions value, lowercased (RFC 6455 §9.1). */
export function extensionNames(value: string | undefined): string[] {
	if (!value) return [];
	return value
		.split(',')
		.map((ext) => ext.split(';')[0]!.trim().toLowerCase())
		.filter((name) => name.length > 0);
}

/** The RSV bit an extension gives a meaning to, if any (names compared lowercase). */
export function rsvBitOf(name: string): 1 | 2 | 3 | undefined {
	return RSV_BY_EXTENSION[name.toLowerCase()];
}

export function rsvAllowedBy(extensions: string | undefined): [boolean, boolean, boolean] {
	const allowed: [boolean, boolean, boolean] = [false, false, false];
	for (const name of extensionNames(extensions)) {
		const bit = RSV_BY_EXTENSION[name];
		if (bit) allowed[bit - 1] = true;
	}
	return allowed;
}
