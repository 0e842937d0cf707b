// Runs one decode in a fresh worker. A new capture replaces the old job by terminating its worker:
// a 10 MB decode cannot be interrupted any other way, and starting a worker costs little.
import type { DecodeReply, DecodeRequest } from './protocol.ts';
import { workerError } from './failures.ts';

export interface DecodeJob {
	cancel(): void;
}

export function startDecode(
	request: DecodeRequest,
	onreply: (reply: DecodeReply) => void
): DecodeJob {
	const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
	let done = false;
	const finish = (): void => {
		done = true;
		worker.terminate();
	};
	worker.onmessage = (event: MessageEvent<DecodeReply>) => {
		if (done) return;
		if (event.data.kind !== 'progress') finish();
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
