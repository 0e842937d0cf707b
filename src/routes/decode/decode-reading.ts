// The shape of what /decode shows of a capture, made by the engine: at build time for the default
// example (the page's server load), so the page opens showing it without loading the engine, or in
// the browser once the reader changes anything (direction-engine.ts, imported then).
import type { Frame } from '$lib/protocol/index.ts';
import type { Coded } from '$lib/protocol/text.ts';
import type { DeflateHint } from '$lib/protocol/deflate-hint.ts';
import type { PayloadChoice, PayloadResult } from '$lib/protocol/payload/types.ts';
import type { Analysis } from '$lib/workers/frame-table.ts';
import type { ParsedInfo } from '$lib/workers/protocol.ts';
import type { PayloadRequestOptions } from '$lib/workers/payload-client.ts';
import type { DecodeExample } from './examples.ts';

/** How the page reads what messages carry: the negotiated subprotocol and the reader's choice. */
export interface PayloadReading {
	subprotocol: string;
	choice: PayloadChoice;
}

/** Frames with their fields, by index: read on demand (FrameCache) or all at build time. */
export interface FrameSource {
	get(index: number): Frame | undefined;
}

/** One direction's capture, what the engine read in it, and the inputs it was read with. */
export interface DirectionReading {
	text: string;
	extensions: string;
	maxMessage: number;
	payload: PayloadReading;
	parsed: ParsedInfo | null;
	input: Uint8Array;
	analysis: Analysis | null;
	/** Every frame with its fields (the default example has a few). */
	frames: Frame[];
	payloads: (PayloadResult | null)[];
	deflateHint: Coded<DeflateHint> | null;
}

/** The page's opening state: both directions read, and the examples' names for the menu. */
export interface DecodeReading {
	extensions: string;
	payload: PayloadReading;
	client: DirectionReading;
	server: DirectionReading;
	examples: Pick<DecodeExample, 'id' | 'group' | 'label'>[];
}

/** Frames read at build time, by index. */
export class ReadFrames implements FrameSource {
	constructor(private readonly frames: readonly Frame[]) {}

	get(index: number): Frame | undefined {
		return this.frames[index];
	}
}

/** The bytes the frames are in: after the HTTP head the capture began with, if any. */
export function framesInput(input: Uint8Array, analysis: Analysis | null): Uint8Array {
	return analysis?.head ? input.subarray(analysis.head.length) : input;
}

/** How a direction's messages are read for what they carry; big ones whole, from its bytes. */
export function payloadOptions(
	analysis: Analysis,
	input: Uint8Array,
	read: { extensions: string; maxMessage: number; payload: PayloadReading }
): PayloadRequestOptions {
	const { extensions, maxMessage, payload } = read;
	const from = analysis.from;
	const whole = { bytes: input, from, extensions, maxMessage };
	return { subprotocol: payload.subprotocol, choice: payload.choice, from, whole };
}
