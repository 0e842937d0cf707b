// The page's own scales against d3-scale's: the same numbers, so the drawing is the one d3 made.
import { scaleLinear, scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { linearScale, logScale, ticks } from '../../../src/routes/transports/scales.ts';

const DOMAINS: [number, number][] = [
	[0, 1],
	[0, 60_250],
	[0, 1_000],
	[5_000, 10_000],
	[40_000, 60_000],
	[0, 3_600_000],
	[0, 123.456],
	[0.02, 50],
	[1e-3, 7.5],
	[3, 3]
];

describe('linearScale', () => {
	it('maps and ticks as d3’s scaleLinear', () => {
		for (const domain of DOMAINS) {
			for (const range of [
				[104, 1350],
				[128, 1272.5],
				[0, 1]
			] as [number, number][]) {
				const ours = linearScale(domain, range);
				const d3 = scaleLinear().domain(domain).range(range);
				for (const count of [2, 3, 7, 11, 12]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
				for (let i = 0; i <= 40; i++) {
					const t = domain[0] + ((domain[1] - domain[0]) * i) / 37;
					expect(ours(t)).toBe(d3(t));
				}
			}
		}
	});

	it('gives no ticks for no count', () => {
		expect(ticks(0, 10, 0)).toEqual([]);
	});
});

describe('logScale', () => {
	it('maps, widens and ticks as d3’s scaleLog', () => {
		for (const [lo, hi] of [
			[1e-3, 10],
			[0.02, 50],
			[37, 1_234_567],
			[1, 10],
			[120, 4_000],
			[0.5, 2e9]
		] as [number, number][]) {
			for (const nice of [false, true]) {
				const ours = logScale([lo, hi], [220, 12], nice);
				const d3 = scaleLog().domain([lo, hi]).range([220, 12]);
				if (nice) d3.nice();
				expect(ours.domain).toEqual(d3.domain());
				for (const count of [2, 4, 10]) expect(ours.ticks(count)).toEqual(d3.ticks(count));
				for (const v of [lo, hi, Math.sqrt(lo * hi), lo * 1.5, hi / 3]) expect(ours(v)).toBe(d3(v));
			}
		}
	});
});
