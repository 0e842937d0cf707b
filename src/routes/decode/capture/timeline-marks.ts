// Which frames (or, for a HAR, which messages) the timeline draws. Up to MARK_CAP items each get a
// mark; past that each lane is cut into MARK_CAP / 2 slices of time and each slice draws one mark,
// for its first item, counting the others (the message table lists every one). A frame a strict
// receiver rejects, or a close, is the slice's mark when there is one, so problems and the end of the
// conversation stay visible.
import type { ConnectionDetail, FrameMark, MessageMark } from '$lib/protocol/capture/index.ts';

export const MARK_CAP = 600;

/** What a mark stands for: a frame of a capture, or a message of a HAR (which records no frames). */
export type TimelineItem = Pick<
	FrameMark,
	'role' | 'index' | 'time' | 'type' | 'length' | 'ok' | 'message'
>;

export interface TimelineMark {
	frame: TimelineItem;
	/** Its index in the connection's items (time order). */
	at: number;
	/** Items this mark stands for (1 unless capped). */
	count: number;
}

/** The frames when the connection has them, else its messages (a HAR's), each its own mark. */
export function timelineItems(detail: ConnectionDetail): {
	unit: 'frame' | 'message';
	items: readonly TimelineItem[];
} {
	if (detail.frames.length > 0 || detail.messages.length === 0)
		return { unit: 'frame', items: detail.frames };
	return { unit: 'message', items: detail.messages.map(messageItem) };
}

function messageItem(msg: MessageMark): TimelineItem {
	const { role, index, time, type, length } = msg;
	return { role, index, time, type, length, ok: true, message: index };
}

/** The message a mark belongs to, if it is in the list. */
export function messageOfItem(
	messages: readonly MessageMark[],
	item: TimelineItem
): MessageMark | undefined {
	return messages.find((msg) => msg.role === item.role && msg.index === item.message);
}

const notable = (f: TimelineItem) => !f.ok || f.type === 'close';

export function timelineMarks(
	frames: readonly TimelineItem[],
	start: number,
	span: number,
	cap = MARK_CAP
): { marks: TimelineMark[]; capped: boolean } {
	if (frames.length <= cap) {
		return { marks: frames.map((frame, at) => ({ frame, at, count: 1 })), capped: false };
	}
	const slices = Math.max(1, Math.floor(cap / 2));
	const lanes = {
		client: new Map<number, TimelineMark>(),
		server: new Map<number, TimelineMark>()
	};
	frames.forEach((frame, at) => {
		const t = Number.isFinite(frame.time) ? (frame.time - start) / span : 0;
		const slice = Math.min(slices - 1, Math.max(0, Math.floor(t * slices)));
		const lane = lanes[frame.role];
		const mark = lane.get(slice);
		if (!mark) return lane.set(slice, { frame, at, count: 1 });
		mark.count++;
		if (notable(frame) && !notable(mark.frame)) Object.assign(mark, { frame, at });
	});
	const marks = [...lanes.client.values(), ...lanes.server.values()].sort((a, b) => a.at - b.at);
	return { marks, capped: true };
}
