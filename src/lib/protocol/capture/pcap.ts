// The classic libpcap file format (draft-ietf-opsawg-pcap §4, §5): a 24-byte file header whose magic
// gives the byte order and the timestamp unit (µs or ns), then 16-byte record headers and packets.
import type { Reporter } from './report.ts';
import type { PacketSink } from './types.ts';

const FILE_HEADER = 24;
const RECORD_HEADER = 16;
/** Writers cap packets at 256 KiB (pcap §5): a bigger record length means a broken file. */
const MAX_SNAPLEN = 0x40000;

/** Magic numbers as read big-endian, with the byte order and the fraction's unit they mean. */
export const PCAP_MAGICS: Readonly<Record<number, { littleEndian: boolean; perSecond: number }>> = {
	0xa1b2c3d4: { littleEndian: false, perSecond: 1e6 },
	0xd4c3b2a1: { littleEndian: true, perSecond: 1e6 },
	0xa1b23c4d: { littleEndian: false, perSecond: 1e9 },
	0x4d3cb2a1: { littleEndian: true, perSecond: 1e9 }
};

/** Reads every packet record; returns how many packets there were. */
export function readPcap(bytes: Uint8Array, sink: PacketSink, reporter: Reporter): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const magic = PCAP_MAGICS[view.getUint32(0, false)]!;
	if (bytes.length < FILE_HEADER) {
		truncated(reporter, 0, 'file_header', FILE_HEADER, bytes.length);
		return 0;
	}
	const le = magic.littleEndian;
	const snaplen = view.getUint32(16, le);
	// pcap §4: the upper bits of LinkType carry FCS information; the link type is the low 16 bits.
	const linkType = view.getUint32(20, le) & 0xffff;
	let index = 0;
	let at = FILE_HEADER;
	while (at < bytes.length) {
		if (bytes.length - at < RECORD_HEADER) {
			truncated(reporter, at, 'record_header', RECORD_HEADER, bytes.length - at);
			break;
		}
		const seconds = view.getUint32(at, le);
		const fraction = view.getUint32(at + 4, le);
		const captured = view.getUint32(at + 8, le);
		const original = view.getUint32(at + 12, le);
		if (captured > Math.max(snaplen, MAX_SNAPLEN)) {
			reporter.add('capture_record_too_long', at + 8, 4, { length: captured, snaplen });
			break;
		}
		const dataAt = at + RECORD_HEADER;
		if (bytes.length - dataAt < captured) {
			truncated(reporter, dataAt, 'packet', captured, bytes.length - dataAt);
			break;
		}
		sink.packet({
			index: index++,
			fileOffset: dataAt,
			time: seconds + fraction / magic.perSecond,
			linkType,
			data: bytes.subarray(dataAt, dataAt + captured),
			originalLength: original
		});
		at = dataAt + captured;
	}
	return index;
}

/** What the file ends inside of (PARAM_WORDS.structure). */
export type Structure =
	'file_header' | 'record_header' | 'packet' | 'block_header' | 'section_header' | 'block';

export function truncated(
	reporter: Reporter,
	at: number,
	structure: Structure,
	needed: number,
	available: number
): void {
	reporter.add('capture_file_truncated', at, available, { structure, needed, available });
}
