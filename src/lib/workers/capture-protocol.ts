// The messages between the /decode page's capture view and capture.worker.ts.
import type { JobFailure } from './failure.ts';
import type { Diagnostic } from '../protocol/index.ts';
import type { ConnectionDetail, ConnectionRow } from '../protocol/capture/index.ts';

export type CaptureRequest = { kind: 'open'; file: Blob } | { kind: 'connection'; id: number };

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
	| { kind: 'connection'; detail: ConnectionDetail }
	| { kind: 'failed'; failure: JobFailure };
