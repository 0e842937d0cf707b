// The frame encoder (RFC 6455 §5.2). It writes the bytes, then reads them back with the decoder, so the
// fields it returns are exactly those the decoder shows and the builder and decoder can never disagree.
// It builds invalid frames on request (the builder page needs them) and says which rules they break.
import { decode } from '../decode.ts';
import type { Diagnostic, Field, Role } from '../types.ts';
import { encodeFrame, maskKeyOf, type FrameSpec } from './frame-bytes.ts';
import type { Frame } from './types.ts';

export { encodeFrame, payloadOf, type FrameSpec } from './frame-bytes.ts';

export interface EncodeOptions {
	/** Who sends the frame; by default the client when masked, the server when not. */
	from?: Role;
	/** The negotiated Sec-WebSocket-Extensions value, for the RSV1 rule. */
	extensions?: string;
}

export interface EncodeResult {
	bytes: Uint8Array;
	frame: Frame;
	fields: Field[];
	/** The rules a strict receiver finds broken (and what it teaches), from the decoder. */
	diagnostics: Diagnostic[];
	from: Role;
}

export function encode(spec: FrameSpec, options: EncodeOptions = {}): EncodeResult {
	const key = maskKeyOf(spec.mask);
	const bytes = encodeFrame({ ...spec, mask: key });
	const from = options.from ?? (key ? 'client' : 'server');
	const result = decode(bytes, { from, extensions: options.extensions });
	const frame = result.frames[0]!;
	return { bytes, frame, fields: frame.fields ?? [], diagnostics: result.diagnostics, from };
}
