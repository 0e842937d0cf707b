// Why a worker gave no answer: every page with a worker loads these, and nothing else of the engine's.
import { m } from '$lib/paraglide/messages.js';
import type { WorkerFailureCode } from '$lib/workers/failures.ts';
import type { MessageTable } from './say.ts';

/** Why a worker gave no answer (src/lib/workers/failures.ts), by failure code. */
export const WORKER_FAILURE_MESSAGES: MessageTable<WorkerFailureCode> = {
	worker_unavailable: m.worker_failure_worker_unavailable,
	threw: m.worker_failure_threw,
	connection_missing: m.worker_failure_connection_missing
};
