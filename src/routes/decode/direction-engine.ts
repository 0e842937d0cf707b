// The engine's side of /decode, imported on the first real input (decode-engine.svelte.ts): reading a
// small capture on the main thread, the frames' fields on demand, the permessage-deflate hint, and
// the capture view's frame decoder. Large captures are read in decode.worker.ts instead.
import { parseInput, type Role } from '$lib/protocol/index.ts';
import { looksLikeHar } from '$lib/protocol/input/har.ts';
import { deflateHint } from '$lib/protocol/deflate-hint.ts';
import { analyze, type Analysis } from '$lib/workers/analysis.ts';
import { threw, type WorkerFailure } from '$lib/workers/failures.ts';
import type { ParsedInfo } from '$lib/workers/protocol.ts';

export { decode } from '$lib/protocol/index.ts';
export { FrameCache } from '$lib/workers/frame-at.ts';
export { decodeMessagePayloads } from '$lib/workers/payload-client.ts';
export { startDecode } from '$lib/workers/decode-client.ts';

/** What the engine made of a small capture: a HAR (the capture view's), unreadable text, or frames. */
export type SmallReading =
	| { kind: 'har' }
	| { kind: 'unread'; parsed: ParsedInfo }
	| { kind: 'read'; parsed: ParsedInfo; bytes: Uint8Array; analysis: Analysis }
	| { kind: 'failed'; failure: WorkerFailure };

/** Reads a capture of a few kilobytes as `role` sent it; never throws (a failure is a value). */
export function readSmall(
	text: string,
	role: Role,
	extensions: string,
	maxMessage: number
): SmallReading {
	if (looksLikeHar(text)) return { kind: 'har' };
	const parsed = parseInput(text);
	if (!parsed.ok) return { kind: 'unread', parsed };
	const { bytes, ...info } = parsed;
	try {
		const analysis = analyze(bytes, { from: role, extensions, maxMessage });
		return { kind: 'read', parsed: info, bytes, analysis };
	} catch (error) {
		return { kind: 'failed', failure: threw(error) };
	}
}

/** RSV1 frames that inflate while no extension is given (read in the first MiB): offer the extension. */
export function hintFor(input: Uint8Array, role: Role, extensions: string) {
	return deflateHint(input.subarray(0, 1 << 20), role, extensions);
}
