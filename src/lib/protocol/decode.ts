// decode(bytes, options): frames, messages, diagnostics and the verdict of a strict endpoint, in one
// object that every view (and the CLI's JSON) reads.
import { diagnostic } from './diagnostics.ts';
import { directionOf, negotiatedDeflate } from './extensions/permessage-deflate.ts';
import { rsvAllowedBy } from './extensions/rsv.ts';
import { FrameDecoder } from './frame/decoder.ts';
import type { DecodeOptions, Frame } from './frame/types.ts';
import { MessageAssembler } from './message/assembler.ts';
import type { MessageList } from './message/list.ts';
import type { Message } from './message/types.ts';
import type { Diagnostic, Role } from './types.ts';
import { defineLazy } from './lazy.ts';

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

type AssembleOptions = Pick<DecodeOptions, 'maxMessage' | 'extensions' | 'from'>;

/** Turns what a frame decoder has read into messages, diagnostics and a verdict. */
export function assemble(
	frames: FrameDecoder,
	length: number,
	options: AssembleOptions = {}
): DecodeResult {
	return assembled(frames, length, options).result;
}

/**
 * assemble(), with the messages behind the result's `messages`: a reader that packs them into
 * columns (the /decode page's analysis) can count them and read their frames without making an
 * object of each, as `frames.table` does for frames.
 */
export function assembled(
	frames: FrameDecoder,
	length: number,
	options: AssembleOptions = {}
): { result: DecodeResult; messages: MessageList } {
	const from = frames.from ?? options.from ?? 'client';
	const deflate = negotiatedDeflate(options.extensions);
	const assembler = new MessageAssembler({
		maxMessage: options.maxMessage,
		deflate: deflate && directionOf(deflate.config, from)
	});
	const table = frames.table;
	// A row (a frame read whole and clean) that is a whole message stays a row; any other frame is
	// made an object and read the general way.
	for (let i = 0; i < table.count; i++) {
		if (!table.isRow(i) || !assembler.takeRow(table, i)) assembler.push(table.frame(i));
	}
	assembler.end();
	// Rows carry no diagnostics: the decoder makes a row only of a frame that breaks no rule.
	const frameDiagnostics: Diagnostic[] = [];
	for (const f of table.objectFrames) frameDiagnostics.push(...f.diagnostics);
	const first = table.count > 0 ? table.frame(0) : undefined;
	const role = { from: frames.from, fromInferred: frames.fromInferred, first };
	const diagnostics = allDiagnostics(options.extensions, role, frameDiagnostics, assembler);
	const last = table.count > 0 ? table.frame(table.count - 1) : undefined;
	const result: DecodeResult = {
		bytes: length,
		from,
		fromInferred: frames.fromInferred,
		frames: [],
		messages: [],
		diagnostics,
		verdict: verdictOf(diagnostics, last, assembler.closedAtBit)
	};
	// Frame and message objects are made when first read (frame/table.ts): a caller that reads only
	// the verdict, or a few frames, does not pay for a hundred thousand objects.
	defineLazy(result, 'frames', () => frames.frames);
	defineLazy(result, 'messages', () => assembler.messages);
	const unparsed = unparsedOf(frames, length);
	if (unparsed) result.unparsed = unparsed;
	return { result, messages: assembler.published };
}

/** Who sent the bytes, as the frame decoder found it, and the first frame (whose mask bit told). */
export interface RoleSeen {
	from: Role | undefined;
	fromInferred: boolean;
	first: Frame | undefined;
}

/** Every diagnostic in input order: the extension offer's, the inferred role, frames' and messages'. */
export function allDiagnostics(
	extensions: string | undefined,
	role: RoleSeen,
	frameDiagnostics: readonly Diagnostic[],
	assembler: MessageAssembler
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const p of negotiatedDeflate(extensions)?.problems ?? []) {
		diagnostics.push(
			diagnostic('extension_param_invalid', 0, 0, { problem: p.kind, param: p.param.name })
		);
	}
	const { first, from } = role;
	if (role.fromInferred && first && from) {
		const masked = first.masked ? 'masked' : 'not masked';
		diagnostics.push(diagnostic('role_inferred', first.offset * 8 + 8, 1, { masked, role: from }));
	}
	diagnostics.push(...frameDiagnostics, ...assembler.diagnostics);
	return diagnostics.sort((a, b) => a.bitOffset - b.bitOffset);
}

export function unparsedOf(
	frames: FrameDecoder,
	length: number
): DecodeResult['unparsed'] | undefined {
	const offset = frames.unparsedOffset;
	return offset !== undefined && offset < length ? { offset, length: length - offset } : undefined;
}

/** What a strict receiver does: `last` is the input's last frame. */
export function verdictOf(
	diagnostics: Diagnostic[],
	last: Frame | undefined,
	closedAtBit?: number
): Verdict {
	// RFC 6455 §1.4: after a close frame a receiver "discards any further data received", so nothing
	// after it can fail the connection or be waited for (its diagnostics still show what it breaks).
	const end = closedAtBit ?? Infinity;
	const read = diagnostics.filter((d) => d.bitOffset < end);
	const firstError = firstDetected(read.filter((d) => d.severity === 'error'));
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
