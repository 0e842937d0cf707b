// Why a worker's job ended without a result. The engine is documented never to throw, so a throw is
// a bug in wsviz and the page says so; a worker whose script could not be loaded is not one: most
// often the tab runs a build that a deploy has since replaced, and a reload fixes it
// (src/lib/components/JobFailed.svelte says which).
export type JobFailure = { code: 'engine_threw'; message: string } | { code: 'worker_unavailable' };

export const WORKER_UNAVAILABLE: JobFailure = { code: 'worker_unavailable' };

export function engineThrew(error: unknown): JobFailure {
	return { code: 'engine_threw', message: error instanceof Error ? error.message : String(error) };
}
