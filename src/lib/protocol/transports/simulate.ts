// The entry: one scenario under one transport, or under all five on the same events.
import type { SimMessage } from './arrivals.ts';
import { metricsOf, type Metrics } from './metrics.ts';
import { longPolling, shortPolling } from './polling.ts';
import { Run, type Delivery, type ModelFactory } from './run.ts';
import { resolveScenario, type Scenario, type ScenarioInput } from './scenario.ts';
import { scenarioProblems } from './scenario-problems.ts';
import { httpStreaming, serverSentEvents } from './streaming.ts';
import type { ConnectionSpan } from './tcp.ts';
import { isTransportName, TRANSPORT_NAMES, type TransportName } from './transport-names.ts';
import { websocket } from './websocket.ts';
import type { WireItem } from './wire.ts';

interface TransportSpec {
	label: string;
	model: ModelFactory;
}

/** In the order of TRANSPORT_NAMES (transport-names.ts): a lesson's story, a page's lanes. */
export const TRANSPORTS = {
	polling: { label: 'HTTP polling', model: shortPolling },
	'long-polling': { label: 'long polling', model: longPolling },
	streaming: { label: 'HTTP streaming', model: httpStreaming },
	sse: { label: 'server-sent events', model: serverSentEvents },
	websocket: { label: 'WebSocket', model: websocket }
} as const satisfies Record<TransportName, TransportSpec>;

export { isTransportName, TRANSPORT_NAMES, type TransportName };

export interface SimulationResult {
	transport: TransportName;
	scenario: Scenario;
	/** The server's events and the client's messages, with their times and texts. */
	events: SimMessage[];
	messages: SimMessage[];
	/** Everything on the wire, in order of sending (ids 1, 2, 3 ...). */
	timeline: WireItem[];
	connections: ConnectionSpan[];
	/** One per delivered server event, in id order. */
	deliveries: Delivery[];
	/** One per client message that reached the server, in id order. */
	sends: Delivery[];
	metrics: Metrics;
	/** When the last item arrived: the end of the picture. */
	endsAt: number;
}

/** Simulates `input` (defaults filled in) under `transport`. Throws a RangeError on a scenario
 * `scenarioProblems` rejects: check first when the input comes from a person. */
export function simulate(input: ScenarioInput, transport: TransportName): SimulationResult {
	const scenario = resolveScenario(input);
	const problems = scenarioProblems(scenario);
	if (problems.length > 0) {
		const text = problems.map((p) => `${p.fields.join(', ')}: ${p.message}`).join('; ');
		throw new RangeError(`bad scenario: ${text}`);
	}
	const run = new Run(scenario);
	run.execute(TRANSPORTS[transport].model);
	const timeline = run.wire.items;
	const connections = run.net.connections.map((c) => c.span());
	const byId = (a: Delivery, b: Delivery): number => a.id - b.id;
	const deliveries = [...run.eventDeliveries.values()].sort(byId);
	const sends = [...run.messageDeliveries.values()].sort(byId);
	return {
		transport,
		scenario,
		events: run.events,
		messages: run.messages,
		timeline,
		connections,
		deliveries,
		sends,
		metrics: metricsOf(timeline, connections, deliveries, sends),
		endsAt: timeline.reduce((end, item) => Math.max(end, item.arrivesAt), 0)
	};
}

/** The same scenario, hence the same events, under every transport, in TRANSPORTS order. */
export function simulateAll(input: ScenarioInput): SimulationResult[] {
	return TRANSPORT_NAMES.map((name) => simulate(input, name));
}
