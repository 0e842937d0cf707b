// The engine's reading of one direction's bytes, in chunks with progress: shared by the /decode
// analysis (decode.worker.ts and the main thread) and payload.worker.ts, which needs the whole of
// messages the analysis keeps only the head of. Imports only the engine, so a worker stays light.
import { assembled, type DecodeResult } from '../protocol/decode.ts';
import { rsvAllowedBy } from '../protocol/extensions/rsv.ts';
import { FrameDecoder } from '../protocol/frame/decoder.ts';
import type { FrameTable } from '../protocol/frame/table.ts';
import type { MessageList } from '../protocol/message/list.ts';
import { readStreamHead, type StreamHead } from '../protocol/stream-head.ts';
import type { Role } from '../protocol/types.ts';

export interface ReadOptions {
	from?: Role;
	extensions?: string;
	/** The receiver's message size limit: past it 1009, and a compressed message is inflated no further. */
	maxMessage?: number;
}

/** Bytes pushed into the decoder at a time, with progress reported after each push. */
const CHUNK = 512 * 1024;

/**
 * What the engine reads in `bytes` (frames pushed in chunks, then assembled into messages): the
 * result, and the frame table and message list behind it, to read without making every object.
 */
export interface Reading {
	result: DecodeResult;
	frames: FrameTable;
	messages: MessageList;
}

export function read(
	bytes: Uint8Array,
	options: ReadOptions = {},
	onProgress?: (fraction: number) => void
): Reading {
	const decoder = new FrameDecoder({
		from: options.from,
		rsvAllowed: rsvAllowedBy(options.extensions),
		annotate: false
	});
	for (let at = 0; at < bytes.length; at += CHUNK) {
		decoder.push(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)));
		onProgress?.(Math.min(bytes.length, at + CHUNK) / bytes.length);
	}
	decoder.end();
	const { result, messages } = assembled(decoder, bytes.length, options);
	return { result, frames: decoder.table, messages };
}

/**
 * A direction's bytes as pasted: a stream copied with its HTTP upgrade is read as its head, then
 * frames (the result's offsets count from the end of the head); a 101 says what was negotiated.
 */
export function readStream(
	input: Uint8Array,
	given: ReadOptions = {},
	onProgress?: (fraction: number) => void
): Reading & { head: StreamHead | null } {
	const head = readStreamHead(input);
	if (!head) return { ...read(input, given, onProgress), head: null };
	const options = { ...given, extensions: given.extensions || head.extensions };
	return { ...read(input.subarray(head.length), options, onProgress), head };
}
