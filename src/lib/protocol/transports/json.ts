// The JSON form of a simulation (the `wsviz simulate --json` contract in DESIGN.md): the metrics
// the contract names first, then the extras; floats rounded to a microsecond so output reads
// cleanly.
import type { LatencyStats, Metrics } from './metrics.ts';
import type { SimulationResult } from './simulate.ts';

const round = (n: number): number => Math.round(n * 1000) / 1000;

function statsJson(s: LatencyStats): LatencyStats {
	return { mean: round(s.mean), p95: round(s.p95), max: round(s.max) };
}

export function metricsToJson(m: Metrics): Metrics {
	return {
		messagesDelivered: m.messagesDelivered,
		latencyMs: statsJson(m.latencyMs),
		requests: m.requests,
		connections: m.connections,
		emptyResponses: m.emptyResponses,
		headerBytes: m.headerBytes,
		framingBytes: m.framingBytes,
		payloadBytes: m.payloadBytes,
		totalBytes: m.totalBytes,
		tcpBytes: m.tcpBytes,
		tlsBytes: m.tlsBytes,
		tcpSegments: m.tcpSegments,
		bytesPerMessage: m.bytesPerMessage === null ? null : round(m.bytesPerMessage),
		clientMessages: {
			delivered: m.clientMessages.delivered,
			latencyMs: statsJson(m.clientMessages.latencyMs)
		}
	};
}

/** `{ transport, metrics }`, and with `timeline` what went on the wire and who got what when. */
export function simulationToJson(
	r: SimulationResult,
	options: { timeline?: boolean } = {}
): Record<string, unknown> {
	const json: Record<string, unknown> = {
		transport: r.transport,
		metrics: metricsToJson(r.metrics)
	};
	if (!options.timeline) return json;
	const { deliveries, sends, connections, timeline } = r;
	return { ...json, deliveries, sends, connections, timeline };
}
