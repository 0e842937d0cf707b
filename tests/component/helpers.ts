// Frames for component tests, decoded by the real engine from hex.
import { decode, type DecodeResult, type DecodeOptions } from '$lib/protocol/index.ts';
import { hexToBytes } from '$lib/protocol/input/index.ts';
import {
	Builder,
	DEFAULT_STATE,
	loadBuilderEngine,
	type BuilderState
} from '$lib/state/builder.svelte.ts';
import { readBuilder } from '$lib/state/builder-engine.ts';

export const MASKED_HELLO = '818537fa213d7f9f4d5158';
export const UNMASKED_HELLO = '810548656c6c6f';
export const RSV1_BROKEN = 'c185409921b733f440db2c';

export function decodeHex(
	hex: string,
	options: DecodeOptions = {}
): {
	input: Uint8Array;
	result: DecodeResult;
} {
	const input = hexToBytes(hex);
	return { input, result: decode(input, options) };
}

/** The first frame of a capture, with the input it was read from. */
export function frameOf(hex: string, options: DecodeOptions = {}) {
	const { input, result } = decodeHex(hex, options);
	return { input, frame: result.frames[0]!, result };
}

/** A Builder as /build makes it: the default state plus changes, the engine already imported (the
 * page imports it on the first change; a test clicks at once). */
export async function makeBuilder(changes: Partial<BuilderState> = {}): Promise<Builder> {
	await loadBuilderEngine();
	const state = { ...DEFAULT_STATE, ...changes };
	return new Builder(state, readBuilder(state));
}
