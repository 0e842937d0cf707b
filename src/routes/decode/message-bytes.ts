// Where a message's bytes are in the input: a data message is its frames' payloads joined (RFC 6455
// §5.4), so message byte k lies in the frame whose payload holds it. A compressed message's bytes are
// inflated (RFC 7692 §6.2) and are not in the input at all: it maps to nothing.
import type { MessageView } from '$lib/components/decode-view.ts';
import type { FrameTable } from '$lib/workers/frame-table.ts';

export interface ByteRange {
	start: number;
	end: number;
}

/** The input byte ranges holding message bytes start..end (end exclusive). */
export function inputRanges(
	table: FrameTable,
	message: MessageView,
	start: number,
	end: number
): ByteRange[] {
	if (message.compressed) return [];
	const out: ByteRange[] = [];
	let at = 0; // message bytes before this frame
	for (const f of message.frames) {
		const length = table.payloadLength[f]! - table.missing[f]!;
		const from = Math.max(start, at);
		const to = Math.min(end, at + length);
		if (from < to)
			out.push({
				start: table.payloadOffset[f]! + from - at,
				end: table.payloadOffset[f]! + to - at
			});
		at += length;
		if (at >= end) break;
	}
	return out;
}

/** The message and message byte that input byte `offset` holds, or null (a header, a control frame). */
export function messageByteAt(
	table: FrameTable,
	messages: readonly MessageView[],
	frame: number,
	offset: number
): { message: MessageView; byte: number } | null {
	const index = table.message[frame] ?? -1;
	const message = messages.find((m) => m.index === index);
	if (!message || message.compressed || offset < table.payloadOffset[frame]!) return null;
	let at = 0;
	for (const f of message.frames) {
		if (f === frame) return { message, byte: at + offset - table.payloadOffset[frame]! };
		at += table.payloadLength[f]! - table.missing[f]!;
	}
	return null;
}
