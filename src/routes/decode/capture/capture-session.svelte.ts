// A capture file opened on /decode: the worker reading it, the connection list, the selected
// connection and the frame opened from its timeline (decoded here, with every field, on demand).
import { decode, type Frame, type Role } from '$lib/protocol/index.ts';
import type { ConnectionDetail, FrameMark } from '$lib/protocol/capture/index.ts';
import { startCaptureWorker, type CaptureWorker } from '$lib/workers/capture-client.ts';
import type { CaptureReply, CaptureSummary } from '$lib/workers/capture-protocol.ts';
import type { JobFailure } from '$lib/workers/failure.ts';

export type CaptureProgress = { stage: 'reading' | 'connections' | 'connection'; fraction: number };

export class CaptureSession {
	name = $state<string | null>(null);
	progress = $state.raw<CaptureProgress | null>(null);
	summary = $state.raw<CaptureSummary | null>(null);
	detail = $state.raw<ConnectionDetail | null>(null);
	selectedId = $state<number | null>(null);
	/** The frame opened from the timeline: its direction and index there. */
	opened = $state.raw<{ role: Role; index: number } | null>(null);
	failure = $state<JobFailure | null>(null);
	private worker: CaptureWorker | null = null;

	get active(): boolean {
		return this.name !== null;
	}

	open(file: File): void {
		this.close();
		this.name = file.name;
		this.progress = { stage: 'reading', fraction: 0 };
		this.worker = startCaptureWorker((reply) => this.receive(reply));
		this.worker.send({ kind: 'open', file });
	}

	select(id: number): void {
		if (!this.worker || id === this.selectedId) return;
		this.selectedId = id;
		this.detail = null;
		this.opened = null;
		this.progress = { stage: 'connection', fraction: 0 };
		this.worker.send({ kind: 'connection', id });
	}

	openFrame(mark: Pick<FrameMark, 'role' | 'index'>): void {
		this.opened = { role: mark.role, index: mark.index };
	}

	/** The opened frame, decoded alone with every field (its bytes and who sent them). */
	frame: { frame: Frame; input: Uint8Array; mark: FrameMark } | null = $derived.by(() => {
		const detail = this.detail;
		const opened = this.opened;
		if (!detail || !opened) return null;
		const mark = detail.frames.find((f) => f.role === opened.role && f.index === opened.index);
		if (!mark) return null;
		const input = detail.bytes[mark.role].subarray(mark.offset, mark.offset + mark.size);
		const result = decode(input, { from: mark.role, extensions: detail.extensions });
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
		this.failure = null;
		this.progress = null;
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
			const first = reply.summary.connections.find((c) => c.kind === 'websocket');
			const id = (first ?? reply.summary.connections[0])?.id;
			if (id !== undefined) this.select(id);
		}
		if (reply.kind === 'connection') {
			this.detail = reply.detail;
			const first = reply.detail.frames[0];
			if (first) this.openFrame(first);
		}
	}
}
