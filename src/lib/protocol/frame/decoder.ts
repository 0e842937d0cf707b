// An incremental frame decoder (RFC 6455 §5.2). Push chunks as they arrive; the frames are the same
// however the input is split. States are small functions that return the next state, or nothing while
// they wait for bytes (STYLE.md §3). Bad bytes become diagnostics; nothing here throws on input.
import { diagnostic } from '../diagnostics.ts';
import type { Diagnostic, Role } from '../types.ts';
import { frameFields } from './fields.ts';
import { xorInto } from './mask.ts';
import { opcodeSpec } from './opcodes.ts';
import { checkHeader, HEADER_READ, type HeaderRead, type RuleContext } from './rules.ts';
import { RowReader } from './rows.ts';
import { headerReadBy, missingBytes, readHead, readPayload, type State } from './states.ts';
import { FrameTable } from './table.ts';
import type { Frame } from './types.ts';

export interface FrameDecoderOptions {
	/** Who sent the bytes; inferred from the first frame's mask bit when absent. */
	from?: Role;
	/** RSV bits that negotiated extensions define (index 0 = RSV1). */
	rsvAllowed?: readonly [boolean, boolean, boolean];
	/** Build annotated fields for every frame (default true). */
	annotate?: boolean;
	/**
	 * Keep every frame in `frames` (default true). A long stream can instead hand each frame to
	 * `onFrame` and keep none, as a receiving endpoint does.
	 */
	keep?: boolean;
	onFrame?: (frame: Frame) => void;
}

export class FrameDecoder {
	/**
	 * The frames read so far (none when `keep` is false), in one array that grows as more are read.
	 * Frames read whole and clean are rows of `table` until asked for: this makes their objects.
	 */
	get frames(): Frame[] {
		return this.table.frames();
	}

	/** Every frame kept, as rows and objects (see frame/table.ts). */
	readonly table: FrameTable;
	/** Who sent the bytes, once known. */
	from: Role | undefined;
	/** True when `from` was inferred from the first frame's mask bit. */
	fromInferred = false;
	/** Where parsing stopped for good after a fatal problem; the rest of the input is unparsed. */
	unparsedOffset: number | undefined;

	private readonly annotate: boolean;
	private readonly rsvAllowed: readonly [boolean, boolean, boolean];
	private buffers: Uint8Array[] = [];
	private head = 0;
	private buffered = 0;
	/** Absolute offset of the next unread byte. */
	private position = 0;
	private state: State = readHead;
	/** The frame being read; its payload is filled in when all of it has arrived. */
	cur: Frame | undefined;
	/** How many frames have been read, kept or not. */
	count = 0;
	private readonly keep: boolean;
	private readonly onFrame: ((frame: Frame) => void) | undefined;
	/** Unmasked payloads and masking keys of small frames share slabs: see `alloc`. */
	private slab: ArrayBuffer | undefined;
	private slabUsed = 0;
	/** The fast lane into `table` (frames kept, none handed on one by one), once the sender is known. */
	private rows: RowReader | undefined;

	constructor(options: FrameDecoderOptions = {}) {
		this.from = options.from;
		this.annotate = options.annotate ?? true;
		this.keep = options.keep ?? true;
		this.onFrame = options.onFrame;
		this.rsvAllowed = options.rsvAllowed ?? [false, false, false];
		this.table = new FrameTable(this.annotate, this.rsvAllowed);
	}

	/**
	 * Feeds bytes; the frames they complete are added to `frames` (or handed to `onFrame`). The chunk
	 * is kept by reference, not copied.
	 */
	push(chunk: Uint8Array): void {
		if (chunk.length > 0) {
			this.buffers.push(chunk);
			this.buffered += chunk.length;
		}
		let state: State | undefined = this.state;
		while (state) {
			if (state === readHead) this.readRows();
			this.state = state;
			state = state(this);
		}
	}

	/**
	 * Between frames, whole clean frames go into table rows without objects (frame/rows.ts); the
	 * state machine reads whatever stops that loop. Only when frames are kept and nothing wants each
	 * frame as it comes, and once the sender is known (the first mask bit may decide it).
	 */
	private readRows(): void {
		if (this.rows === undefined) {
			if (!this.keep || this.onFrame || this.from === undefined) return;
			this.rows = new RowReader(this.table, this.from === 'client');
		}
		if (this.unparsedOffset !== undefined) return;
		for (let buf = this.buffers[0]; buf; buf = this.buffers[0]) {
			const from = this.head;
			const read = this.rows.read(buf, from, buf.length, this.position) - from;
			if (read === 0) return;
			this.count = this.table.count;
			this.skip(read);
			if (this.head !== 0) return; // stopped inside this chunk: the state machine goes on
		}
	}

	/** Ends the input: a frame cut short is added as incomplete, with what it still needs. */
	end(): void {
		if (this.unparsedOffset !== undefined) {
			this.push(EMPTY);
			return;
		}
		if (!this.cur && this.buffered === 1) this.startFrame(this.takeByte(), undefined);
		const f = this.cur;
		if (f) {
			const inPayload = this.state === readPayload;
			const rest = this.take(this.buffered);
			if (inPayload) f.payload = f.maskKey ? this.unmasked(rest, 0, rest.length, f.maskKey) : rest;
			else f.headerLength += rest.length;
			f.length = f.headerLength + f.payload.length;
			f.complete = false;
			f.missing = missingBytes(f, this.state);
			// A header cut short is judged on what arrived: the length is known once the state has moved
			// past the length fields, and the second byte once the state has moved past readHead.
			if (!inPayload) f.diagnostics.push(...this.check(f, headerReadBy(this.state, f)));
			const part = inPayload ? 'payload' : 'header';
			f.diagnostics.push(
				diagnostic('frame_truncated', (f.offset + f.length) * 8, 0, { part, missing: f.missing })
			);
			this.finish(f);
			this.state = readHead;
		}
		this.push(EMPTY);
	}

	/** True when every byte pushed so far has been read into frames. */
	get idle(): boolean {
		return this.cur === undefined && this.buffered === 0;
	}

	has(n: number): boolean {
		return this.buffered >= n;
	}

	takeByte(): number {
		const buf = this.buffers[0]!;
		const b = buf[this.head++]!;
		if (this.head === buf.length) {
			this.buffers.shift();
			this.head = 0;
		}
		this.buffered--;
		this.position++;
		return b;
	}

	/** The next n bytes: a view when they lie in one chunk, else a fresh copy. */
	take(n: number): Uint8Array {
		this.buffered -= n;
		this.position += n;
		const first = this.buffers[0];
		if (n === 0 || !first) return new Uint8Array(0);
		if (first.length - this.head >= n) {
			// Not subarray(): on a Node Buffer that is several times slower, and returns a Buffer.
			const view = new Uint8Array(first.buffer, first.byteOffset + this.head, n);
			this.head += n;
			if (this.head === first.length) {
				this.buffers.shift();
				this.head = 0;
			}
			return view;
		}
		const out = new Uint8Array(n);
		let filled = 0;
		while (filled < n) {
			const buf = this.buffers[0]!;
			const count = Math.min(buf.length - this.head, n - filled);
			out.set(buf.subarray(this.head, this.head + count), filled);
			filled += count;
			this.head += count;
			if (this.head === buf.length) {
				this.buffers.shift();
				this.head = 0;
			}
		}
		return out;
	}

	/** The next n bytes unmasked (RFC 6455 §5.3): XORed with the key as they are copied out. */
	takeUnmasked(n: number, key: Uint8Array): Uint8Array {
		const first = this.buffers[0];
		if (first && first.length - this.head >= n) {
			const out = this.unmasked(first, this.head, n, key);
			this.skip(n);
			return out;
		}
		// Aligned like the first piece: pieces of one larger buffer (a socket's read, cut in chunks)
		// then stay aligned with it, and xorInto XORs whole words in one pass.
		const out = this.alloc(n, first ? (first.byteOffset + this.head) & 3 : 0);
		this.buffered -= n;
		this.position += n;
		let filled = 0;
		while (filled < n) {
			const buf = this.buffers[0]!;
			const count = Math.min(buf.length - this.head, n - filled);
			xorInto(out, filled, buf, this.head, count, key, filled);
			filled += count;
			this.head += count;
			if (this.head === buf.length) {
				this.buffers.shift();
				this.head = 0;
			}
		}
		return out;
	}

	/** Moves past n bytes of the first chunk. */
	private skip(n: number): void {
		this.buffered -= n;
		this.position += n;
		this.head += n;
		if (this.head === this.buffers[0]!.length) {
			this.buffers.shift();
			this.head = 0;
		}
	}

	/** `src[from, from + n)` unmasked into fresh room aligned like it, so whole words can be XORed. */
	private unmasked(src: Uint8Array, from: number, n: number, key: Uint8Array): Uint8Array {
		const out = this.alloc(n, (src.byteOffset + from) & 3);
		xorInto(out, 0, src, from, n, key, 0);
		return out;
	}

	/**
	 * Room for n bytes at an address that is `align` mod 4. Small payloads and masking keys share 64 KiB
	 * slabs: one allocation for many frames instead of one each, which is most of what decoding many
	 * small frames costs. Frames keep their slab alive; payloads are views, as unmasked ones always were.
	 */
	alloc(n: number, align: number): Uint8Array {
		if (n > SLAB_SIZE / 16) return new Uint8Array(new ArrayBuffer(n + align), align, n);
		let at = this.slabUsed + ((align - this.slabUsed) & 3);
		if (!this.slab || at + n > SLAB_SIZE) {
			this.slab = new ArrayBuffer(SLAB_SIZE);
			at = align;
		}
		this.slabUsed = at + n;
		return new Uint8Array(this.slab, at, n);
	}

	get offset(): number {
		return this.position;
	}

	/** Starts a frame from its first two bytes (only the first when the input ends after it). */
	startFrame(b0: number, b1: number | undefined): Frame {
		const opcode = b0 & 0x0f;
		const masked = b1 !== undefined && (b1 & 0x80) !== 0;
		if (this.from === undefined && b1 !== undefined) {
			// RFC 6455 §5.1: only clients mask, so the first mask bit tells who sent the bytes.
			this.from = masked ? 'client' : 'server';
			this.fromInferred = true;
		}
		const frame: Frame = {
			index: this.count,
			offset: this.position - (b1 === undefined ? 1 : 2),
			length: b1 === undefined ? 1 : 2,
			fin: (b0 & 0x80) !== 0,
			rsv1: (b0 & 0x40) !== 0,
			rsv2: (b0 & 0x20) !== 0,
			rsv3: (b0 & 0x10) !== 0,
			opcode,
			type: opcodeSpec(opcode).name,
			masked,
			lengthBits: 7,
			payloadLength: (b1 ?? 0) & 0x7f,
			headerLength: b1 === undefined ? 1 : 2,
			payloadOffset: this.position,
			payload: EMPTY,
			complete: true,
			headerComplete: false,
			missing: 0,
			diagnostics: []
		};
		this.cur = frame;
		return frame;
	}

	/**
	 * The whole header is read: checks it against the rules. Parsing goes on whatever they find (the
	 * payload length is usable, so the next frame starts where it says); only `stop` ends it.
	 */
	headerRead(f: Frame): void {
		f.headerLength = this.position - f.offset;
		f.payloadOffset = this.position;
		f.length = f.headerLength;
		f.headerComplete = true;
		const found = this.check(f, HEADER_READ.whole);
		if (found.length > 0) f.diagnostics.push(...found);
	}

	private check(f: Frame, read: HeaderRead): Diagnostic[] {
		const from = this.from ?? 'client';
		// One context per sender, not one per frame.
		if (this.ctx?.from !== from) this.ctx = { from, rsvAllowed: this.rsvAllowed };
		return checkHeader(f, this.ctx, read);
	}

	private ctx: RuleContext | undefined;

	finish(f: Frame): void {
		if (this.annotate) f.fields = frameFields(f, this.rsvAllowed);
		if (this.keep) this.table.addObject(f);
		this.count++;
		this.onFrame?.(f);
		this.cur = undefined;
	}

	/** Stops parsing for good: the frame's length cannot be used, so the rest of the input is unparsed. */
	stop(f: Frame, d: Diagnostic): void {
		f.headerLength = this.position - f.offset;
		f.payloadOffset = this.position;
		f.length = f.headerLength;
		f.diagnostics.push(...this.check(f, HEADER_READ.length), d);
		f.complete = false;
		this.finish(f);
		this.unparsedOffset = this.position;
		this.skipRest();
	}

	/** Drops every byte buffered so far (after a fatal problem). */
	skipRest(): void {
		this.take(this.buffered);
	}
}

const EMPTY = new Uint8Array(0);
const SLAB_SIZE = 64 * 1024;
