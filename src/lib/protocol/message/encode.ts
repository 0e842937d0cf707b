// A message into frames (RFC 6455 §5.4), optionally compressed first (RFC 7692 §6): the first frame
// carries the opcode (and RSV1 when compressed), the others are continuation frames, the last has FIN.
import { concatBytes } from '../bytes.ts';
import type { MessageDeflater } from '../extensions/deflate-codec.ts';
import { encodeFrame } from '../frame/frame-bytes.ts';

export interface MessageSpec {
	type: 'text' | 'binary';
	text?: string;
	payload?: Uint8Array;
	/** How many frames to cut the (compressed) payload into, as evenly as possible. Default 1. */
	fragments?: number;
	/** A masking key for every frame, 'random' for a fresh key per frame (as clients do), or none. */
	mask?: Uint8Array | 'random' | null;
}

export interface EncodedMessage {
	/** Each frame's bytes, in order. */
	frames: Uint8Array[];
	/** The frames back to back. */
	bytes: Uint8Array;
	/** The message's data, before compression. */
	data: Uint8Array;
	/** What the frames carry: the data, or the data compressed. */
	wire: Uint8Array;
}

const utf8 = new TextEncoder();

export function encodeMessage(spec: MessageSpec, deflater?: MessageDeflater): EncodedMessage {
	const data = spec.payload ?? utf8.encode(spec.text ?? '');
	const wire = deflater ? deflater.deflate(data) : data;
	const pieces = cut(wire, Math.max(1, Math.floor(spec.fragments ?? 1)));
	const frames = pieces.map((payload, i) =>
		encodeFrame({
			fin: i === pieces.length - 1,
			// RFC 7692 §6: RSV1 goes on the first frame only.
			rsv1: i === 0 && deflater !== undefined,
			opcode: i === 0 ? spec.type : 'continuation',
			mask: spec.mask ?? null,
			payload
		})
	);
	return { frames, bytes: concatBytes(frames), data, wire };
}

/** Cuts bytes into n runs of nearly equal length (empty runs when there are fewer bytes than runs). */
function cut(bytes: Uint8Array, n: number): Uint8Array[] {
	const pieces: Uint8Array[] = [];
	for (let i = 0; i < n; i++) {
		pieces.push(
			bytes.subarray(Math.floor((i * bytes.length) / n), Math.floor(((i + 1) * bytes.length) / n))
		);
	}
	return pieces;
}
