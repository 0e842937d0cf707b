// decode() for inputs too big to hold decoded: frames and messages are handed to a sink as they are
// read and none is kept, so memory follows the input, not the number of frames. Two passes over the
// bytes (frames, then messages) give them in the order `decode --json` prints them; both passes read
// the same bytes with the same options, so they see the same frames.
import {
	allDiagnostics,
	unparsedOf,
	verdictOf,
	type DecodeResult,
	type RoleSeen,
	type Verdict
} from './decode.ts';
import { directionOf, negotiatedDeflate } from './extensions/permessage-deflate.ts';
import { rsvAllowedBy } from './extensions/rsv.ts';
import { FrameDecoder } from './frame/decoder.ts';
import type { DecodeOptions, Frame } from './frame/types.ts';
import { MessageAssembler } from './message/assembler.ts';
import type { Message } from './message/types.ts';
import type { Diagnostic, Role } from './types.ts';

export interface DecodeSink {
	/** Once, before the first frame (or at the end when there is none): who sent the bytes. */
	start(from: Role, fromInferred: boolean): void;
	/** Each frame in input order, with its fields when `annotate` is on. It is not kept. */
	frame(f: Frame): void;
	/** Each message once every frame of it has been handed to `frame`. */
	message(m: Message): void;
}

/** What decode() returns besides the frames and messages, which went to the sink. */
export interface DecodeSummary {
	from: Role;
	fromInferred: boolean;
	frameCount: number;
	messageCount: number;
	diagnostics: Diagnostic[];
	unparsed?: DecodeResult['unparsed'];
	verdict: Verdict;
}

export function decodeToSink(
	bytes: Uint8Array,
	options: DecodeOptions,
	sink: DecodeSink
): DecodeSummary {
	const seen = readFrames(bytes, options, sink);
	const from = seen.role.from ?? options.from ?? 'client';
	const deflate = negotiatedDeflate(options.extensions);
	let messageCount = 0;
	const assembler = new MessageAssembler({
		maxMessage: options.maxMessage,
		deflate: deflate && directionOf(deflate.config, from),
		keep: false,
		onMessage: (m) => {
			messageCount++;
			sink.message(m);
		}
	});
	const again = frameDecoder(options, (f) => assembler.push(f));
	again.push(bytes);
	again.end();
	assembler.end();
	const diagnostics = allDiagnostics(options.extensions, seen.role, seen.diagnostics, assembler);
	const summary: DecodeSummary = {
		from,
		fromInferred: seen.role.fromInferred,
		frameCount: seen.count,
		messageCount,
		diagnostics,
		verdict: verdictOf(diagnostics, seen.last, assembler.closedAtBit)
	};
	if (seen.unparsed) summary.unparsed = seen.unparsed;
	return summary;
}

interface FramesSeen {
	role: RoleSeen;
	last: Frame | undefined;
	count: number;
	diagnostics: Diagnostic[];
	unparsed?: DecodeResult['unparsed'];
}

/** The first pass: every frame to the sink; only their diagnostics and the last frame are kept. */
function readFrames(bytes: Uint8Array, options: DecodeOptions, sink: DecodeSink): FramesSeen {
	const diagnostics: Diagnostic[] = [];
	let first: Frame | undefined;
	let last: Frame | undefined;
	const decoder = frameDecoder(
		options,
		(f) => {
			if (!first) {
				first = f;
				sink.start(decoder.from ?? options.from ?? 'client', decoder.fromInferred);
			}
			last = f;
			for (const d of f.diagnostics) diagnostics.push(d);
			sink.frame(f);
		},
		options.annotate ?? true
	);
	decoder.push(bytes);
	decoder.end();
	if (!first) sink.start(decoder.from ?? options.from ?? 'client', decoder.fromInferred);
	const role = { from: decoder.from, fromInferred: decoder.fromInferred, first };
	const seen: FramesSeen = { role, last, count: decoder.count, diagnostics };
	const unparsed = unparsedOf(decoder, bytes.length);
	if (unparsed) seen.unparsed = unparsed;
	return seen;
}

function frameDecoder(
	options: DecodeOptions,
	onFrame: (f: Frame) => void,
	annotate = false
): FrameDecoder {
	return new FrameDecoder({
		from: options.from,
		rsvAllowed: rsvAllowedBy(options.extensions),
		annotate,
		keep: false,
		onFrame
	});
}
