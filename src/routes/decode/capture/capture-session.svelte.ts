// A capture file opened on /decode: the worker reading it, the connection list, the selected
// connection and the frame opened from its timeline (decoded here, with every field, on demand).
import type { Frame, Role } from '$lib/protocol/index.ts';
import { decodeEngine, loadDecodeEngine } from '../decode-engine.svelte.ts';
import type { ConnectionDetail, FrameMark, MessageMark } from '$lib/protocol/capture/index.ts';
import type { MessageContent } from '$lib/protocol/capture/content.ts';
import type { PayloadResult } from '$lib/protocol/payload/types.ts';
import { CAPTURE_LINK_LIMIT, type CaptureLink } from './capture-link.ts';
import { startCaptureWorker, type CaptureWorker } from '$lib/workers/capture-client.ts';
import type { CaptureReply, CaptureSummary } from '$lib/workers/capture-protocol.ts';
import { messageOfItem, type TimelineItem } from './timeline-marks.ts';
import type { WorkerFailure } from '$lib/workers/failures.ts';

export type CaptureProgress = { stage: 'reading' | 'connections' | 'connection'; fraction: number };

export class CaptureSession {
	name = $state<string | null>(null);
	progress = $state.raw<CaptureProgress | null>(null);
	summary = $state.raw<CaptureSummary | null>(null);
	detail = $state.raw<ConnectionDetail | null>(null);
	selectedId = $state<number | null>(null);
	/** The frame opened from the timeline: its direction and index there. */
	opened = $state.raw<{ role: Role; index: number } | null>(null);
	/** The message selected in the table, and (once the worker answers) all of it. */
	message = $state.raw<{ role: Role; index: number } | null>(null);
	content = $state.raw<{ content: MessageContent; payload: PayloadResult | null } | null>(null);
	failure = $state<WorkerFailure | null>(null);
	/** The file's bytes when it is small enough to travel in the link. */
	data = $state.raw<Uint8Array | null>(null);
	/** A link named a capture too large to travel in it: the page asks for the file. */
	pending = $state.raw<CaptureLink | null>(null);
	/** What a link asked for before the file was here: selected once the file is read. */
	private wanted: CaptureSelection | null = null;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- callbacks waiting for the worker, never rendered
	private exports = new Map<number | undefined, (json: string) => void>();
	private worker: CaptureWorker | null = null;

	get active(): boolean {
		return this.name !== null;
	}

	/** The capture view's part of the page's link (the pending one while the file is awaited). */
	get link(): CaptureLink | null {
		const selection = this.selection;
		if (this.name === null || !selection) return this.pending;
		return { name: this.name, selection, data: this.data };
	}

	/** Opens what a link holds: the file itself when it travelled, else waits for it to be dropped. */
	restore(link: CaptureLink | null): void {
		if (link?.data) return this.open(new File([link.data as BlobPart], link.name), link.selection);
		if (link && link.name === this.name) return;
		this.close();
		this.pending = link;
	}

	open(file: File, wanted: CaptureSelection | null = null): void {
		const pending = this.pending;
		this.close();
		this.wanted = wanted ?? pending?.selection ?? null;
		if (file.size <= CAPTURE_LINK_LIMIT) {
			void file.arrayBuffer().then((buffer) => {
				if (this.name === file.name) this.data = new Uint8Array(buffer);
			});
		}
		this.name = file.name;
		this.progress = { stage: 'reading', fraction: 0 };
		this.worker = startCaptureWorker((reply) => this.receive(reply));
		this.worker.send({ kind: 'open', file });
		// The opened frame is decoded on the main thread, by the engine the page imports on first use.
		void loadDecodeEngine();
	}

	select(id: number): void {
		if (!this.worker || id === this.selectedId) return;
		this.selectedId = id;
		this.detail = null;
		this.opened = null;
		this.message = null;
		this.content = null;
		this.progress = { stage: 'connection', fraction: 0 };
		this.worker.send({ kind: 'connection', id });
	}

	openFrame(mark: Pick<FrameMark, 'role' | 'index'>): void {
		this.opened = { role: mark.role, index: mark.index };
	}

	/** Selects a message: its first frame opens (unless told not to), and the worker sends all of it. */
	selectMessage(mark: Pick<MessageMark, 'role' | 'index' | 'frames'>, openFirst = true): void {
		if (!this.worker) return;
		this.message = { role: mark.role, index: mark.index };
		this.content = null;
		const first = mark.frames[0];
		if (openFirst && first !== undefined) this.openFrame({ role: mark.role, index: first });
		this.worker.send({ kind: 'message', role: mark.role, index: mark.index });
	}

	/** A timeline mark was picked: its frame opens (a HAR has none) and its message is selected. */
	pick(item: TimelineItem): void {
		const detail = this.detail;
		if (!detail) return;
		const isFrame = detail.frames.length > 0;
		if (isFrame) this.openFrame(item);
		const message = messageOfItem(detail.messages, item);
		if (message) this.selectMessage(message, !isFrame);
	}

	/** `wsviz capture --json` for one connection or (no id) the whole file, from the worker. */
	exportJson(id: number | undefined, done: (json: string) => void): void {
		if (!this.worker) return;
		this.exports.set(id, done);
		this.worker.send({ kind: 'json', id });
	}

	/** What a link keeps of this view: the selected connection, frame and message. */
	get selection(): CaptureSelection | null {
		if (this.selectedId === null) return null;
		return { connection: this.selectedId, frame: this.opened, message: this.message };
	}

	/** The opened frame, decoded alone with every field (its bytes and who sent them). */
	frame: { frame: Frame; input: Uint8Array; mark: FrameMark } | null = $derived.by(() => {
		const detail = this.detail;
		const opened = this.opened;
		if (!detail || !opened) return null;
		const mark = detail.frames.find((f) => f.role === opened.role && f.index === opened.index);
		if (!mark) return null;
		const input = detail.bytes[mark.role].subarray(mark.offset, mark.offset + mark.size);
		// The engine is loaded when a capture opens (open()); until it is there, no frame is shown.
		const engine = decodeEngine.module;
		if (!engine) return null;
		const result = engine.decode(input, { from: mark.role, extensions: detail.extensions });
		const frame = result.frames[0];
		return frame ? { frame, input, mark } : null;
	});

	close(): void {
		this.worker?.stop();
		this.worker = null;
		this.name = null;
		this.summary = null;
		this.detail = null;
		this.selectedId = null;
		this.opened = null;
		this.message = null;
		this.content = null;
		this.failure = null;
		this.progress = null;
		this.exports.clear();
		this.data = null;
		this.pending = null;
	}

	private receive(reply: CaptureReply): void {
		if (reply.kind === 'progress') {
			this.progress = reply;
			return;
		}
		this.progress = null;
		if (reply.kind === 'failed') this.failure = reply.failure;
		if (reply.kind === 'summary') {
			this.summary = reply.summary;
			const ids = reply.summary.connections.map((c) => c.id);
			const first = reply.summary.connections.find((c) => c.kind === 'websocket');
			const wanted = this.wanted?.connection;
			const id = wanted !== undefined && ids.includes(wanted) ? wanted : (first?.id ?? ids[0]);
			if (id !== undefined) this.select(id);
		}
		if (reply.kind === 'connection') this.showConnection(reply.detail, reply.complete);
		if (reply.kind === 'more') this.addPiece(reply);
		// A reply for a message no longer selected (the keys moved on) is dropped.
		const wanted = this.message;
		const { role, index } = reply.kind === 'message' ? reply.content : { role: null, index: -1 };
		if (reply.kind === 'message' && wanted?.role === role && wanted.index === index)
			this.content = reply;
		if (reply.kind === 'json') {
			this.exports.get(reply.id)?.(reply.text);
			this.exports.delete(reply.id);
		}
	}

	/** The connection arrived (its first frames and messages): the first frame opens unless a link said. */
	private showConnection(detail: ConnectionDetail, complete: boolean): void {
		this.detail = detail;
		if (this.wanted?.connection !== detail.row.id) this.wanted = null;
		const first = detail.frames[0];
		if (!this.wanted && first) this.openFrame(first);
		this.applyWanted(complete);
	}

	private addPiece(piece: Extract<CaptureReply, { kind: 'more' }>): void {
		const detail = this.detail;
		if (detail?.row.id !== piece.id) return;
		this.detail = {
			...detail,
			frames: detail.frames.concat(piece.frames),
			messages: detail.messages.concat(piece.messages)
		};
		this.applyWanted(piece.last);
	}

	/** Selects the frame and message a link named, once they have arrived. */
	private applyWanted(complete: boolean): void {
		const wanted = this.wanted;
		const detail = this.detail;
		if (!wanted || !detail) return;
		const same = (x: { role: Role; index: number }, y: { role: Role; index: number } | null) =>
			x.role === y?.role && x.index === y.index;
		const message = detail.messages.find((m) => same(m, wanted.message));
		const frame = detail.frames.find((f) => same(f, wanted.frame));
		if (message) this.selectMessage(message);
		if (frame) this.openFrame(frame);
		if ((message || !wanted.message) && (frame || !wanted.frame)) this.wanted = null;
		else if (complete) {
			this.wanted = null;
			if (!this.opened && detail.frames[0]) this.openFrame(detail.frames[0]);
		}
	}
}

/** The capture view's state a share link carries (the file itself only when small). */
export interface CaptureSelection {
	connection: number;
	frame: { role: Role; index: number } | null;
	message: { role: Role; index: number } | null;
}
