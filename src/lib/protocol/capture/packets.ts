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
	// Headers are read in place (offsets into the packet): a view per layer per packet was a large
	// share of reading a big capture.
	const ip = readIp(l.ip, p.data, l.offset);
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
	const end = Math.min(p.data.length, at + ip.payloadLength);
	return readTcp(p, at, end, ip.payloadLength, ip, reporter);
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

/**
 * RFC 9293 §3.1: ports, sequence and acknowledgment numbers, data offset in words, flags. The header
 * is bytes [at, end) of the packet (end: where the IP layer says it ends, or the capture stopped).
 */
function readTcp(
	p: Packet,
	at: number,
	end: number,
	wireLength: number,
	addresses: { src: string; dst: string },
	reporter: Reporter
): Segment | undefined {
	const d = p.data;
	if (end - at < 20) return tooShort(p, reporter, at, { layer: 'TCP', needed: 20 });
	const headerLength = (d[at + 12]! >> 4) * 4;
	if (headerLength < 20 || headerLength > wireLength) {
		reporter.add('tcp_header_invalid', p.fileOffset + at + 12, 1, { dataOffset: headerLength / 4 });
		return undefined;
	}
	if (end - at < headerLength)
		return tooShort(p, reporter, at, { layer: 'TCP', needed: headerLength });
	const flags = d[at + 13]!;
	const payload = d.subarray(at + headerLength, end);
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
		src: { address: addresses.src, port: (d[at]! << 8) | d[at + 1]! },
		dst: { address: addresses.dst, port: (d[at + 2]! << 8) | d[at + 3]! },
		seq: ((d[at + 4]! << 24) | (d[at + 5]! << 16) | (d[at + 6]! << 8) | d[at + 7]!) >>> 0,
		ack: ((d[at + 8]! << 24) | (d[at + 9]! << 16) | (d[at + 10]! << 8) | d[at + 11]!) >>> 0,
		syn: (flags & FLAG.syn) !== 0,
		ackFlag: (flags & FLAG.ack) !== 0,
		fin: (flags & FLAG.fin) !== 0,
		rst: (flags & FLAG.rst) !== 0,
		payload,
		length
	};
}
