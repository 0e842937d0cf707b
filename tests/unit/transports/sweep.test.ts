import { describe, expect, it } from 'vitest';
import { simulate, sweep, TRANSPORT_NAMES } from '$lib/protocol/index.ts';
import { QUIET } from './helpers.ts';

const BASE = { ...QUIET, durationMs: 20_000 };

describe('sweep', () => {
	it('gives at each event rate what simulate gives for that rate', () => {
		const points = sweep(BASE, 'rate', [0.5, 2]);
		expect(points.map((p) => p.value)).toEqual([0.5, 2]);
		for (const point of points) {
			for (const name of TRANSPORT_NAMES) {
				const { metrics } = simulate(
					{ ...BASE, serverEvents: { kind: 'poisson', perSecond: point.value } },
					name
				);
				expect(point.results![name]).toEqual({
					totalBytes: metrics.totalBytes,
					meanLatencyMs: metrics.latencyMs.mean,
					messagesDelivered: metrics.messagesDelivered
				});
			}
		}
	});

	it('moves the poll interval: shorter polls cost polling bytes and save it latency', () => {
		const [fast, slow] = sweep(
			{ ...BASE, serverEvents: { kind: 'poisson', perSecond: 1 } },
			'pollInterval',
			[500, 5000]
		);
		expect(fast!.results!.polling.totalBytes).toBeGreaterThan(slow!.results!.polling.totalBytes);
		expect(fast!.results!.polling.meanLatencyMs).toBeLessThan(slow!.results!.polling.meanLatencyMs);
		// WebSocket does not poll: the interval changes nothing.
		expect(fast!.results!.websocket).toEqual(slow!.results!.websocket);
	});

	it('marks a value the scenario cannot run with as having no results', () => {
		const [point] = sweep(BASE, 'pollInterval', [1]);
		expect(point!.results).toBeNull();
	});
});
