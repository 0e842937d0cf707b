// Why a worker gave no answer, in the page's language (JobFailed).
import type { WorkerFailure } from '$lib/workers/failures.ts';
import { say } from './say.ts';
import { WORKER_FAILURE_MESSAGES } from './worker-failure-messages.ts';

/** Why a worker gave no answer, in the page's language. */
export function workerFailureText(failure: WorkerFailure): string {
	return say(WORKER_FAILURE_MESSAGES, failure);
}
