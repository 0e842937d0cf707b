// Lesson 1: why not just HTTP. The numbers come from the transports simulation (one scenario, five
// transports on the same events), so the lesson's claims are the engine's measurements.
import {
	decode,
	DEFAULT_SCENARIO,
	encodeFrame,
	simulateAll,
	TRANSPORT_NAMES
} from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { headerMistakes } from './shared.ts';

/** A short server push for the pick-the-byte question. */
export const NEWS = 'news';

export function whyWebsocket() {
	const results = simulateAll(DEFAULT_SCENARIO);
	const of = (name: string) => results.find((r) => r.transport === name)!.metrics;
	const polling = of('polling');
	const ws = of('websocket');
	// The question's answer is whichever transport the simulation measured asking most often.
	const most = [...results].sort((a, b) => b.metrics.requests - a.metrics.requests)[0]!;
	// One event of the scenario's size, as the server pushes it (RFC 6455 §5.2: servers do not mask).
	const event = encodeFrame({
		opcode: 'text',
		payload: new Uint8Array(DEFAULT_SCENARIO.payloadBytes)
	});
	const eventHeader = decode(event, { from: 'server' }).frames[0]!.headerLength;
	const news = encodeFrame({ opcode: 'text', text: NEWS });
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
		exercises: [
			{
				id: 'most_requests',
				kind: 'choice',
				options: TRANSPORT_NAMES.map((id) => ({ id })),
				answer: most.transport
			},
			{
				id: 'event_framing',
				kind: 'number',
				answer: eventHeader,
				mistakes: headerMistakes(eventHeader, DEFAULT_SCENARIO.payloadBytes, false)
			},
			{
				id: 'text_starts',
				kind: 'pick-byte',
				bytes: news,
				from: 'server',
				answer: decode(news, { from: 'server' }).frames[0]!.payloadOffset
			}
		]
	} satisfies Material;
}
export type WhyWebsocketFacts = ReturnType<typeof whyWebsocket>['facts'];
