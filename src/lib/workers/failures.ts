// Why a worker gave no answer, as codes. The engine is documented never to throw, so a throw is a bug
// in wsviz and the page says so ({detail} is the error's own text, quoted as data, never parsed). A
// worker whose script could not be loaded is not one: most often the tab runs a build that a deploy
// has since replaced, and a reload fixes it (src/lib/components/JobFailed.svelte offers it).
import type { Coded } from '../protocol/text.ts';

export const WORKER_FAILURES = {
	worker_unavailable:
		'this part of wsviz could not be loaded, probably because the site has been updated since this tab opened; reloading loads the current version',
	threw: 'the worker stopped on an error: {detail}',
	connection_missing: 'the capture has no connection {id}'
} as const;

export type WorkerFailureCode = keyof typeof WORKER_FAILURES;
export type WorkerFailure = Coded<WorkerFailureCode>;

/** Failures that are wsviz's bug, not the visitor's bytes nor a stale tab. */
export const isBug = (failure: WorkerFailure) => failure.code !== 'worker_unavailable';

/** A caught error as a failure: its message is kept as data. */
export function threw(error: unknown): WorkerFailure {
	return {
		code: 'threw',
		params: { detail: error instanceof Error ? error.message : String(error) }
	};
}

/** A worker's error event: an error its code threw has a message; a script that did not load has none. */
export function workerError(event: ErrorEvent): WorkerFailure {
	return event.message ? threw(event.message) : { code: 'worker_unavailable', params: {} };
}
