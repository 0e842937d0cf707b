// decode(bytes, options): frames, messages, diagnostics and the verdict of a strict endpoint, in one
// object that every view (and the CLI's JSON) reads.
import { diagnostic } from './diagnostics.ts';
import { directionOf, negotiatedDeflate } from './extensions/permessage-deflate.ts';
import { rsvAllowedBy } from './extensions/rsv.ts';
import { FrameDecoder } from './frame/decoder.ts';
import type { DecodeOptions, Frame } from './frame/types.ts';
import { MessageAssembler } from './message/assembler.ts';
import type { Message } from './message/types.ts';
import type { Diagnostic, Role } from './types.ts';

export interface Verdict {
	/** False when a strict endpoint must fail the connection. */
	ok: boolean;
	/** The close code it sends: that of the first error it detects reading in order (see firstDetected). */
	closeCode: number | null;
	/** Bytes still missing at the end of the input (0 when the last frame is whole, or follows a close). */
	needMoreBytes: number;
	/** The first error detected before any close frame, which decides the close code. */
	firstError?: Diagnostic;
}

export interface DecodeResult {
	bytes: number;
	from: Role;
	fromInferred: boolean;
	frames: Frame[];
	messages: Message[];
	/** Every diagnostic, frame and message ones included, in input order. */
	diagnostics: Diagnostic[];
	/** After a fatal problem the rest of the input cannot be read as frames: it starts here. */
	unparsed?: { offset: number; length: number };
	verdict: Verdict;
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
	const frames = new FrameDecoder({
		from: options.from,
		rsvAllowed: rsvAllowedBy(options.extensions),
		annotate: options.annotate
	});
	frames.push(bytes);
	frames.end();
	return assemble(frames, bytes.length, options);
}

/** Turns what a frame decoder has read into messages, diagnostics and a verdict. */
export function assemble(
	frames: FrameDecoder,
	length: number,
	options: Pick<DecodeOptions, 'maxMessage' | 'extensions' | 'from'> = {}
): DecodeResult {
	const from = frames.from ?? options.from ?? 'client';
	const diagnostics: Diagnostic[] = [];
	const deflate = negotiatedDeflate(options.extensions);
	for (const p of deflate?.problems ?? []) {
		diagnostics.push(
			diagnostic('extension_param_invalid', 0, 0, { problem: p.kind, param: p.param.name })
		);
	}
	const assembler = new MessageAssembler({
		maxMessage: options.maxMessage,
		deflate: deflate && directionOf(deflate.config, from)
	});
	for (const f of frames.frames) assembler.push(f);
	assembler.end();
	const first = frames.frames[0];
	if (frames.fromInferred && first && frames.from) {
		diagnostics.push(
			diagnostic('role_inferred', first.offset * 8 + 8, 1, {
				masked: first.masked,
				role: frames.from
			})
		);
	}
	for (const f of frames.frames) diagnostics.push(...f.diagnostics);
	diagnostics.push(...assembler.diagnostics);
	diagnostics.sort((a, b) => a.bitOffset - b.bitOffset);
	const result: DecodeResult = {
		bytes: length,
		from,
		fromInferred: frames.fromInferred,
		frames: frames.frames,
		messages: assembler.messages,
		diagnostics,
		verdict: verdictOf(diagnostics, frames.frames, assembler.closedAtBit)
	};
	if (frames.unparsedOffset !== undefined && frames.unparsedOffset < length) {
		result.unparsed = { offset: frames.unparsedOffset, length: length - frames.unparsedOffset };
	}
	return result;
}

function verdictOf(diagnostics: Diagnostic[], frames: Frame[], closedAtBit?: number): Verdict {
	// RFC 6455 §1.4: after a close frame a receiver "discards any further data received", so nothing
	// after it can fail the connection or be waited for (its diagnostics still show what it breaks).
	const end = closedAtBit ?? Infinity;
	const read = diagnostics.filter((d) => d.bitOffset < end);
	const firstError = firstDetected(read.filter((d) => d.severity === 'error'));
	const last = frames[frames.length - 1];
	const waiting = last && !last.complete && last.offset * 8 < end;
	const verdict: Verdict = {
		ok: !firstError,
		closeCode: firstError?.closeCode ?? null,
		needMoreBytes: waiting && !firstError ? last.missing : 0
	};
	if (firstError) verdict.firstError = firstError;
	return verdict;
}

/**
 * The error a receiver reading the bytes in order meets first (RFC 6455 §7.1.7: it fails the
 * connection then). An error is known once the last of its bits has arrived: a header rule at its
 * field, a bad UTF-8 byte at that byte, but a sequence cut short only at the end of its message and
 * a fragment that does not inflate at the end of that fragment, which is where their ranges end.
 * Ties keep the input order of `errors`.
 */
function firstDetected(errors: Diagnostic[]): Diagnostic | undefined {
	let first: Diagnostic | undefined;
	for (const d of errors) {
		if (!first || d.bitOffset + d.bitLength < first.bitOffset + first.bitLength) first = d;
	}
	return first;
}
