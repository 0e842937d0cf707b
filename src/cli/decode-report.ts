// The report of `wsviz decode` for people, whatever the input's size: frames and messages are decoded as
// a stream and only the first REPORT_LIMIT of each (and of the diagnostics) are kept and shown, with a
// line that says how many more there are. A million frames are not read in a terminal; --json has all.
import type {
	DecodeOptions,
	DecodeResult,
	Diagnostic,
	Frame,
	Message,
	PayloadResult
} from '../lib/protocol/index.ts';
import { decodeToSink } from '../lib/protocol/decode-stream.ts';
import { renderDecode, type Omitted } from './render.ts';
import type { Palette } from './text.ts';

/** Frames, messages and diagnostics shown in the report, each. */
export const REPORT_LIMIT = 1000;

export interface ReportInput {
	bytes: Uint8Array;
	formatLabel: string;
	notes: readonly string[];
	columns?: number;
	/** What each message carries (--payload), by message index. */
	payloads?: readonly (PayloadResult | null | undefined)[];
}

export function decodeReport(
	input: ReportInput,
	options: DecodeOptions,
	pal: Palette
): { text: string; diagnostics: readonly Diagnostic[] } {
	const frames: Frame[] = [];
	const messages: Message[] = [];
	const summary = decodeToSink(input.bytes, options, {
		start: () => {},
		frame: (f) => void (frames.length < REPORT_LIMIT && frames.push(f)),
		message: (m) => void (messages.length < REPORT_LIMIT && messages.push(m))
	});
	const result: DecodeResult = {
		bytes: input.bytes.length,
		from: summary.from,
		fromInferred: summary.fromInferred,
		frames,
		messages,
		diagnostics: summary.diagnostics.slice(0, REPORT_LIMIT),
		verdict: summary.verdict
	};
	if (summary.unparsed) result.unparsed = summary.unparsed;
	const omitted: Omitted = {
		frames: summary.frameCount - frames.length,
		messages: summary.messageCount - messages.length,
		diagnostics: summary.diagnostics.length - result.diagnostics.length
	};
	const view = { ...input, input: input.bytes, result, omitted };
	return { text: renderDecode(view, pal), diagnostics: summary.diagnostics };
}
