// TCP connections keyed by their 4-tuple (RFC 9293 §3.1: addresses and ports name a connection). A
// new SYN on a 4-tuple that already carried a finished connection starts a new one (port reuse).
import { DirectionCollector } from './reassembly.ts';
import type { Endpoint, Segment } from './types.ts';

export interface TcpConnection {
	/** 1-based, in the order of each connection's first packet. */
	id: number;
	/** `a` sent the first packet seen; who is client is decided later (see roles.ts). */
	a: Endpoint;
	b: Endpoint;
	fromA: DirectionCollector;
	fromB: DirectionCollector;
	/** Who sent a SYN without ACK (the opener, RFC 9293 §3.5), and a SYN with ACK. */
	syn?: 'a' | 'b';
	synAck?: 'a' | 'b';
	synSeq?: number;
	start: number;
	end: number;
	packets: number;
	fileOffset: number;
	closed: boolean;
}

const endpointKey = (e: Endpoint) => `${e.address}|${e.port}`;

function keyOf(seg: Segment): string {
	const src = endpointKey(seg.src);
	const dst = endpointKey(seg.dst);
	return src < dst ? `${src}>${dst}` : `${dst}>${src}`;
}

const same = (x: Endpoint, y: Endpoint) => x.port === y.port && x.address === y.address;

/** Which side of `c` sent `seg`, or undefined when `seg` is not on `c`'s 4-tuple. */
function sideOf(c: TcpConnection, seg: Segment): 'a' | 'b' | undefined {
	if (same(c.a, seg.src) && same(c.b, seg.dst)) return 'a';
	if (same(c.b, seg.src) && same(c.a, seg.dst)) return 'b';
	return undefined;
}

export class ConnectionTable {
	readonly connections: TcpConnection[] = [];
	private byKey = new Map<string, TcpConnection>();
	private arrivals = 0;
	private last: TcpConnection | undefined;

	add(seg: Segment): void {
		const opening = seg.syn && !seg.ackFlag;
		// Most packets belong to the connection of the packet before: that is checked first.
		let c = this.last && sideOf(this.last, seg) ? this.last : this.lookup(seg);
		if (!c || (opening && c.synSeq !== undefined && c.synSeq !== seg.seq && c.closed)) {
			c = this.open(seg);
			this.byKey.set(keyOf(seg), c);
		}
		this.last = c;
		const side = sideOf(c, seg)!;
		if (opening) [c.syn, c.synSeq] = [side, seg.seq];
		if (seg.syn && seg.ackFlag) c.synAck = side;
		if (seg.fin || seg.rst) c.closed = true;
		(side === 'a' ? c.fromA : c.fromB).add(seg, this.arrivals++);
		c.packets++;
		if (!Number.isNaN(seg.time)) {
			c.start = Number.isNaN(c.start) ? seg.time : Math.min(c.start, seg.time);
			c.end = Number.isNaN(c.end) ? seg.time : Math.max(c.end, seg.time);
		}
	}

	private lookup(seg: Segment): TcpConnection | undefined {
		return this.byKey.get(keyOf(seg));
	}

	private open(seg: Segment): TcpConnection {
		const c: TcpConnection = {
			id: this.connections.length + 1,
			a: seg.src,
			b: seg.dst,
			fromA: new DirectionCollector(),
			fromB: new DirectionCollector(),
			start: seg.time,
			end: seg.time,
			packets: 0,
			fileOffset: seg.fileOffset,
			closed: false
		};
		this.connections.push(c);
		return c;
	}
}
