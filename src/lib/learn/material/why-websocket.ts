// Lesson 1: why not just HTTP. The numbers come from the transports simulation (one scenario, five
// transports on the same events), so the lesson's claims are the engine's measurements.
import { DEFAULT_SCENARIO, simulateAll, TRANSPORT_NAMES } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';

export function whyWebsocket() {
	const results = simulateAll(DEFAULT_SCENARIO);
	const of = (name: string) => results.find((r) => r.transport === name)!.metrics;
	const polling = of('polling');
	const ws = of('websocket');
	// The question's answer is whichever transport the simulation measured lowest.
	const fewest = [...results].sort((a, b) => a.metrics.headerBytes - b.metrics.headerBytes)[0]!;
	return {
		facts: {
			seconds: DEFAULT_SCENARIO.durationMs / 1000,
			payload: DEFAULT_SCENARIO.payloadBytes,
			oneWay: DEFAULT_SCENARIO.latencyMs,
			events: ws.messagesDelivered,
			pollRequests: polling.requests,
			pollEmpty: polling.emptyResponses,
			pollHeaderBytes: polling.headerBytes,
			pollLatency: Math.round(polling.latencyMs.mean),
			wsRequests: ws.requests,
			wsHeaderBytes: ws.headerBytes,
			wsFramingBytes: ws.framingBytes,
			wsLatency: Math.round(ws.latencyMs.mean)
		},
		embed: { kind: 'metrics', results },
		exercise: {
			kind: 'choice',
			options: TRANSPORT_NAMES.map((id) => ({ id })),
			answer: fewest.transport
		}
	} satisfies Material;
}
export type WhyWebsocketFacts = ReturnType<typeof whyWebsocket>['facts'];
