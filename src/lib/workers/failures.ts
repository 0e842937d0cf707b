// Why a worker gave no answer, as codes: a page shows them as "a bug in wsviz, not in your bytes".
// {detail} is the error's own text (a JavaScript exception), quoted as data: it is never parsed.
import type { Coded } from '../protocol/text.ts';

export const WORKER_FAILURES = {
	decode_not_started: 'the decoding worker failed to start',
	capture_not_started: 'the capture worker failed to start',
	simulation_not_started: 'the simulation worker failed to start',
	threw: 'the worker stopped on an error: {detail}',
	connection_missing: 'the capture has no connection {id}'
} as const;

export type WorkerFailureCode = keyof typeof WORKER_FAILURES;
export type WorkerFailure = Coded<WorkerFailureCode>;

/** A caught error as a failure: its message is kept as data. */
export function threw(error: unknown): WorkerFailure {
	return {
		code: 'threw',
		params: { detail: error instanceof Error ? error.message : String(error) }
	};
}

/** A worker's error event: its message when the browser gives one, else that it did not start. */
export function workerError(event: ErrorEvent, notStarted: WorkerFailureCode): WorkerFailure {
	return event.message ? threw(event.message) : { code: notStarted, params: {} };
}
