// The shape of what the /decode page shows of one direction (analysis.ts packs it) and the helpers
// that read it, apart from the packing so a page can import them without the engine that packs it.
import type { DecodeView } from '../components/decode-view.ts';
import type { StreamHead } from '../protocol/stream-head.ts';

/** One column per frame property. Flags are bits of `flags` (see FLAG). */
export interface FrameTable {
	count: number;
	offset: Float64Array;
	length: Float64Array;
	headerLength: Uint8Array;
	payloadOffset: Float64Array;
	/** The declared length; past 2^53 an approximation (the exact value is in the frame's fields). */
	payloadLength: Float64Array;
	missing: Float64Array;
	opcode: Uint8Array;
	flags: Uint8Array;
	/** The message a frame belongs to, or -1 (a frame no message took, e.g. a stray continuation). */
	message: Int32Array;
	/** The worst diagnostic on the frame: 0 none, 1 info, 2 warning, 3 error. */
	severity: Uint8Array;
}

export const FLAG = {
	fin: 1,
	rsv1: 2,
	rsv2: 4,
	rsv3: 8,
	masked: 16,
	complete: 32,
	headerComplete: 64
} as const;

/** A decode as the shared views read it (DecodeView), with the frames as columns. */
export interface Analysis extends DecodeView {
	frames: FrameTable;
	unparsed?: { offset: number; length: number };
	/** The input began with an HTTP head: the frames (and every offset here) start after it. */
	head?: StreamHead;
}

/**
 * The page's message size limit unless the reader changes it: 64 MiB. A DEFLATE bomb in a link then
 * stops at 64 MiB with 1009 (RFC 6455 §10.4) instead of taking gigabytes of the tab.
 */
export const PAGE_MAX_MESSAGE = 64 * 1024 * 1024;

/** The frame holding byte `offset` (binary search: frames are in input order), or -1. */
export function frameAt(t: FrameTable, offset: number): number {
	let lo = 0;
	let hi = t.count - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (t.offset[mid]! > offset) hi = mid - 1;
		else lo = mid + 1;
	}
	if (hi < 0) return -1;
	// A diagnostic may sit just past a frame cut short (where the missing bytes would go).
	return offset <= t.offset[hi]! + t.length[hi]! ? hi : -1;
}
