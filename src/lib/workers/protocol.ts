// The messages between the /decode page and decode.worker.ts.
import type { ParsedInput, Role } from '../protocol/index.ts';
import type { Analysis } from './analysis.ts';
import type { WorkerFailure } from './failures.ts';

export interface DecodeRequest {
	/** The capture as text, or a dropped file the worker reads itself. */
	text?: string;
	file?: Blob;
	from: Role;
	extensions: string;
	maxMessage: number;
}

/** What parseInput said, without the bytes (they travel separately). */
export type ParsedInfo =
	Omit<Extract<ParsedInput, { ok: true }>, 'bytes'> | Extract<ParsedInput, { ok: false }>;

export type DecodeReply =
	| { kind: 'progress'; stage: 'reading' | 'parsing' | 'decoding'; fraction: number }
	| { kind: 'bytes'; parsed: ParsedInfo; input: Uint8Array; analysis: Analysis | null }
	| { kind: 'failed'; failure: WorkerFailure };
