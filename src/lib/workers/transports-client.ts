// Runs one simulation job in a fresh worker; a newer job of the same kind replaces the old one by
// terminating its worker (a run cannot be interrupted any other way, and a worker starts quickly).
import type { SimulationReply, SimulationRequest } from './transports-protocol.ts';
import { workerError } from './failures.ts';

export interface SimulationJob {
	cancel(): void;
}

export function startSimulation(
	request: SimulationRequest,
	onreply: (reply: SimulationReply) => void
): SimulationJob {
	const worker = new Worker(new URL('./transports.worker.ts', import.meta.url), { type: 'module' });
	let done = false;
	const finish = (): void => {
		done = true;
		worker.terminate();
	};
	worker.onmessage = (event: MessageEvent<SimulationReply>) => {
		if (done) return;
		finish();
		onreply(event.data);
	};
	worker.onerror = (event) => {
		if (done) return;
		finish();
		onreply({ kind: 'failed', failure: workerError(event) });
	};
	worker.postMessage(request);
	return { cancel: finish };
}
