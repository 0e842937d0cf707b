// Which frames the timeline draws. Up to MARK_CAP frames each get a mark; past that each lane is cut
// into MARK_CAP / 2 slices of time and each slice draws one mark, for its first frame, counting the
// others (the message table lists every one). A frame a strict receiver rejects, or a close, is the
// slice's mark when there is one, so problems and the end of the conversation stay visible.
import type { FrameMark } from '$lib/protocol/capture/index.ts';

export const MARK_CAP = 600;

export interface TimelineMark {
	frame: FrameMark;
	/** Its index in the connection's frames (time order). */
	at: number;
	/** Frames this mark stands for (1 unless capped). */
	count: number;
}

const notable = (f: FrameMark) => !f.ok || f.type === 'close';

export function timelineMarks(
	frames: readonly FrameMark[],
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
