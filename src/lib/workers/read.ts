// The engine's reading of one direction's bytes, in chunks with progress: shared by the /decode
// analysis (decode.worker.ts and the main thread) and payload.worker.ts, which needs the whole of
// messages the analysis keeps only the head of. Imports only the engine, so a worker stays light.
import { assemble, type DecodeResult } from '../protocol/decode.ts';
import { rsvAllowedBy } from '../protocol/extensions/rsv.ts';
import { FrameDecoder } from '../protocol/frame/decoder.ts';
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

/** What the engine reads in `bytes`: frames pushed in chunks, then assembled into messages. */
export function read(
	bytes: Uint8Array,
	options: ReadOptions = {},
	onProgress?: (fraction: number) => void
): DecodeResult {
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
	return assemble(decoder, bytes.length, options);
}

/**
 * A direction's bytes as pasted: a stream copied with its HTTP upgrade is read as its head, then
 * frames (the result's offsets count from the end of the head); a 101 says what was negotiated.
 */
export function readStream(
	input: Uint8Array,
	given: ReadOptions = {},
	onProgress?: (fraction: number) => void
): { result: DecodeResult; head: StreamHead | null } {
	const head = readStreamHead(input);
	if (!head) return { result: read(input, given, onProgress), head: null };
	const options = { ...given, extensions: given.extensions || head.extensions };
	return { result: read(input.subarray(head.length), options, onProgress), head };
}
