// What the shared decode views (Verdict, DiagnosticList, MessageList) read of a decode: a small
// interface that the /decode worker's Analysis satisfies as it is, and that `decodeView` makes of a
// full DecodeResult. Views render these; every fact in them comes from the engine.
import type {
	DecodeResult,
	Diagnostic,
	Frame,
	Message,
	Role,
	Verdict
} from '$lib/protocol/index.ts';

/** A message with the head of its payload: enough to show it, not all of a 10 MB one. */
export interface MessageView {
	index: number;
	type: Message['type'];
	/** The first frames that made it (at most FRAMES_KEPT) and how many there were. */
	frames: number[];
	frameCount: number;
	size: number;
	compressed: boolean;
	compressedSize?: number;
	complete: boolean;
	/** The first PAYLOAD_HEAD bytes of the data (inflated when compressed). */
	head: Uint8Array;
	/** The first PAYLOAD_HEAD bytes as they were on the wire, for compressed messages. */
	compressedHead?: Uint8Array;
	/** The text, cut at TEXT_HEAD characters (textCut says so). */
	text?: string;
	textCut?: boolean;
	code?: number;
	reason?: string;
}

export interface DiagnosticView extends Diagnostic {
	/** Index of the frame the diagnostic points into, or -1 when none holds its first bit. */
	frame: number;
}

/** A decode as the shared views read it: counts, the first messages and diagnostics, the verdict. */
export interface DecodeView {
	bytes: number;
	from: Role;
	fromInferred: boolean;
	frameCount: number;
	/** The first messages (all of them, or the first MESSAGES_KEPT of a large capture). */
	messages: MessageView[];
	messageCount: number;
	/** The first diagnostics, as `messages`. */
	diagnostics: DiagnosticView[];
	diagnosticCount: number;
	verdict: Verdict;
}

/** Frames listed under one message; the rest are counted (decode_messages_count says both). */
export const FRAMES_KEPT = 32;
const PAYLOAD_HEAD = 2048;
const TEXT_HEAD = 2000;

/** A message cut to what a view shows of it. */
export function messageView(m: Message): MessageView {
	const view: MessageView = {
		index: m.index,
		type: m.type,
		frames: m.frames.slice(0, FRAMES_KEPT),
		frameCount: m.frames.length,
		size: m.payload.length,
		compressed: m.compressed,
		complete: m.complete,
		head: m.payload.slice(0, PAYLOAD_HEAD)
	};
	if (m.compressedPayload) {
		view.compressedSize = m.compressedPayload.length;
		view.compressedHead = m.compressedPayload.slice(0, PAYLOAD_HEAD);
	}
	if (m.text !== undefined) {
		view.text = m.text.length > TEXT_HEAD ? m.text.slice(0, TEXT_HEAD) : m.text;
		if (m.text.length > TEXT_HEAD) view.textCut = true;
	}
	if (m.code !== undefined) view.code = m.code;
	if (m.reason !== undefined) view.reason = m.reason;
	return view;
}

/** The frame holding byte `offset`, or -1; a frame cut short also holds the byte just past it. */
function frameIndexAt(frames: readonly Pick<Frame, 'offset' | 'length'>[], offset: number): number {
	for (let i = frames.length - 1; i >= 0; i--) {
		const f = frames[i]!;
		if (f.offset <= offset) return offset <= f.offset + f.length ? i : -1;
	}
	return -1;
}

/**
 * The view of a full decode, for pages that decode small inputs on the main thread; `keep` caps the
 * messages and diagnostics listed (the counts stay whole, and the lists say how many more there are).
 */
export function decodeView(result: DecodeResult, keep = Infinity): DecodeView {
	return {
		bytes: result.bytes,
		from: result.from,
		fromInferred: result.fromInferred,
		frameCount: result.frames.length,
		messages: result.messages.slice(0, keep).map(messageView),
		messageCount: result.messages.length,
		diagnostics: result.diagnostics.slice(0, keep).map((d) => ({
			...d,
			frame: frameIndexAt(result.frames, Math.floor(d.bitOffset / 8))
		})),
		diagnosticCount: result.diagnostics.length,
		verdict: result.verdict
	};
}
