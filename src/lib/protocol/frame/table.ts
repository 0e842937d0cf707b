// Frames as columns (a struct of arrays): decoding many small frames spent most of its time making one
// object per frame (the frame, its payload and key views, its diagnostics array). A frame the decoder
// reads whole and without a diagnostic is a row of typed arrays here; its Frame object is made the
// first time someone asks for it, and the same object is returned after. Frames the decoder reads the
// general way (a diagnostic, a header or payload across chunks, the end of the input) are kept as the
// objects they already are.
import { frameFields } from './fields.ts';
import { opcodeSpec } from './opcodes.ts';
import type { Frame } from './types.ts';

/** A row's payload is an object frame's, not in `sources`. */
const OBJECT_ROW = -1;
const EMPTY = new Uint8Array(0);

export class FrameTable {
	/** Frames in the table, rows and objects. */
	count = 0;
	/** Byte 0 of each header as on the wire: FIN, RSV1-3, opcode (RFC 6455 §5.2). */
	byte0 = new Uint8Array(256);
	/** 1 when the frame is masked. */
	masked = new Uint8Array(256);
	headerLength = new Uint8Array(256);
	offset = new Float64Array(256);
	payloadLength = new Float64Array(256);
	/** Where each payload (unmasked) lies: an index into `sources`, or OBJECT_ROW, and an offset in it. */
	source = new Int32Array(256);
	sourceAt = new Float64Array(256);
	/** Masking keys, 4 bytes a row. */
	keys = new Uint8Array(1024);
	/** The byte arrays payloads are views of: input chunks (unmasked frames) and unmasking slabs. */
	readonly sources: Uint8Array[] = [];
	/** Frames read the general way, in input order: the only ones that can carry diagnostics. */
	readonly objectFrames: Frame[] = [];

	/** Frames materialised in order, 0 to list.length - 1: what `frames` returns. */
	private readonly list: Frame[] = [];
	/** Frames past `list` that exist as objects (read the general way, or asked for one by one). */
	private readonly ahead = new Map<number, Frame>();

	/** Fields are made when a row becomes an object, with the RSV bits extensions allow. */
	constructor(
		private readonly annotate: boolean,
		private readonly rsvAllowed: RsvAllowed
	) {}

	/** Room for one more row; returns its index. */
	addRow(): number {
		if (this.count === this.byte0.length) this.grow();
		return this.count++;
	}

	/** A frame read the general way takes the next index as it is. */
	addObject(f: Frame): void {
		const i = this.addRow();
		this.source[i] = OBJECT_ROW;
		this.objectFrames.push(f);
		this.ahead.set(i, f);
	}

	/** True when frame i is a row (read whole and clean), not an object frame. */
	isRow(i: number): boolean {
		return this.source[i] !== OBJECT_ROW;
	}

	/** Frame i as an object, made on the first call. */
	frame(i: number): Frame {
		if (i < this.list.length) return this.list[i]!;
		let f = this.ahead.get(i);
		if (!f) {
			f = this.materialise(i);
			this.ahead.set(i, f);
		}
		return f;
	}

	/**
	 * Frame i's header and place, what frame(i) says of them, without making its object: the frame
	 * itself when it is one, else `scratch` filled from the row (and returned). For readers that pack
	 * every frame into columns of their own (the /decode page's analysis).
	 */
	facts(i: number, scratch: FrameFacts): FrameFacts {
		if (!this.isRow(i)) return this.frame(i);
		const b0 = this.byte0[i]!;
		const headerLength = this.headerLength[i]!;
		const payloadLength = this.payloadLength[i]!;
		scratch.offset = this.offset[i]!;
		scratch.length = headerLength + payloadLength;
		scratch.headerLength = headerLength;
		scratch.payloadOffset = scratch.offset + headerLength;
		scratch.payloadLength = payloadLength;
		scratch.opcode = b0 & 0x0f;
		scratch.fin = (b0 & 0x80) !== 0;
		scratch.rsv1 = (b0 & 0x40) !== 0;
		scratch.rsv2 = (b0 & 0x20) !== 0;
		scratch.rsv3 = (b0 & 0x10) !== 0;
		scratch.masked = this.masked[i] === 1;
		// A row is a frame read whole.
		scratch.complete = scratch.headerComplete = true;
		scratch.missing = 0;
		return scratch;
	}

	/** Every frame as an object (made now for rows not asked for yet), in one array kept up to date. */
	frames(): Frame[] {
		const list = this.list;
		while (list.length < this.count) {
			const i = list.length;
			const f = this.ahead.get(i);
			if (f) this.ahead.delete(i);
			list.push(f ?? this.materialise(i));
		}
		return list;
	}

	/** Registers a byte array payloads are views of; returns its index. */
	addSource(bytes: Uint8Array): number {
		return this.sources.push(bytes) - 1;
	}

	private materialise(i: number): Frame {
		const b0 = this.byte0[i]!;
		const masked = this.masked[i] === 1;
		const headerLength = this.headerLength[i]!;
		const offset = this.offset[i]!;
		const payloadLength = this.payloadLength[i]!;
		const opcode = b0 & 0x0f;
		const src = this.sources[this.source[i]!]!;
		const at = this.sourceAt[i]!;
		// The same properties in the same order as FrameDecoder.startFrame, so both shapes are one.
		const frame: Frame = {
			index: i,
			offset,
			length: headerLength + payloadLength,
			fin: (b0 & 0x80) !== 0,
			rsv1: (b0 & 0x40) !== 0,
			rsv2: (b0 & 0x20) !== 0,
			rsv3: (b0 & 0x10) !== 0,
			opcode,
			type: opcodeSpec(opcode).name,
			masked,
			lengthBits: LENGTH_BITS[headerLength - (masked ? 4 : 0)]!,
			payloadLength,
			headerLength,
			payloadOffset: offset + headerLength,
			payload:
				payloadLength === 0
					? EMPTY
					: new Uint8Array(src.buffer, src.byteOffset + at, payloadLength),
			complete: true,
			headerComplete: true,
			missing: 0,
			diagnostics: []
		};
		if (masked) frame.maskKey = this.keys.slice(i * 4, i * 4 + 4);
		if (this.annotate) frame.fields = frameFields(frame, this.rsvAllowed);
		return frame;
	}

	private grow(): void {
		const n = this.byte0.length * 2;
		this.byte0 = grown(this.byte0, new Uint8Array(n));
		this.masked = grown(this.masked, new Uint8Array(n));
		this.headerLength = grown(this.headerLength, new Uint8Array(n));
		this.offset = grown(this.offset, new Float64Array(n));
		this.payloadLength = grown(this.payloadLength, new Float64Array(n));
		this.source = grown(this.source, new Int32Array(n));
		this.sourceAt = grown(this.sourceAt, new Float64Array(n));
		this.keys = grown(this.keys, new Uint8Array(n * 4));
	}
}

export type RsvAllowed = readonly [boolean, boolean, boolean];

/** What FrameTable.facts tells of a frame: its header bits and where it lies. */
export type FrameFacts = Pick<
	Frame,
	| 'offset'
	| 'length'
	| 'headerLength'
	| 'payloadOffset'
	| 'payloadLength'
	| 'missing'
	| 'opcode'
	| 'fin'
	| 'rsv1'
	| 'rsv2'
	| 'rsv3'
	| 'masked'
	| 'complete'
	| 'headerComplete'
>;

/** RFC 6455 §5.2: a header without its key is 2 bytes (7-bit length), 4 (16-bit) or 10 (64-bit). */
const LENGTH_BITS: Record<number, 7 | 16 | 64> = { 2: 7, 4: 16, 10: 64 };

function grown<T extends Uint8Array | Int32Array | Float64Array>(old: T, bigger: T): T {
	bigger.set(old as never);
	return bigger;
}
