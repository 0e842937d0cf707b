// The frame decoder's states (RFC 6455 §5.2), one small function per part of a frame: each reads its
// part when the bytes are there and returns the next state, or nothing while it waits (STYLE.md §3).
import { diagnostic } from '../diagnostics.ts';
import type { FrameDecoder } from './decoder.ts';
import { HEADER_READ, LENGTH_LIMIT, lengthFieldBits, type HeaderRead } from './rules.ts';
import type { Frame } from './types.ts';

export type State = (d: FrameDecoder) => State | undefined;

export function readHead(d: FrameDecoder): State | undefined {
	if (!d.has(2)) return; // a header is at least 2 bytes
	const b0 = d.takeByte();
	const b1 = d.takeByte();
	const f = d.startFrame(b0, b1);
	const len7 = b1 & 0x7f;
	if (len7 === 126) f.lengthBits = 16;
	if (len7 === 127) f.lengthBits = 64;
	if (len7 === 126) return readLength16;
	if (len7 === 127) return readLength64;
	return f.masked ? readMask : headerDone;
}

// RFC 6455 §5.2: 126 means the length follows as a 16-bit unsigned integer in network byte order.
function readLength16(d: FrameDecoder): State | undefined {
	if (!d.has(2)) return;
	const f = d.cur!;
	f.payloadLength = (d.takeByte() << 8) | d.takeByte();
	return f.masked ? readMask : headerDone;
}

// RFC 6455 §5.2: 127 means a 64-bit unsigned integer follows, its most significant bit 0.
function readLength64(d: FrameDecoder): State | undefined {
	if (!d.has(8)) return;
	const f = d.cur!;
	let high = 0;
	for (let i = 0; i < 4; i++) high = high * 256 + d.takeByte();
	let low = 0;
	for (let i = 0; i < 4; i++) low = low * 256 + d.takeByte();
	const bit0 = f.offset * 8 + 9;
	if (high >= 0x80000000) {
		f.payloadLength = (BigInt(high) << 32n) | BigInt(low);
		d.stop(f, diagnostic('length_top_bit_set', bit0 + 7, 1));
		return readUnparsed;
	}
	const length = high * 2 ** 32 + low;
	if (length > LENGTH_LIMIT) {
		f.payloadLength = (BigInt(high) << 32n) | BigInt(low);
		d.stop(
			f,
			diagnostic('length_beyond_limit', bit0, 71, { length: f.payloadLength, limit: LENGTH_LIMIT })
		);
		return readUnparsed;
	}
	f.payloadLength = length;
	return f.masked ? readMask : headerDone;
}

function readMask(d: FrameDecoder): State | undefined {
	if (!d.has(4)) return;
	// Copy: the key must outlive the chunk it came in.
	const key = d.alloc(4, 0);
	for (let i = 0; i < 4; i++) key[i] = d.takeByte();
	d.cur!.maskKey = key;
	return headerDone;
}

function headerDone(d: FrameDecoder): State | undefined {
	d.headerRead(d.cur!);
	return readPayload;
}

export function readPayload(d: FrameDecoder): State | undefined {
	const f = d.cur!;
	const n = f.payloadLength as number;
	if (!d.has(n)) return;
	f.payload = f.maskKey ? d.takeUnmasked(n, f.maskKey) : d.take(n);
	f.length = f.headerLength + n;
	d.finish(f);
	return readHead;
}

/** After a fatal problem every later byte is unparsed input. */
function readUnparsed(d: FrameDecoder): State | undefined {
	d.skipRest();
	return undefined;
}

/** How much of a cut-short header a decoder in `state` has read. */
export function headerReadBy(state: State, f: Frame): HeaderRead {
	if (state === readMask) return HEADER_READ.length;
	return f.headerLength >= 2 ? HEADER_READ.secondByte : HEADER_READ.firstByte;
}

/** What a frame cut short still needs: exact once the length is known, a lower bound before. */
export function missingBytes(f: Frame, state: State): number {
	const have = f.payload.length;
	if (state === readPayload) return (f.payloadLength as number) - have;
	if (f.headerLength < 2) return 1;
	const headerNeeded = 2 + (lengthFieldBits(f) - 7) / 8 + (f.masked ? 4 : 0);
	const payload = state === readMask ? (f.payloadLength as number) : 0;
	return headerNeeded - f.headerLength + payload;
}
