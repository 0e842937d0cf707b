// From a captured packet to a TCP segment: link layer, IP, then the TCP header (RFC 9293 §3.1).
// Every packet that cannot be followed says why, at its offset in the file.
import { readIp } from './ip.ts';
import { LINK_TYPES } from './link.ts';
import type { Reporter } from './report.ts';
import type { Packet, Segment } from './types.ts';

const FLAG = { fin: 0x01, syn: 0x02, rst: 0x04, ack: 0x10 } as const;

/** Reads the TCP segment in a packet; undefined (with a diagnostic where it is a problem) otherwise. */
export function segmentOf(
	p: Packet,
	reporter: Reporter,
	unsupported: Set<number>
): Segment | undefined {
	const link = LINK_TYPES[p.linkType];
	if (!link) {
		if (!unsupported.has(p.linkType)) {
			unsupported.add(p.linkType);
			reporter.add('capture_link_type_unsupported', p.fileOffset, 0, { linkType: p.linkType });
		}
		return undefined;
	}
	const l = link.read(p.data);
	if ('tooShort' in l) return tooShort(p, reporter, 0, l.tooShort);
	if ('notIp' in l) return undefined;
	const ipBytes = p.data.subarray(l.offset);
	const ip = readIp(l.ip, ipBytes);
	if ('tooShort' in ip) return tooShort(p, reporter, l.offset, ip.tooShort);
	if ('notTcp' in ip) return undefined;
	if ('invalid' in ip) {
		reporter.add('capture_ip_header_invalid', p.fileOffset + l.offset, 1, ip.invalid);
		return undefined;
	}
	if ('fragment' in ip) {
		reporter.add('capture_ip_fragment', p.fileOffset + l.offset, 1, ip.fragment);
		return undefined;
	}
	const at = l.offset + ip.payloadOffset;
	const tcp = p.data.subarray(at, Math.min(p.data.length, at + ip.payloadLength));
	return readTcp(p, at, tcp, ip.payloadLength, { src: ip.src, dst: ip.dst }, reporter);
}

function tooShort(
	p: Packet,
	reporter: Reporter,
	at: number,
	what: { layer: string; needed: number }
): undefined {
	const available = p.data.length - at;
	reporter.add('capture_packet_too_short', p.fileOffset + at, available, {
		layer: what.layer,
		needed: what.needed,
		available
	});
	return undefined;
}

/** RFC 9293 §3.1: ports, sequence and acknowledgment numbers, data offset in words, flags. */
function readTcp(
	p: Packet,
	at: number,
	d: Uint8Array,
	wireLength: number,
	addresses: { src: string; dst: string },
	reporter: Reporter
): Segment | undefined {
	if (d.length < 20) return tooShort(p, reporter, at, { layer: 'TCP', needed: 20 });
	const headerLength = (d[12]! >> 4) * 4;
	if (headerLength < 20 || headerLength > wireLength) {
		reporter.add('tcp_header_invalid', p.fileOffset + at + 12, 1, { dataOffset: headerLength / 4 });
		return undefined;
	}
	if (d.length < headerLength)
		return tooShort(p, reporter, at, { layer: 'TCP', needed: headerLength });
	const flags = d[13]!;
	const payload = d.subarray(headerLength);
	const length = wireLength - headerLength;
	if (payload.length < length) {
		reporter.add('capture_packet_snapped', p.fileOffset, p.data.length, {
			captured: p.data.length,
			original: p.originalLength
		});
	}
	return {
		packet: p.index,
		fileOffset: p.fileOffset + at + headerLength,
		time: p.time,
		src: { address: addresses.src, port: (d[0]! << 8) | d[1]! },
		dst: { address: addresses.dst, port: (d[2]! << 8) | d[3]! },
		seq: ((d[4]! << 24) | (d[5]! << 16) | (d[6]! << 8) | d[7]!) >>> 0,
		ack: ((d[8]! << 24) | (d[9]! << 16) | (d[10]! << 8) | d[11]!) >>> 0,
		syn: (flags & FLAG.syn) !== 0,
		ackFlag: (flags & FLAG.ack) !== 0,
		fin: (flags & FLAG.fin) !== 0,
		rst: (flags & FLAG.rst) !== 0,
		payload,
		length
	};
}
