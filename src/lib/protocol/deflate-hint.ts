// RSV1 set on a data frame when no extension was given: a strict receiver fails the connection
// (RFC 6455 §5.2), but the usual cause is a capture of a permessage-deflate connection pasted without
// its handshake (RFC 7692 §6: RSV1 marks a compressed message). When that frame, read with
// permessage-deflate, inflates cleanly, say so, so the page can offer to apply the extension.
import { decode } from './decode.ts';
import { rsvAllowedBy } from './extensions/rsv.ts';
import { FrameDecoder } from './frame/decoder.ts';
import type { Coded } from './text.ts';
import type { Role } from './types.ts';

/** The hint's sentence: {frame} counts from 1. */
export const DEFLATE_HINTS = {
	rsv1_looks_like_deflate:
		'frame {frame} has RSV1 set and its payload inflates as DEFLATE: this looks like permessage-deflate (RFC 7692 §6), which was not given'
} as const;

export type DeflateHint = keyof typeof DEFLATE_HINTS;

export function deflateHint(
	bytes: Uint8Array,
	from: Role | undefined,
	extensions: string
): Coded<DeflateHint> | null {
	if (extensions.trim() !== '') return null;
	// With no extension given, RSV1 breaks a rule (RFC 6455 §5.2), so the frame is one the decoder
	// reads the general way, an object: the clean frames stay rows, never made into objects (the
	// page asks this of a megabyte of capture on its main thread).
	const frames = new FrameDecoder({ from, rsvAllowed: rsvAllowedBy(''), annotate: false });
	frames.push(bytes);
	frames.end();
	const frame = frames.table.objectFrames.find(
		(f) => f.rsv1 && f.fin && f.complete && (f.opcode === 1 || f.opcode === 2)
	);
	if (!frame) return null;
	// That frame alone, as the first message under permessage-deflate: does it inflate?
	const alone = bytes.subarray(frame.offset, frame.offset + frame.length);
	const sender = frames.from ?? from ?? 'client';
	const tried = decode(alone, { from: sender, extensions: 'permessage-deflate' });
	const message = tried.messages[0];
	if (!tried.verdict.ok || !message?.compressed) return null;
	return { code: 'rsv1_looks_like_deflate', params: { frame: frame.index + 1 } };
}
