// One direction of a TCP connection put back in sequence order (RFC 9293 §3.4, §3.10.7.4): segments
// may arrive out of order, twice, overlapping, or never. Bytes are joined only where the sequence
// numbers say they touch; a hole becomes a gap with its size, and the first copy of a byte wins.
import type { Reporter } from './report.ts';
import type { Segment } from './types.ts';

/** Bytes of the rebuilt stream that came in one packet. Offsets index `TcpStream.bytes`. */
export interface StreamRange {
	start: number;
	end: number;
	time: number;
	/** File offset of the range's first byte. */
	fileOffset: number;
	packet: number;
	/** Arrival order of the segment, to keep the first copy of retransmitted bytes. */
	arrival: number;
}

export interface Gap {
	/** Index in `TcpStream.bytes` where the missing bytes would have been. */
	at: number;
	/** Offset in the sender's stream (0 = first byte after the SYN, or the first byte seen). */
	streamOffset: number;
	length: number;
	/** File offset of the first byte captured after the gap (or of the FIN that ends it). */
	fileOffset: number;
}

export interface TcpStream {
	/** Every captured byte in sequence order; a gap's bytes are absent, never invented. */
	bytes: Uint8Array;
	ranges: StreamRange[];
	gaps: Gap[];
	syn: boolean;
	fin: boolean;
	rst: boolean;
	/** Bytes received again after a first copy. */
	retransmitted: number;
}

/**
 * What reassembly keeps of a segment with data. Not the segment itself: a big capture holds one of
 * these per packet until its streams are built, and a small object with a view of the payload is
 * what keeps that cheap (the segment, its endpoints and headers die young, which the GC likes).
 */
interface Piece {
	rel: number;
	arrival: number;
	payload: Uint8Array;
	fileOffset: number;
	time: number;
	packet: number;
}

/** Collects one direction's segments as they arrive; `build` rebuilds the stream. */
export class DirectionCollector {
	private pieces: Piece[] = [];
	private lastSeq: number | undefined;
	private lastRel = 0;
	private synRel: number | undefined;
	private finRel: number | undefined;
	private finOffset = 0;
	private rst = false;

	add(seg: Segment, arrival: number): void {
		if (seg.rst) this.rst = true;
		if (seg.rst && !seg.syn && seg.length === 0 && !seg.fin) return;
		// RFC 9293 §3.4: the SYN takes one sequence number; data starts after it.
		const rel = this.unwrap(seg.syn ? (seg.seq + 1) >>> 0 : seg.seq);
		if (seg.syn) this.synRel = rel;
		if (seg.length > 0) {
			const { payload, fileOffset, time, packet } = seg;
			this.pieces.push({ rel, arrival, payload, fileOffset, time, packet });
		}
		if (seg.fin && this.finRel === undefined) {
			this.finRel = rel + seg.length;
			this.finOffset = seg.fileOffset;
		}
	}

	/** Sequence numbers wrap at 2^32: each is placed relative to the previous one (RFC 9293 §3.4). */
	private unwrap(seq: number): number {
		if (this.lastSeq === undefined) {
			this.lastSeq = seq;
			return 0;
		}
		this.lastRel += (seq - this.lastSeq) | 0;
		this.lastSeq = seq;
		return this.lastRel;
	}

	/** The payload of the segment earliest in sequence: how this direction starts. */
	peek(): Uint8Array {
		let first: Piece | undefined;
		for (const p of this.pieces) if (!first || p.rel < first.rel) first = p;
		return first?.payload ?? new Uint8Array(0);
	}

	build(direction: string, reporter: Reporter): TcpStream {
		const pieces = inOrder(this.pieces);
		const start = this.synRel ?? pieces[0]?.rel ?? 0;
		const b = new StreamBuilder(pieces, start, direction, reporter);
		for (const piece of pieces) b.place(piece);
		if (this.finRel !== undefined && this.finRel > b.cursor) {
			b.gap(this.finRel, this.finOffset);
		}
		return {
			bytes: b.out.subarray(0, b.written),
			ranges: b.ranges,
			gaps: b.gaps,
			syn: this.synRel !== undefined,
			fin: this.finRel !== undefined,
			rst: this.rst,
			retransmitted: b.retransmitted
		};
	}
}

/** Sequence order; arrival order among equals. Usually already sorted, so that is checked first. */
function inOrder(pieces: Piece[]): Piece[] {
	for (let i = 1; i < pieces.length; i++) {
		if (pieces[i]!.rel < pieces[i - 1]!.rel) {
			return [...pieces].sort((a, b) => a.rel - b.rel || a.arrival - b.arrival);
		}
	}
	return pieces;
}

class StreamBuilder {
	out: Uint8Array;
	written = 0;
	cursor: number;
	ranges: StreamRange[] = [];
	gaps: Gap[] = [];
	retransmitted = 0;

	constructor(
		pieces: Piece[],
		private start: number,
		private direction: string,
		private reporter: Reporter
	) {
		let total = 0;
		for (const p of pieces) total += p.payload.length;
		this.out = new Uint8Array(total);
		this.cursor = start;
	}

	place(piece: Piece): void {
		const data = piece.payload;
		let s = piece.rel;
		let skip = 0;
		// Bytes before the first one of the stream (before the SYN's sequence number) are not its data.
		if (s < this.start) [skip, s] = [this.start - s, this.start];
		const e = piece.rel + data.length;
		if (e <= s) return;
		if (s > this.cursor) this.gap(s, piece.fileOffset + skip);
		const overlapEnd = Math.min(e, this.cursor);
		if (s < overlapEnd) this.overlap(piece, s, overlapEnd);
		if (e <= this.cursor) return;
		const from = this.cursor - piece.rel;
		// In order (the usual case) the whole payload is new: no view of it needs making.
		this.out.set(from === 0 ? data : data.subarray(from), this.written);
		this.ranges.push({
			start: this.written,
			end: this.written + (e - this.cursor),
			time: piece.time,
			fileOffset: piece.fileOffset + from,
			packet: piece.packet,
			arrival: piece.arrival
		});
		this.written += e - this.cursor;
		this.cursor = e;
	}

	gap(to: number, fileOffset: number): void {
		const length = to - this.cursor;
		const streamOffset = this.cursor - this.start;
		this.gaps.push({ at: this.written, streamOffset, length, fileOffset });
		this.reporter.add('tcp_gap', fileOffset, 0, {
			role: this.direction,
			length,
			streamOffset
		});
		this.cursor = to;
	}

	/** Stream bytes [s, e) were already written: compare, and keep whichever copy came first. */
	private overlap(piece: Piece, s: number, e: number): void {
		this.retransmitted += e - s;
		const at = this.written - (this.cursor - s);
		const incoming = piece.payload.subarray(s - piece.rel, e - piece.rel);
		let differing = 0;
		for (let i = 0; i < incoming.length; i++) if (incoming[i] !== this.out[at + i]) differing++;
		if (differing > 0) {
			this.reporter.add('tcp_overlap_conflict', piece.fileOffset + (s - piece.rel), e - s, {
				role: this.direction,
				length: differing,
				streamOffset: s - this.start
			});
		}
		this.claim(piece, at, at + incoming.length, incoming);
	}

	/** Gives the ranges [a, b) held by later arrivals to this earlier piece: its bytes and its time. */
	private claim(piece: Piece, a: number, b: number, incoming: Uint8Array): void {
		for (let i = this.ranges.length - 1; i >= 0; i--) {
			const r = this.ranges[i]!;
			if (r.end <= a) break;
			if (r.start >= b || r.arrival <= piece.arrival) continue;
			const from = Math.max(a, r.start);
			const to = Math.min(b, r.end);
			this.out.set(incoming.subarray(from - a, to - a), from);
			const mine: StreamRange = {
				start: from,
				end: to,
				time: piece.time,
				fileOffset: piece.fileOffset + (from - a) + (a - this.written + this.cursor - piece.rel),
				packet: piece.packet,
				arrival: piece.arrival
			};
			const parts = [
				{ ...r, end: from },
				mine,
				{ ...r, start: to, fileOffset: r.fileOffset + (to - r.start) }
			];
			this.ranges.splice(i, 1, ...parts.filter((p) => p.end > p.start));
		}
	}
}

/** The range holding byte `at` of a stream (binary search; ranges are in order and touch). */
export function rangeAt(ranges: readonly StreamRange[], at: number): StreamRange | undefined {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid]!;
		if (at < r.start) hi = mid - 1;
		else if (at >= r.end) lo = mid + 1;
		else return r;
	}
	return undefined;
}
