// Link layers (tcpdump.org LINKTYPE registry): where the IP packet starts in each kind of frame. A
// table of link types, each a small function; packets that carry no IP (ARP, LLDP ...) are passed over.

export type LinkReading =
	{ ip: 4 | 6; offset: number } | { tooShort: { layer: string; needed: number } } | { notIp: true };

type LinkReader = (data: Uint8Array) => LinkReading;

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
/** IEEE 802.1Q customer VLAN tag and 802.1ad service tag: 4 bytes each, before the real EtherType. */
const VLAN_TAGS = new Set([0x8100, 0x88a8, 0x9100]);

const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;

function byEthertype(type: number, offset: number): LinkReading {
	if (type === ETHERTYPE_IPV4) return { ip: 4, offset };
	if (type === ETHERTYPE_IPV6) return { ip: 6, offset };
	return { notIp: true };
}

const short = (layer: string, needed: number): LinkReading => ({ tooShort: { layer, needed } });

/** LINKTYPE_ETHERNET: destination, source, EtherType, with any number of VLAN tags before it. */
function ethernet(d: Uint8Array): LinkReading {
	let at = 12;
	for (;;) {
		if (d.length < at + 2) return short('Ethernet', at + 2);
		const type = u16(d, at);
		if (!VLAN_TAGS.has(type)) return byEthertype(type, at + 2);
		at += 4;
	}
}

/** LINKTYPE_LINUX_SLL: 16 bytes, the protocol (an EtherType) in the last two. */
function linuxSll(d: Uint8Array): LinkReading {
	if (d.length < 16) return short('Linux cooked (SLL)', 16);
	return byEthertype(u16(d, 14), 16);
}

/** LINKTYPE_LINUX_SLL2: 20 bytes, the protocol (an EtherType) in the first two. */
function linuxSll2(d: Uint8Array): LinkReading {
	if (d.length < 20) return short('Linux cooked (SLL2)', 20);
	return byEthertype(u16(d, 0), 20);
}

/** BSD AF_ values for IPv6 differ between systems (24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS). */
const AF_INET6 = new Set([24, 28, 30]);

/**
 * LINKTYPE_NULL (host byte order) and LINKTYPE_LOOP (network byte order): a 4-byte address family.
 * The family is a small number, so reading it both ways tells which order the writer used.
 */
function bsdLoopback(d: Uint8Array): LinkReading {
	if (d.length < 4) return short('BSD loopback', 4);
	const le = d[0]! | (d[1]! << 8) | (d[2]! << 16) | (d[3]! << 24);
	const family = le > 0xffff ? u16(d, 2) : le;
	if (family === 2) return { ip: 4, offset: 4 };
	if (AF_INET6.has(family)) return { ip: 6, offset: 4 };
	return { notIp: true };
}

/** LINKTYPE_RAW: the packet is IP, version in its first 4 bits. */
function rawIp(d: Uint8Array): LinkReading {
	if (d.length < 1) return short('IP', 1);
	const version = d[0]! >> 4;
	return version === 4 || version === 6 ? { ip: version, offset: 0 } : { notIp: true };
}

export const LINK_TYPES: Readonly<Record<number, { name: string; read: LinkReader }>> = {
	0: { name: 'BSD loopback (NULL)', read: bsdLoopback },
	1: { name: 'Ethernet', read: ethernet },
	// DLT_RAW is 12 on most systems and 14 on OpenBSD; LINKTYPE_RAW is 101 in files.
	12: { name: 'raw IP', read: rawIp },
	14: { name: 'raw IP', read: rawIp },
	101: { name: 'raw IP', read: rawIp },
	108: { name: 'OpenBSD loopback (LOOP)', read: bsdLoopback },
	113: { name: 'Linux cooked (SLL)', read: linuxSll },
	228: { name: 'raw IPv4', read: rawIp },
	229: { name: 'raw IPv6', read: rawIp },
	276: { name: 'Linux cooked (SLL2)', read: linuxSll2 }
};
