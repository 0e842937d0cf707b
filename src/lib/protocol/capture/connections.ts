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

export class ConnectionTable {
	readonly connections: TcpConnection[] = [];
	private byKey = new Map<string, TcpConnection>();
	private arrivals = 0;

	add(seg: Segment): void {
		const src = endpointKey(seg.src);
		const dst = endpointKey(seg.dst);
		const key = src < dst ? `${src}>${dst}` : `${dst}>${src}`;
		let c = this.byKey.get(key);
		const opening = seg.syn && !seg.ackFlag;
		if (!c || (opening && c.synSeq !== undefined && c.synSeq !== seg.seq && c.closed)) {
			c = this.open(seg);
			this.byKey.set(key, c);
		}
		const side = endpointKey(c.a) === src ? 'a' : 'b';
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
