// Builds capture files byte by byte for tests: IP packets with TCP segments, link-layer frames around
// them, and pcap or pcapng containers in either byte order. Written from the format texts (pcap and
// pcapng drafts, RFC 791, RFC 8200, RFC 9293), independently of the reader under test.

export type Address = string;
export interface TcpSpec {
	src: [Address, number];
	dst: [Address, number];
	seq: number;
	ack?: number;
	/** Any of S A F R P. */
	flags: string;
	payload?: Uint8Array | string;
	/** IPv4 header options (a multiple of 4 bytes). */
	ipOptions?: Uint8Array;
	/** IPv6 extension headers before TCP: next-header numbers, e.g. [0, 60]. */
	ipv6Extensions?: number[];
	/** IPv4 flags+fragment-offset field. */
	fragment?: number;
}

const utf8 = new TextEncoder();

export function bytesOf(p: Uint8Array | string | undefined): Uint8Array {
	return typeof p === 'string' ? utf8.encode(p) : (p ?? new Uint8Array(0));
}

function ipv4Bytes(a: string): number[] {
	return a.split('.').map(Number);
}

function ipv6Bytes(a: string): number[] {
	const [head = '', tail = ''] = a.includes('::') ? a.split('::') : [a, ''];
	const h = head ? head.split(':') : [];
	const t = tail ? tail.split(':') : [];
	const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
	return groups.flatMap((g) => {
		const n = parseInt(g, 16);
		return [n >> 8, n & 255];
	});
}

function tcpHeader(spec: TcpSpec, payload: Uint8Array): Uint8Array {
	const flags =
		(spec.flags.includes('F') ? 1 : 0) |
		(spec.flags.includes('S') ? 2 : 0) |
		(spec.flags.includes('R') ? 4 : 0) |
		(spec.flags.includes('P') ? 8 : 0) |
		(spec.flags.includes('A') ? 16 : 0);
	const h = new Uint8Array(20 + payload.length);
	const v = new DataView(h.buffer);
	v.setUint16(0, spec.src[1]);
	v.setUint16(2, spec.dst[1]);
	v.setUint32(4, spec.seq >>> 0);
	v.setUint32(8, (spec.ack ?? 0) >>> 0);
	h[12] = 5 << 4;
	h[13] = flags;
	v.setUint16(14, 65535);
	h.set(payload, 20);
	return h;
}

/** An IPv4 or IPv6 packet (by the address form) carrying one TCP segment. */
export function ipPacket(spec: TcpSpec): Uint8Array {
	const tcp = tcpHeader(spec, bytesOf(spec.payload));
	if (spec.src[0].includes(':')) return ipv6(spec, tcp);
	const options = spec.ipOptions ?? new Uint8Array(0);
	const headerLength = 20 + options.length;
	const p = new Uint8Array(headerLength + tcp.length);
	const v = new DataView(p.buffer);
	p[0] = 0x40 | (headerLength / 4);
	v.setUint16(2, p.length);
	v.setUint16(4, 0x1234);
	v.setUint16(6, spec.fragment ?? 0x4000);
	p[8] = 64;
	p[9] = 6;
	p.set(ipv4Bytes(spec.src[0]), 12);
	p.set(ipv4Bytes(spec.dst[0]), 16);
	p.set(options, 20);
	p.set(tcp, headerLength);
	return p;
}

function ipv6(spec: TcpSpec, tcp: Uint8Array): Uint8Array {
	const extensions = spec.ipv6Extensions ?? [];
	const p = new Uint8Array(40 + extensions.length * 8 + tcp.length);
	const v = new DataView(p.buffer);
	p[0] = 0x60;
	v.setUint16(4, p.length - 40);
	p[6] = extensions[0] ?? 6;
	p[7] = 64;
	p.set(ipv6Bytes(spec.src[0]), 8);
	p.set(ipv6Bytes(spec.dst[0]), 24);
	extensions.forEach((_, i) => {
		// RFC 8200 §4.3/§4.6: next header, length in 8-octet units beyond the first (0), padding option.
		p[40 + i * 8] = extensions[i + 1] ?? 6;
		p[40 + i * 8 + 1] = 0;
		p[40 + i * 8 + 2] = 1; // PadN
		p[40 + i * 8 + 3] = 4;
	});
	p.set(tcp, 40 + extensions.length * 8);
	return p;
}

const u16be = (n: number) => [n >> 8, n & 255];

/** Wraps an IP packet in a link-layer header of the given LINKTYPE. */
export function linkFrame(linkType: number, ip: Uint8Array, vlans: number[] = []): Uint8Array {
	const type = ip[0]! >> 4 === 6 ? 0x86dd : 0x0800;
	let head: number[];
	if (linkType === 1) {
		head = [2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2];
		for (const tag of vlans) head.push(...u16be(tag), ...u16be(42));
		head.push(...u16be(type));
	} else if (linkType === 113) {
		// packet type, ARPHRD_LOOPBACK (772), address length, 8 address bytes, protocol
		head = [0, 0, ...u16be(772), 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, ...u16be(type)];
	} else if (linkType === 276) {
		head = [...u16be(type), 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	} else if (linkType === 0) {
		head = type === 0x0800 ? [2, 0, 0, 0] : [30, 0, 0, 0];
	} else if (linkType === 108) {
		head = type === 0x0800 ? [0, 0, 0, 2] : [0, 0, 0, 24];
	} else head = [];
	return Uint8Array.from([...head, ...ip]);
}

export interface PacketRecord {
	time: number;
	data: Uint8Array;
	/** The length on the wire when the record holds fewer bytes (snapshot length). */
	originalLength?: number;
	/** pcapng: the interface index (default 0). */
	interface?: number;
	/** pcapng: write a simple packet block (no time, interface 0). */
	simple?: boolean;
}

class Writer {
	private parts: number[] = [];
	constructor(private le: boolean) {}
	u8(n: number) {
		this.parts.push(n & 255);
	}
	u16(n: number) {
		const b = [n & 255, (n >> 8) & 255];
		this.parts.push(...(this.le ? b : b.reverse()));
	}
	u32(n: number) {
		const b = [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
		this.parts.push(...(this.le ? b : b.reverse()));
	}
	bytes(b: Uint8Array | number[]) {
		for (const x of b) this.parts.push(x);
	}
	pad4() {
		while (this.parts.length % 4) this.parts.push(0);
	}
	get length() {
		return this.parts.length;
	}
	done(): Uint8Array {
		return Uint8Array.from(this.parts);
	}
}

export interface PcapOptions {
	littleEndian?: boolean;
	nanoseconds?: boolean;
	linkType?: number;
	snaplen?: number;
}

export function pcap(records: PacketRecord[], o: PcapOptions = {}): Uint8Array {
	const w = new Writer(o.littleEndian ?? true);
	w.u32(o.nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4);
	w.u16(2);
	w.u16(4);
	w.u32(0);
	w.u32(0);
	w.u32(o.snaplen ?? 262144);
	w.u32(o.linkType ?? 1);
	const unit = o.nanoseconds ? 1e9 : 1e6;
	for (const r of records) {
		const whole = Math.floor(r.time);
		w.u32(whole);
		w.u32(Math.round((r.time - whole) * unit));
		w.u32(r.data.length);
		w.u32(r.originalLength ?? r.data.length);
		w.bytes(r.data);
	}
	return w.done();
}

export interface PcapngSection {
	littleEndian?: boolean;
	interfaces: { linkType: number; tsresol?: number; snaplen?: number }[];
	packets: PacketRecord[];
	/** Blocks of other types to put before the packets: [type, body]. */
	otherBlocks?: [number, Uint8Array][];
}

function block(le: boolean, type: number, body: (w: Writer) => void): Uint8Array {
	const w = new Writer(le);
	body(w);
	w.pad4();
	const inner = w.done();
	const out = new Writer(le);
	out.u32(type);
	out.u32(inner.length + 12);
	out.bytes(inner);
	out.u32(inner.length + 12);
	return out.done();
}

export function pcapng(sections: PcapngSection[]): Uint8Array {
	const blocks: Uint8Array[] = [];
	for (const s of sections) {
		const le = s.littleEndian ?? true;
		blocks.push(
			block(le, 0x0a0d0d0a, (w) => {
				w.u32(0x1a2b3c4d);
				w.u16(1);
				w.u16(0);
				w.u32(0xffffffff);
				w.u32(0xffffffff);
			})
		);
		for (const i of s.interfaces) blocks.push(interfaceBlock(le, i));
		for (const [type, body] of s.otherBlocks ?? [])
			blocks.push(block(le, type, (w) => w.bytes(body)));
		for (const p of s.packets) blocks.push(packetBlock(le, p, s.interfaces));
	}
	const total = blocks.reduce((n, b) => n + b.length, 0);
	const out = new Uint8Array(total);
	let at = 0;
	for (const b of blocks) {
		out.set(b, at);
		at += b.length;
	}
	return out;
}

function interfaceBlock(le: boolean, i: PcapngSection['interfaces'][number]): Uint8Array {
	return block(le, 1, (w) => {
		w.u16(i.linkType);
		w.u16(0);
		w.u32(i.snaplen ?? 0);
		if (i.tsresol !== undefined) {
			w.u16(9);
			w.u16(1);
			w.u8(i.tsresol);
			w.pad4();
		}
		w.u16(0);
		w.u16(0);
	});
}

function packetBlock(
	le: boolean,
	p: PacketRecord,
	ifaces: PcapngSection['interfaces']
): Uint8Array {
	if (p.simple) {
		return block(le, 3, (w) => {
			w.u32(p.originalLength ?? p.data.length);
			w.bytes(p.data);
		});
	}
	const resol = ifaces[p.interface ?? 0]?.tsresol ?? 6;
	const perSecond = resol & 0x80 ? 2 ** (resol & 0x7f) : 10 ** resol;
	const stamp = (BigInt(Math.round(p.time * 1e6)) * BigInt(perSecond)) / 1000000n;
	return block(le, 6, (w) => {
		w.u32(p.interface ?? 0);
		w.u32(Number(stamp >> 32n));
		w.u32(Number(stamp & 0xffffffffn));
		w.u32(p.data.length);
		w.u32(p.originalLength ?? p.data.length);
		w.bytes(p.data);
	});
}

/** A TCP conversation as segments: the three-way handshake, data both ways, and FINs. */
export interface Conversation {
	client: [Address, number];
	server: [Address, number];
	clientIsn?: number;
	serverIsn?: number;
	/** What each side sends, in order; `at` is the packet's capture time. */
	sends: { from: 'client' | 'server'; data: Uint8Array | string; at: number }[];
	/** Leave out the SYN, SYN-ACK and ACK (a capture started mid-connection). */
	noHandshake?: boolean;
	noFin?: boolean;
	start?: number;
}

export interface Sent {
	spec: TcpSpec;
	time: number;
}

export function conversation(c: Conversation): Sent[] {
	const out: Sent[] = [];
	let cseq = c.clientIsn ?? 1000;
	let sseq = c.serverIsn ?? 5000;
	const t0 = c.start ?? 1_700_000_000;
	const seg = (from: 'client' | 'server', flags: string, payload: Uint8Array, time: number) => {
		const [src, dst] = from === 'client' ? [c.client, c.server] : [c.server, c.client];
		const seq = from === 'client' ? cseq : sseq;
		const ack = from === 'client' ? sseq : cseq;
		out.push({ spec: { src, dst, seq, ack, flags, payload }, time });
		const used = payload.length + (flags.includes('S') || flags.includes('F') ? 1 : 0);
		if (from === 'client') cseq = (cseq + used) >>> 0;
		else sseq = (sseq + used) >>> 0;
	};
	const empty = new Uint8Array(0);
	if (!c.noHandshake) {
		seg('client', 'S', empty, t0);
		seg('server', 'SA', empty, t0 + 0.0001);
		seg('client', 'A', empty, t0 + 0.0002);
	}
	for (const s of c.sends) seg(s.from, 'PA', bytesOf(s.data), t0 + s.at);
	const last = t0 + (c.sends.at(-1)?.at ?? 0);
	if (!c.noFin) {
		seg('client', 'FA', empty, last + 0.001);
		seg('server', 'FA', empty, last + 0.002);
	}
	return out;
}

/** Segments into packet records on a link type. */
export function records(sent: Sent[], linkType = 1): PacketRecord[] {
	return sent.map((s) => ({ time: s.time, data: linkFrame(linkType, ipPacket(s.spec)) }));
}

export const REQUEST =
	'GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
export const RESPONSE =
	'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n';
