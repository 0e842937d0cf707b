// The shape of the frame explorer's reading (what the engine made of a text) and its limits: shared
// by the Explorer's state, the engine side that computes a reading (explorer-engine.ts) and the
// pages' build-time loads, without pulling the engine into the page's first load.
import type { DecodeResult, Role } from '$lib/protocol/index.ts';
import type { ParsedInput } from '$lib/protocol/input/index.ts';

/** Who sent the bytes: `auto` lets the decoder infer it from the first frame's mask bit. */
export type Sender = 'auto' | Role;

/**
 * decode() is documented never to throw on input; if it does, the page says so instead of breaking.
 * A capture longer than TEXT_LIMIT is not read here at all (`tooLong`, its length in characters).
 */
export type Decoded =
	| { ok: true; result: DecodeResult }
	| { ok: false; message: string }
	| { ok: false; tooLong: number };

/** The engine's reading of one text from one sender: plain data (a page's load can carry it). */
export interface ExplorerReading {
	text: string;
	sender: Sender;
	parsed: ParsedInput;
	decoded: Decoded | null;
}

/**
 * The most text the explorer reads, on the main thread as it is typed: 64 KiB is thousands of
 * frames. Longer captures go to /decode, which reads them in a worker.
 */
export const TEXT_LIMIT = 64 * 1024;

/**
 * Frames drawn in full (each is a bit grid, a byte row and a field table: ~270 elements). The rest
 * are counted under the last one; /decode lists every frame of a long capture.
 */
export const FRAMES_DRAWN = 16;
/** Diagnostics and messages listed; the rest are counted. */
export const ITEMS_LISTED = 100;
