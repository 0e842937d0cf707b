// Per-message DEFLATE as RFC 7692 §7.2 runs it: raw DEFLATE, each message flushed with a sync flush
// whose trailing 00 00 ff ff is removed on the wire, and one LZ77 window shared across messages unless
// no-context-takeover was negotiated. pako is a faithful port of zlib, so the bytes match browsers'.
import { Deflate, Inflate, Z_SYNC_FLUSH } from 'pako';
import { concatBytes } from '../bytes.ts';
import type { DeflateDirection } from './permessage-deflate.ts';

const TAIL = Uint8Array.of(0x00, 0x00, 0xff, 0xff);

export type InflateOutcome =
	{ ok: true; bytes: Uint8Array; capped?: boolean } | { ok: false; reason: string };

/** Input fed at a time when the output is capped: at most ~1 MiB of output (DEFLATE's 1032:1). */
const CAPPED_SLICE = 1024;

/**
 * pako's output buffer, allocated afresh for every push: its default 64 KiB, zeroed for each small
 * message, cost more than inflating it. Big messages come out in more pieces, joined once.
 */
const OUTPUT_CHUNK = 8 * 1024;

/** Inflates the messages of one direction in order, keeping the window between them when allowed. */
export class MessageInflater {
	private inflater: Inflate | undefined;
	private chunks: Uint8Array[] = [];
	private produced = 0;

	constructor(private readonly direction: DeflateDirection) {}

	/** RFC 7692 §7.2.2: append 00 00 ff ff to the message's payload, then inflate. */
	inflate(payload: Uint8Array): InflateOutcome {
		return this.push(payload, true);
	}

	/**
	 * Inflates the next fragment of a message, as a receiver does when it arrives (ws does too), so
	 * data that cannot inflate fails at the fragment where it is, not at the end of the message. The
	 * last fragment gets the 00 00 ff ff of §7.2.2 appended. Returns what these bytes inflate to.
	 */
	push(fragment: Uint8Array, last: boolean, room = Infinity): InflateOutcome {
		const inflater = this.current();
		this.chunks = [];
		this.produced = 0;
		let input = fragment;
		if (last) {
			input = new Uint8Array(fragment.length + 4);
			input.set(fragment);
			input.set(TAIL, fragment.length);
		}
		// A sync flush hands out all the output these bytes give, fragment by fragment. With a size
		// limit the input goes in slices and stops once the output passes it, as ws stops zlib: a
		// small compressed message must not make the engine hold gigabytes (RFC 6455 §10.4).
		const step = room === Infinity ? Math.max(1, input.length) : CAPPED_SLICE;
		let capped = false;
		for (let at = 0; at < input.length && !inflater.ended; at += step) {
			inflater.push(input.subarray(at, at + step), Z_SYNC_FLUSH);
			if (this.produced > room) {
				capped = at + step < input.length;
				break;
			}
		}
		// zlib's "stream end" after a final block is fine; anything else negative is corrupt data.
		const failed = inflater.err < 0 || (inflater.err !== 0 && inflater.err !== 1);
		const bytes = concatBytes(this.chunks);
		// A block with BFINAL set ends the stream: the next message starts a fresh one (§7.2.3.4).
		// pako reports that as `ended` with err 0 (it runs inflateEnd), not as err 1, and ignores
		// every later push: keeping it would inflate each following message to nothing. A capped
		// window has not seen the whole message: what follows cannot be read against it either.
		if (failed || capped || (last && (inflater.ended || this.direction.noContextTakeover))) {
			this.inflater = undefined;
		}
		if (failed) return { ok: false, reason: inflater.msg || `zlib error ${inflater.err}` };
		return capped ? { ok: true, bytes, capped } : { ok: true, bytes };
	}

	/** Forgets the window: a message was abandoned halfway, so what follows cannot refer to it. */
	reset(): void {
		this.inflater = undefined;
	}

	private current(): Inflate {
		if (this.inflater) return this.inflater;
		const inflater = new Inflate({
			raw: true,
			windowBits: this.direction.windowBits,
			chunkSize: OUTPUT_CHUNK
		});
		inflater.onData = (chunk) => {
			this.chunks.push(owned(chunk));
			this.produced += chunk.length;
		};
		this.inflater = inflater;
		return inflater;
	}
}

/**
 * pako hands out its output as a view into a fresh 64 KiB buffer per push: a small message's bytes
 * would keep all 64 KiB alive (87k small messages held 5 GB). A part of a buffer is copied out, so
 * memory follows what was inflated; a full buffer is taken as it is.
 */
function owned(chunk: Uint8Array): Uint8Array {
	return chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
}

/** Compresses the messages of one direction the way browsers and ws do (zlib defaults). */
export class MessageDeflater {
	private deflater: Deflate | undefined;
	private chunks: Uint8Array[] = [];

	constructor(private readonly direction: DeflateDirection) {}

	/** RFC 7692 §7.2.1: compress, sync flush, then drop the trailing 00 00 ff ff. */
	deflate(message: Uint8Array): Uint8Array {
		const deflater = this.current();
		this.chunks = [];
		deflater.push(message, Z_SYNC_FLUSH);
		const out = concatBytes(this.chunks);
		if (this.direction.noContextTakeover) this.deflater = undefined;
		const tail = out.length >= 4 && TAIL.every((b, i) => out[out.length - 4 + i] === b);
		const body = tail ? out.subarray(0, out.length - 4) : out;
		// zlib writes nothing for an empty message; the wire form is a lone 00, the start of an empty
		// stored block that the receiver's appended 00 00 ff ff completes (RFC 7692 §7.2.3.6).
		return body.length > 0 ? body : Uint8Array.of(0);
	}

	private current(): Deflate {
		if (this.deflater) return this.deflater;
		// zlib cannot deflate with an 8-bit window and silently uses 9; say so rather than pretend.
		const windowBits = Math.max(9, this.direction.windowBits);
		const deflater = new Deflate({ raw: true, windowBits, memLevel: 8 });
		deflater.onData = (chunk) => this.chunks.push(owned(chunk));
		this.deflater = deflater;
		return deflater;
	}
}
