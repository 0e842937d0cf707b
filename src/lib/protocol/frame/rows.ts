// The decoder's fast lane: frames that lie whole in one chunk and break no header rule are read by one
// tight loop into the rows of a FrameTable, with no object made per frame. Anything else (a rule
// broken, a frame across chunks, a length past 2^53) stops the loop, and the decoder's general path
// reads that frame byte by byte as it always has, so every diagnostic and offset stays its own.
import { xorInto } from './mask.ts';
import type { FrameTable } from './table.ts';

/** Unmasked payloads up to this size share slabs (as FrameDecoder.alloc does); bigger ones get their own. */
const SLAB_SIZE = 64 * 1024;
const SHARED_MAX = SLAB_SIZE / 16;
/** Below this many bytes a byte loop unmasks faster than xorInto's word loop (see mask.ts). */
const BYTE_LOOP_MAX = 32;

export class RowReader {
	private slab: Uint8Array | undefined;
	private slabUsed = 0;
	private slabSource = -1;
	private chunk: Uint8Array | undefined;
	private chunkSource = -1;

	/** `client`: frames must be masked (RFC 6455 §5.1); otherwise they must not be. */
	constructor(
		private readonly table: FrameTable,
		private readonly client: boolean
	) {}

	/**
	 * Reads frames from `buf[from, end)` while each is whole there and breaks no rule (what
	 * `breaksNoRule` in rules.ts decides for a whole header); `offset` is the absolute offset of
	 * `buf[from]`. Returns where it stopped: the first byte it did not read.
	 */
	read(buf: Uint8Array, from: number, end: number, offset: number): number {
		const t = this.table;
		const maskBit = this.client ? 0x80 : 0;
		let p = from;
		while (end - p >= 2) {
			const b0 = buf[p]!;
			const b1 = buf[p + 1]!;
			// RFC 6455 §5.2: RSV1-3 are 0 here (a negotiated extension's RSV1 takes the general path);
			// §5.1: clients mask, servers do not.
			if ((b0 & 0x70) !== 0 || (b1 & 0x80) !== maskBit) break;
			let h = p + 2;
			let n = b1 & 0x7f;
			if (n === 126) {
				if (end - h < 2) break;
				n = (buf[h]! << 8) | buf[h + 1]!;
				h += 2;
				if (n < 126) break; // §5.2: the minimal number of bytes must be used
			} else if (n === 127) {
				if (end - h < 8) break;
				const high = uint32(buf, h);
				// Past 2^53 - 1 (or the top bit set) the general path reports it; below 2^16 it is not minimal.
				if (high > 0x1fffff) break;
				n = high * 2 ** 32 + uint32(buf, h + 4);
				h += 8;
				if (n <= 0xffff) break;
			}
			if (!allowedOpcode(b0, n)) break;
			const keyAt = h;
			if (maskBit) h += 4;
			if (end - h < n) break;
			// §5.3: an all-zero key is legal but reported (mask_key_all_zero): the general path does.
			if (maskBit && (buf[keyAt]! | buf[keyAt + 1]! | buf[keyAt + 2]! | buf[keyAt + 3]!) === 0)
				break;
			const i = t.addRow();
			t.byte0[i] = b0;
			t.headerLength[i] = h - p;
			t.offset[i] = offset + (p - from);
			t.payloadLength[i] = n;
			if (maskBit) this.unmask(i, buf, keyAt, n);
			else this.inPlace(i, buf, h);
			p = h + n;
		}
		return p;
	}

	/** An unmasked frame's payload is a view of the chunk, as FrameDecoder.take gives it. */
	private inPlace(i: number, buf: Uint8Array, at: number): void {
		const t = this.table;
		if (this.chunk !== buf) {
			this.chunk = buf;
			this.chunkSource = t.addSource(buf);
		}
		t.masked[i] = 0;
		t.source[i] = this.chunkSource;
		t.sourceAt[i] = at;
	}

	/** RFC 6455 §5.3: the payload XORed with the key, copied out (the input is never modified). */
	private unmask(i: number, buf: Uint8Array, keyAt: number, n: number): void {
		const t = this.table;
		const keys = t.keys;
		const k = i * 4;
		for (let j = 0; j < 4; j++) keys[k + j] = buf[keyAt + j]!;
		t.masked[i] = 1;
		const at = keyAt + 4;
		if (n > SHARED_MAX) {
			// Aligned like the source, so xorInto can XOR whole words.
			const align = (buf.byteOffset + at) & 3;
			const out = new Uint8Array(new ArrayBuffer(n + align), align, n);
			xorInto(out, 0, buf, at, n, keys.subarray(k, k + 4), 0);
			t.source[i] = t.addSource(out);
			t.sourceAt[i] = 0;
			return;
		}
		const align = (buf.byteOffset + at) & 3;
		let to = this.slabUsed + ((align - this.slabUsed) & 3);
		if (!this.slab || to + n > SLAB_SIZE) {
			this.slab = new Uint8Array(SLAB_SIZE);
			this.slabSource = t.addSource(this.slab);
			to = align;
		}
		const slab = this.slab;
		this.slabUsed = to + n;
		t.source[i] = this.slabSource;
		t.sourceAt[i] = to;
		if (n >= BYTE_LOOP_MAX) return xorInto(slab, to, buf, at, n, keys.subarray(k, k + 4), 0);
		const k0 = keys[k]!;
		const k1 = keys[k + 1]!;
		const k2 = keys[k + 2]!;
		const k3 = keys[k + 3]!;
		for (let j = 0; j < n; j++) {
			const phase = j & 3;
			slab[to + j] = buf[at + j]! ^ (phase === 0 ? k0 : phase === 1 ? k1 : phase === 2 ? k2 : k3);
		}
	}
}

/**
 * RFC 6455 §5.2, §5.5: data opcodes 0-2, or close, ping and pong unfragmented with at most 125 bytes
 * (and a close payload never of 1 byte, §5.5.1); reserved opcodes take the general path.
 */
function allowedOpcode(b0: number, n: number): boolean {
	const opcode = b0 & 0x0f;
	if (opcode <= 2) return true;
	return opcode >= 8 && opcode <= 10 && (b0 & 0x80) !== 0 && n <= 125 && !(opcode === 8 && n === 1);
}

/** Four bytes in network byte order as an unsigned number. */
function uint32(buf: Uint8Array, at: number): number {
	return buf[at]! * 0x1000000 + ((buf[at + 1]! << 16) | (buf[at + 2]! << 8) | buf[at + 3]!);
}
