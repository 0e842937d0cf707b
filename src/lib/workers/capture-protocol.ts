// The messages between the /decode page's capture view and capture.worker.ts.
import type { Diagnostic, Role } from '../protocol/index.ts';
import type {
	ConnectionDetail,
	ConnectionRow,
	FrameMark,
	MessageMark
} from '../protocol/capture/index.ts';
import type { MessageContent } from '../protocol/capture/content.ts';
import type { PayloadResult } from '../protocol/payload/types.ts';
import type { WorkerFailure } from './failures.ts';

export type CaptureRequest =
	| { kind: 'open'; file: Blob }
	| { kind: 'connection'; id: number }
	/** One message of the selected connection, whole, with what it carries. */
	| { kind: 'message'; role: Role; index: number }
	/** `wsviz capture --json` for one connection, or (no id) for every one. */
	| { kind: 'json'; id?: number };

export interface CaptureSummary {
	format: string | null;
	packets: number;
	bytes: number;
	connections: ConnectionRow[];
	diagnostics: Diagnostic[];
}

export type CaptureReply =
	| { kind: 'progress'; stage: 'reading' | 'connections'; fraction: number }
	| { kind: 'summary'; summary: CaptureSummary }
	/** The selected connection with its first frames and messages; `complete` when that is all. */
	| { kind: 'connection'; detail: ConnectionDetail; complete: boolean }
	/** More of them, in time order; `last` on the final piece. */
	| { kind: 'more'; id: number; frames: FrameMark[]; messages: MessageMark[]; last: boolean }
	| { kind: 'message'; content: MessageContent; payload: PayloadResult | null }
	| { kind: 'json'; id?: number; text: string }
	| { kind: 'failed'; failure: WorkerFailure };
