import { describe, expect, it } from 'vitest';
import { simulateAll } from '$lib/protocol/index.ts';
import {
	ARROWS_DRAWN,
	BARS_DRAWN,
	arrowAt,
	barRows,
	timelineLayout,
	visibleDomain
} from '../../../src/routes/transports/lanes-layout.ts';

const results = simulateAll({
	durationMs: 10_000,
	serverEvents: { kind: 'schedule', atMs: [1000, 5000] }
});

describe('the timeline layout', () => {
	it('puts every item of the window on its lane, from the sender’s line to the receiver’s', () => {
		const layout = timelineLayout(results, [0, 12_000], 1200, 16);
		expect(layout.lanes).toHaveLength(results.length);
		for (const lane of layout.lanes) {
			expect(lane.arrows).toHaveLength(lane.result.timeline.length);
			for (const a of lane.arrows) {
				expect(a.x1).toBeCloseTo(layout.x(a.item.sentAt), 9);
				expect(a.x2).toBeCloseTo(layout.x(a.item.arrivesAt), 9);
				expect([a.y1, a.y2]).toEqual(
					a.item.direction === 'up' ? [lane.clientY, lane.serverY] : [lane.serverY, lane.clientY]
				);
			}
		}
		// Lanes are stacked without overlap.
		for (let i = 1; i < layout.lanes.length; i++) {
			expect(layout.lanes[i]!.top).toBeGreaterThanOrEqual(
				layout.lanes[i - 1]!.top + layout.lanes[i - 1]!.height
			);
		}
	});

	it('keeps only what a window touches, and cuts connection bars to the plot', () => {
		const layout = timelineLayout(results, [4000, 6000], 1200, 16);
		for (const lane of layout.lanes) {
			for (const a of lane.arrows) {
				expect(a.item.arrivesAt).toBeGreaterThanOrEqual(4000);
				expect(a.item.sentAt).toBeLessThanOrEqual(6000);
			}
			for (const p of lane.bars.flatMap((b) => b.phases)) {
				expect(p.x0).toBeGreaterThanOrEqual(layout.left);
				expect(p.x1).toBeLessThanOrEqual(layout.right);
			}
		}
	});

	it('gives overlapping connections different rows', () => {
		const span = (id: number, openedAt: number, closedAt: number | null) => ({
			id,
			purpose: 'poll',
			tls: null,
			resumed: false,
			openedAt,
			readyAt: openedAt,
			closedBy: null,
			closingAt: null,
			closedAt
		});
		expect(
			barRows([span(1, 0, 100), span(2, 50, 150), span(3, 120, 200), span(4, 160, null)], 300)
		).toEqual([0, 1, 0, 1]);
	});

	it('finds the arrow under the pointer, and none far from every arrow', () => {
		const layout = timelineLayout(results, [0, 12_000], 1200, 16);
		const lane = layout.lanes[4]!;
		const a = lane.arrows[5]!;
		expect(arrowAt(lane.arrows, (a.x1 + a.x2) / 2, (a.y1 + a.y2) / 2)?.item.id).toBe(a.item.id);
		expect(arrowAt(lane.arrows, layout.left - 50, lane.top)).toBeNull();
	});

	it('pages the window so that it always holds the clock', () => {
		expect(visibleDomain(0, 60_000, 0)).toEqual([0, 60_000]);
		expect(visibleDomain(12_345, 60_000, 5000)).toEqual([10_000, 15_000]);
		expect(visibleDomain(60_000, 60_000, 5000)).toEqual([55_000, 60_000]);
		expect(visibleDomain(3000, 4000, 5000)).toEqual([0, 4000]);
	});
});

describe('a run too big to draw', () => {
	it('draws at most ARROWS_DRAWN arrows and BARS_DRAWN bars a lane, and counts the rest', () => {
		// 20k polls in 200 s: the largest run a scenario may ask for.
		const big = simulateAll({ durationMs: 200_000, pollIntervalMs: 10, keepAlive: false });
		const polling = big.find((r) => r.transport === 'polling')!;
		const end = Math.max(...big.map((r) => r.endsAt));
		const layout = timelineLayout(big, [0, end], 1200, 16);
		const lane = layout.lanes.find((l) => l.result.transport === 'polling')!;
		expect(lane.arrows).toHaveLength(ARROWS_DRAWN);
		expect(lane.arrows.length + lane.notDrawn.arrows).toBe(polling.timeline.length);
		expect(lane.bars).toHaveLength(BARS_DRAWN);
		expect(lane.bars.length + lane.notDrawn.bars).toBe(polling.connections.length);
		// The drawn ones are the first in time.
		expect(lane.arrows.at(-1)!.item).toBe(polling.timeline[ARROWS_DRAWN - 1]);
		const websocket = layout.lanes.find((l) => l.result.transport === 'websocket')!;
		expect(websocket.notDrawn).toEqual({ arrows: 0, bars: 0 });
	});
});
