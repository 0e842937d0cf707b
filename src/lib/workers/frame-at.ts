// One frame in full (payload unmasked, annotated fields) from the compact analysis, built on demand
// on the main thread: the worker posts no Frame objects, and only the frames on screen need fields.
// The engine reads the frame's own bytes again; its offsets are then moved to where the frame sits in
// the input, so the fields' bit positions are absolute like everywhere else.
import { FrameDecoder, rsvAllowedBy, type Frame, type Role } from '../protocol/index.ts';
import { frameFields } from '../protocol/frame/fields.ts';
import type { FrameTable } from './analysis.ts';

export class FrameCache {
	private readonly cache = new Map<number, Frame>();
	private readonly rsvAllowed: [boolean, boolean, boolean];

	constructor(
		private readonly input: Uint8Array,
		private readonly table: FrameTable,
		private readonly from: Role,
		extensions: string | undefined,
		private readonly limit = 2000
	) {
		this.rsvAllowed = rsvAllowedBy(extensions);
	}

	/** Frame `index` with its fields, or undefined past the last frame. */
	get(index: number): Frame | undefined {
		if (index < 0 || index >= this.table.count) return undefined;
		const hit = this.cache.get(index);
		if (hit) return hit;
		const frame = this.read(index);
		if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value!);
		this.cache.set(index, frame);
		return frame;
	}

	private read(index: number): Frame {
		const offset = this.table.offset[index]!;
		const bytes = this.input.subarray(offset, offset + this.table.length[index]!);
		const decoder = new FrameDecoder({
			from: this.from,
			rsvAllowed: this.rsvAllowed,
			annotate: false
		});
		decoder.push(bytes);
		decoder.end();
		const frame = decoder.frames[0]!;
		frame.index = index;
		frame.offset += offset;
		frame.payloadOffset += offset;
		frame.fields = frameFields(frame, this.rsvAllowed);
		// Only the frame's own rules held here; the whole-input diagnostics come from the analysis.
		frame.diagnostics = [];
		return frame;
	}
}
