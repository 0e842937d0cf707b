// Simulates off the main thread: a busy scenario (thousands of events, five transports) or a sweep
// (dozens of runs) takes from a tenth of a second to seconds, and sliders must stay smooth meanwhile.
import { simulateAll, sweep } from '../protocol/index.ts';
import type { SimulationReply, SimulationRequest } from './transports-protocol.ts';
import { threw } from './failures.ts';

const post = (reply: SimulationReply): void => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
	const request = event.data;
	try {
		if (request.kind === 'run') post({ kind: 'run', results: simulateAll(request.scenario) });
		else post({ kind: 'sweep', points: sweep(request.scenario, request.axis) });
	} catch (error) {
		post({ kind: 'failed', failure: threw(error) });
	}
};
