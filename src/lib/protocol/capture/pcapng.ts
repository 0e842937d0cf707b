// The pcapng file format (draft-ietf-opsawg-pcapng): blocks of type, length, body, length. A section
// header fixes the byte order of its section; interface descriptions give each interface its link
// type and timestamp resolution; enhanced, simple and (obsolete) packet blocks carry the packets.
import { truncated } from './pcap.ts';
import type { Reporter } from './report.ts';
import type { PacketSink } from './types.ts';

export const SECTION_HEADER = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const BLOCK = { interface: 1, packet: 2, simple: 3, enhanced: 6 } as const;
/** pcapng §4.2: if_tsresol (9) and if_tsoffset (14). */
const OPTION = { end: 0, tsresol: 9, tsoffset: 14 } as const;

interface Interface {
	linkType: number;
	snaplen: number;
	/** Timestamp units per second (pcapng §4.2, if_tsresol: default 10^6). */
	perSecond: number;
	/** Seconds added to every timestamp (if_tsoffset). */
	offset: number;
}

interface Section {
	le: boolean;
	interfaces: Interface[];
}

interface Reader {
	bytes: Uint8Array;
	view: DataView;
	sink: PacketSink;
	reporter: Reporter;
	packets: number;
	skipped: Set<number>;
}

/** Reads every block; returns how many packets there were. */
export function readPcapng(bytes: Uint8Array, sink: PacketSink, reporter: Reporter): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const r: Reader = { bytes, view, sink, reporter, packets: 0, skipped: new Set() };
	let section: Section | undefined;
	let at = 0;
	while (at < bytes.length) {
		if (bytes.length - at < 12) {
			truncated(reporter, at, 'block_header', 12, bytes.length - at);
			break;
		}
		const type = view.getUint32(at, section?.le ?? true);
		if (type === SECTION_HEADER) {
			section = readSectionHeader(r, at);
			if (!section) break;
		}
		const le = section?.le ?? true;
		const length = view.getUint32(at + 4, le);
		if (!blockFits(r, at, length)) break;
		if (section) readBlock(r, section, type, at, length);
		at += length;
	}
	return r.packets;
}

/** pcapng §4.1: the byte-order magic says how every number of the section is written. */
function readSectionHeader(r: Reader, at: number): Section | undefined {
	if (r.bytes.length - at < 28) {
		truncated(r.reporter, at, 'section_header', 28, r.bytes.length - at);
		return undefined;
	}
	const magic = r.view.getUint32(at + 8, true);
	if (magic === BYTE_ORDER_MAGIC) return { le: true, interfaces: [] };
	if (magic === 0x4d3c2b1a) return { le: false, interfaces: [] };
	r.reporter.add('capture_section_byte_order_invalid', at + 8, 4, {
		magic: magic.toString(16).padStart(8, '0')
	});
	return undefined;
}

/** pcapng §3.1: a block is at least 12 bytes, a multiple of 4, and ends inside the file. */
function blockFits(r: Reader, at: number, length: number): boolean {
	if (length < 12 || length % 4 !== 0) {
		r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
		return false;
	}
	if (length > r.bytes.length - at) {
		truncated(r.reporter, at, 'block', length, r.bytes.length - at);
		return false;
	}
	return true;
}

function readBlock(r: Reader, section: Section, type: number, at: number, length: number): void {
	const le = section.le;
	const trailer = r.view.getUint32(at + length - 4, le);
	if (trailer !== length) {
		r.reporter.add('capture_block_trailer_mismatch', at + length - 4, 4, { length, trailer });
	}
	if (type === SECTION_HEADER) return;
	if (type === BLOCK.interface) section.interfaces.push(readInterface(r, le, at, length));
	else if (type === BLOCK.enhanced) readEnhanced(r, section, at, length);
	else if (type === BLOCK.packet) readObsoletePacket(r, section, at, length);
	else if (type === BLOCK.simple) readSimple(r, section, at, length);
	else if (!r.skipped.has(type)) {
		r.skipped.add(type);
		r.reporter.add('capture_block_skipped', at, length, { type: type.toString(16) });
	}
}

/** pcapng §4.2: LinkType (2), reserved (2), SnapLen (4), options. */
function readInterface(r: Reader, le: boolean, at: number, length: number): Interface {
	const iface: Interface = { linkType: 0, snaplen: 0, perSecond: 1e6, offset: 0 };
	if (length < 20) {
		r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
		return iface;
	}
	iface.linkType = r.view.getUint16(at + 8, le);
	iface.snaplen = r.view.getUint32(at + 12, le);
	for (let o = at + 16; o + 4 <= at + length - 4;) {
		const code = r.view.getUint16(o, le);
		const size = r.view.getUint16(o + 2, le);
		if (code === OPTION.end || o + 4 + size > at + length - 4) break;
		if (code === OPTION.tsresol && size >= 1) iface.perSecond = resolution(r.bytes[o + 4]!);
		if (code === OPTION.tsoffset && size >= 8) iface.offset = readInt64(r.view, o + 4, le);
		o += 4 + Math.ceil(size / 4) * 4;
	}
	return iface;
}

/** if_tsresol: the top bit picks base 2 or base 10, the rest is the negative exponent. */
function resolution(byte: number): number {
	return byte & 0x80 ? 2 ** (byte & 0x7f) : 10 ** byte;
}

function readInt64(view: DataView, at: number, le: boolean): number {
	const high = view.getInt32(le ? at + 4 : at, le);
	const low = view.getUint32(le ? at : at + 4, le);
	return high * 2 ** 32 + low;
}

/** pcapng §4.3: interface (4), timestamp high and low (4 + 4), captured (4), original (4), data. */
function readEnhanced(r: Reader, section: Section, at: number, length: number): void {
	if (length < 32)
		return void r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
	const le = section.le;
	const id = r.view.getUint32(at + 8, le);
	const stamp = r.view.getUint32(at + 12, le) * 2 ** 32 + r.view.getUint32(at + 16, le);
	emit(r, section, at, length, {
		id,
		stamp,
		captured: r.view.getUint32(at + 20, le),
		original: r.view.getUint32(at + 24, le),
		dataAt: at + 28
	});
}

/** pcapng Appendix A (obsolete Packet Block): interface (2), drops (2), then as an EPB. */
function readObsoletePacket(r: Reader, section: Section, at: number, length: number): void {
	if (length < 32)
		return void r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
	const le = section.le;
	emit(r, section, at, length, {
		id: r.view.getUint16(at + 8, le),
		stamp: r.view.getUint32(at + 12, le) * 2 ** 32 + r.view.getUint32(at + 16, le),
		captured: r.view.getUint32(at + 20, le),
		original: r.view.getUint32(at + 24, le),
		dataAt: at + 28
	});
}

/** pcapng §4.4: original length (4), data; interface 0, and no timestamp. */
function readSimple(r: Reader, section: Section, at: number, length: number): void {
	if (length < 16)
		return void r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
	const original = r.view.getUint32(at + 8, section.le);
	const snaplen = section.interfaces[0]?.snaplen || Infinity;
	const captured = Math.min(original, length - 16, snaplen);
	emit(r, section, at, length, { id: 0, stamp: NaN, captured, original, dataAt: at + 12 });
}

interface Record {
	id: number;
	stamp: number;
	captured: number;
	original: number;
	dataAt: number;
}

function emit(r: Reader, section: Section, at: number, length: number, rec: Record): void {
	const iface = section.interfaces[rec.id];
	if (!iface) {
		r.reporter.add('capture_interface_undefined', at + 8, 4, { interface: rec.id });
		return;
	}
	const room = at + length - 4 - rec.dataAt;
	let captured = rec.captured;
	if (captured > room) {
		r.reporter.add('capture_block_length_invalid', at + 4, 4, { length });
		captured = Math.max(0, room);
	}
	r.sink.packet({
		index: r.packets++,
		fileOffset: rec.dataAt,
		time: rec.stamp / iface.perSecond + iface.offset,
		linkType: iface.linkType,
		data: r.bytes.subarray(rec.dataAt, rec.dataAt + captured),
		originalLength: rec.original
	});
}
