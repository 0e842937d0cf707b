// IPv4 (RFC 791) and IPv6 (RFC 8200) headers: who talks to whom, which protocol rides on top, and
// where its bytes are. Fragments are diagnosed, not reassembled.

export const TCP = 6;

export type IpReading =
	| {
			src: string;
			dst: string;
			protocol: number;
			/** Where the upper layer starts, relative to the IP header's first byte. */
			payloadOffset: number;
			/** The upper layer's length on the wire (the captured part may be shorter). */
			payloadLength: number;
	  }
	| { tooShort: { layer: string; needed: number } }
	| { invalid: { layer: string; field: string; value: number } }
	| { fragment: { id: number; offset: number } }
	| { notTcp: true };

const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;

/** Reads the IP header starting at byte `o` of `d` (offsets in the reading are relative to `o`). */
export function readIp(version: 4 | 6, d: Uint8Array, o = 0): IpReading {
	return version === 4 ? readIpv4(d, o) : readIpv6(d, o);
}

/** RFC 791 §3.1: IHL in 32-bit words, total length in bytes, flags and fragment offset. */
function readIpv4(d: Uint8Array, o: number): IpReading {
	if (d.length - o < 20) return { tooShort: { layer: 'IPv4', needed: 20 } };
	const version = d[o + 0]! >> 4;
	if (version !== 4) return { invalid: { layer: 'IPv4', field: 'version', value: version } };
	const headerLength = (d[o + 0]! & 0x0f) * 4;
	const total = u16(d, o + 2);
	if (headerLength < 20)
		return { invalid: { layer: 'IPv4', field: 'IHL', value: headerLength / 4 } };
	if (d.length - o < headerLength) return { tooShort: { layer: 'IPv4', needed: headerLength } };
	// A total length of 0 comes from TCP segmentation offload on the capturing host: use what is there.
	const length = total === 0 ? d.length - o : total;
	if (length < headerLength)
		return { invalid: { layer: 'IPv4', field: 'total length', value: total } };
	const flags = u16(d, o + 6);
	// RFC 791 §3.1: "more fragments" and the fragment offset; either means this is a piece.
	if (flags & 0x3fff) return { fragment: { id: u16(d, o + 4), offset: (flags & 0x1fff) * 8 } };
	if (d[o + 9] !== TCP) return { notTcp: true };
	return {
		src: ipv4Text(d, o + 12),
		dst: ipv4Text(d, o + 16),
		protocol: d[o + 9]!,
		payloadOffset: headerLength,
		payloadLength: length - headerLength
	};
}

/**
 * Dotted-quad text, cached: a capture has few addresses and many packets, and building the same
 * string for every packet was a large part of reading one.
 */
const V4_TEXT = new Map<number, string>();

function ipv4Text(d: Uint8Array, at: number): string {
	const n = ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;
	let text = V4_TEXT.get(n);
	if (text === undefined) {
		if (V4_TEXT.size > 4096) V4_TEXT.clear();
		text = `${d[at]}.${d[at + 1]}.${d[at + 2]}.${d[at + 3]}`;
		V4_TEXT.set(n, text);
	}
	return text;
}

/** RFC 8200 §4: extension headers with their own length rules, walked to the upper layer. */
const EXTENSIONS: Readonly<Record<number, (d: Uint8Array, at: number) => number>> = {
	0: (d, at) => (d[at + 1]! + 1) * 8, // Hop-by-Hop Options
	43: (d, at) => (d[at + 1]! + 1) * 8, // Routing
	60: (d, at) => (d[at + 1]! + 1) * 8, // Destination Options
	51: (d, at) => (d[at + 1]! + 2) * 4, // Authentication Header (RFC 4302 §2.2)
	135: (d, at) => (d[at + 1]! + 1) * 8 // Mobility
};
const FRAGMENT = 44;

function readIpv6(d: Uint8Array, o: number): IpReading {
	if (d.length - o < 40) return { tooShort: { layer: 'IPv6', needed: 40 } };
	const version = d[o + 0]! >> 4;
	if (version !== 6) return { invalid: { layer: 'IPv6', field: 'version', value: version } };
	const payload = u16(d, o + 4);
	// A payload length of 0 is a jumbogram (RFC 2675) or offload: use what was captured.
	const end = payload === 0 ? d.length - o : 40 + payload;
	let next = d[o + 6]!;
	let at = 40;
	while (next !== TCP) {
		if (d.length - o < at + 8) return { tooShort: { layer: 'IPv6 extension', needed: at + 8 } };
		if (next === FRAGMENT) {
			const offsetFlags = u16(d, o + at + 2);
			// RFC 8200 §4.5: an atomic fragment (offset 0, M = 0) is a whole packet.
			if (offsetFlags & 0xfff9) {
				const id = (u16(d, o + at + 4) << 16) | u16(d, o + at + 6);
				return { fragment: { id: id >>> 0, offset: offsetFlags & 0xfff8 } };
			}
			next = d[o + at]!;
			at += 8;
			continue;
		}
		const length = EXTENSIONS[next];
		if (!length) return { notTcp: true };
		next = d[o + at]!;
		at += length(d, o + at);
	}
	if (at > end) return { invalid: { layer: 'IPv6', field: 'payload length', value: payload } };
	return {
		src: ipv6Text(d, o + 8),
		dst: ipv6Text(d, o + 24),
		protocol: TCP,
		payloadOffset: at,
		payloadLength: end - at
	};
}

/** RFC 5952 §4: lowercase, no leading zeros, the longest run of two or more zero groups as `::`. */
export function ipv6Text(d: Uint8Array, at: number): string {
	const groups: number[] = [];
	for (let i = 0; i < 8; i++) groups.push(u16(d, at + 2 * i));
	let best = -1;
	let bestLength = 1;
	for (let i = 0; i < 8;) {
		let j = i;
		while (j < 8 && groups[j] === 0) j++;
		if (j - i > bestLength) [best, bestLength] = [i, j - i];
		i = j === i ? i + 1 : j;
	}
	const hex = (list: number[]) => list.map((g) => g.toString(16)).join(':');
	if (best < 0) return hex(groups);
	return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLength))}`;
}
