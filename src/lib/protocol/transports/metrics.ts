// The numbers a class compares: how late messages arrive, and what the wire carried to get them
// there.
import type { Delivery } from './run.ts';
import type { ConnectionSpan } from './tcp.ts';
import type { WireBytes, WireItem } from './wire.ts';

export interface LatencyStats {
	mean: number;
	/** Nearest-rank 95th percentile: the smallest latency that 95 % of deliveries do not exceed. */
	p95: number;
	max: number;
}

export interface Metrics {
	/** Server events delivered to the client. */
	messagesDelivered: number;
	/** From an event's moment at the server to its arrival at the client (all 0 when none). */
	latencyMs: LatencyStats;
	/** Client messages delivered to the server, and how long each took. */
	clientMessages: { delivered: number; latencyMs: LatencyStats };
	/** HTTP requests sent, the WebSocket Upgrade included. */
	requests: number;
	/** TCP connections opened. */
	connections: number;
	/** Polls answered with no event. */
	emptyResponses: number;
	/** TCP segments that open and close connections (3 to open, 4 to close). */
	tcpSegments: number;
	headerBytes: number;
	framingBytes: number;
	payloadBytes: number;
	tcpBytes: number;
	tlsBytes: number;
	/** The sum of the five above. */
	totalBytes: number;
	/** totalBytes over the messages delivered both ways; null when none were. */
	bytesPerMessage: number | null;
}

const BYTE_METRICS = {
	headers: 'headerBytes',
	framing: 'framingBytes',
	payload: 'payloadBytes',
	tcp: 'tcpBytes',
	tls: 'tlsBytes'
} as const satisfies Record<keyof WireBytes, keyof Metrics>;

export function latencyStats(latencies: readonly number[]): LatencyStats {
	if (latencies.length === 0) return { mean: 0, p95: 0, max: 0 };
	const sorted = [...latencies].sort((a, b) => a - b);
	const sum = sorted.reduce((a, b) => a + b, 0);
	const rank = Math.ceil(0.95 * sorted.length);
	return { mean: sum / sorted.length, p95: sorted[rank - 1]!, max: sorted[sorted.length - 1]! };
}

export function metricsOf(
	timeline: readonly WireItem[],
	connections: readonly ConnectionSpan[],
	events: readonly Delivery[],
	messages: readonly Delivery[]
): Metrics {
	const bytes: WireBytes = { headers: 0, framing: 0, payload: 0, tcp: 0, tls: 0 };
	for (const item of timeline) {
		for (const key of Object.keys(bytes) as (keyof WireBytes)[]) bytes[key] += item.bytes[key];
	}
	const totalBytes = bytes.headers + bytes.framing + bytes.payload + bytes.tcp + bytes.tls;
	const delivered = events.length + messages.length;
	const byteMetrics = Object.fromEntries(
		Object.entries(BYTE_METRICS).map(([key, name]) => [name, bytes[key as keyof WireBytes]])
	) as Record<(typeof BYTE_METRICS)[keyof WireBytes], number>;
	return {
		messagesDelivered: events.length,
		latencyMs: latencyStats(events.map((d) => d.latencyMs)),
		clientMessages: {
			delivered: messages.length,
			latencyMs: latencyStats(messages.map((d) => d.latencyMs))
		},
		requests: timeline.filter((i) => i.kind === 'http-request').length,
		connections: connections.length,
		emptyResponses: timeline.filter((i) => i.empty === true).length,
		tcpSegments: timeline.filter((i) => i.kind === 'tcp').length,
		...byteMetrics,
		totalBytes,
		bytesPerMessage: delivered > 0 ? totalBytes / delivered : null
	};
}
