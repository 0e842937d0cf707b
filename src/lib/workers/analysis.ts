// What the /decode page shows of one direction, in a compact form a Web Worker can post cheaply: the
// frames as columns of typed arrays (transferable, no per-frame objects), the first messages with
// the head of their payloads, and the diagnostics with the frame each points into. The engine does
// all the reading (FrameDecoder, assemble); this only packs its results. Runs on the main thread for
// small captures and in decode.worker.ts for large ones, so both give the same shape.
import type { FrameFacts, FrameTable as FrameColumns } from '../protocol/frame/table.ts';
import { readStream, type ReadOptions } from './read.ts';
import { messageView } from '../components/decode-view.ts';
import { SEVERITY } from '../components/fields.ts';
import { FLAG, frameAt, type Analysis, type FrameTable } from './frame-table.ts';

export { FLAG, frameAt, PAGE_MAX_MESSAGE, type Analysis, type FrameTable } from './frame-table.ts';

export type AnalyzeOptions = ReadOptions;

export const MESSAGES_KEPT = 500;
export const DIAGNOSTICS_KEPT = 500;

/** Decodes bytes in chunks (reporting progress as a fraction) and packs what the engine found. */
export function analyze(
	input: Uint8Array,
	given: AnalyzeOptions = {},
	onProgress?: (fraction: number) => void
): Analysis {
	const { result, head, frames: table, messages } = readStream(input, given, onProgress);
	// Straight from the engine's frame table and message list: a hundred thousand small frames make
	// no frame or message object here, only the first MESSAGES_KEPT messages do.
	const frames = frameTable(table);
	messages.eachFrame((frame, message) => (frames.message[frame] = message));
	for (const d of result.diagnostics) {
		const i = frameAt(frames, Math.floor(d.bitOffset / 8));
		if (i >= 0) frames.severity[i] = Math.max(frames.severity[i]!, SEVERITY[d.severity].rank);
	}
	const analysis: Analysis = {
		bytes: result.bytes,
		from: result.from,
		fromInferred: result.fromInferred,
		frameCount: frames.count,
		frames,
		messages: messages.head(MESSAGES_KEPT).map(messageView),
		messageCount: messages.count,
		diagnostics: result.diagnostics
			.slice(0, DIAGNOSTICS_KEPT)
			.map((d) => ({ ...d, frame: frameAt(frames, Math.floor(d.bitOffset / 8)) })),
		diagnosticCount: result.diagnostics.length,
		verdict: result.verdict
	};
	if (result.unparsed) analysis.unparsed = result.unparsed;
	if (head) analysis.head = head;
	return analysis;
}

function frameTable(table: FrameColumns): FrameTable {
	const n = table.count;
	const t: FrameTable = {
		count: n,
		offset: new Float64Array(n),
		length: new Float64Array(n),
		headerLength: new Uint8Array(n),
		payloadOffset: new Float64Array(n),
		payloadLength: new Float64Array(n),
		missing: new Float64Array(n),
		opcode: new Uint8Array(n),
		flags: new Uint8Array(n),
		message: new Int32Array(n).fill(-1),
		severity: new Uint8Array(n)
	};
	const scratch = {} as FrameFacts;
	for (let i = 0; i < n; i++) {
		const f = table.facts(i, scratch);
		t.offset[i] = f.offset;
		t.length[i] = f.length;
		t.headerLength[i] = f.headerLength;
		t.payloadOffset[i] = f.payloadOffset;
		t.payloadLength[i] = Number(f.payloadLength);
		t.missing[i] = f.missing;
		t.opcode[i] = f.opcode;
		t.flags[i] =
			(f.fin ? FLAG.fin : 0) |
			(f.rsv1 ? FLAG.rsv1 : 0) |
			(f.rsv2 ? FLAG.rsv2 : 0) |
			(f.rsv3 ? FLAG.rsv3 : 0) |
			(f.masked ? FLAG.masked : 0) |
			(f.complete ? FLAG.complete : 0) |
			(f.headerComplete ? FLAG.headerComplete : 0);
	}
	return t;
}

/** The buffers of an analysis, to transfer rather than copy when posting it. */
export function transferables(a: Analysis): ArrayBuffer[] {
	const t = a.frames;
	const columns = [
		t.offset,
		t.length,
		t.headerLength,
		t.payloadOffset,
		t.payloadLength,
		t.missing,
		t.opcode,
		t.flags,
		t.message,
		t.severity
	];
	return columns.map((c) => c.buffer as ArrayBuffer);
}
