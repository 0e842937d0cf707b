import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCENARIO,
	latencyStats,
	resolveScenario,
	scenarioProblems,
	simulate,
	simulateAll,
	TRANSPORT_NAMES,
	type ScenarioInput
} from '$lib/protocol/index.ts';
import { mulberry32 } from '$lib/protocol/transports/random.ts';
import { at, NONE } from './helpers.ts';

describe('the scenario', () => {
	it('fills in every default', () => {
		expect(resolveScenario({ latencyMs: 10, seed: undefined })).toEqual({
			...DEFAULT_SCENARIO,
			latencyMs: 10
		});
		expect(scenarioProblems(resolveScenario())).toEqual([]);
	});

	it('names what is out of range', () => {
		const problems = scenarioProblems(resolveScenario({ latencyMs: -1, payloadBytes: 1.5 }));
		expect(problems.map((p) => p.fields)).toEqual([['payloadBytes'], ['latencyMs']]);
		expect(problems.map((p) => p.code)).toEqual(['whole_out_of_range', 'out_of_range']);
	});

	it('names a choice that is none of the choices', () => {
		const bad = { tlsVersion: '1.1', streamFormat: 'ndjson' } as unknown as ScenarioInput;
		const problems = scenarioProblems(resolveScenario(bad));
		expect(problems.map((p) => p.fields)).toEqual([['tlsVersion'], ['streamFormat']]);
	});

	it('refuses events outside the run and runs too big to draw', () => {
		const outside = scenarioProblems(resolveScenario({ durationMs: 1000, serverEvents: at(1000) }));
		expect(outside.map((p) => p.fields)).toEqual([['serverEvents', 'durationMs']]);
		const huge = scenarioProblems(resolveScenario({ durationMs: 3_600_000, pollIntervalMs: 10 }));
		expect(huge.map((p) => p.fields)).toEqual([['pollIntervalMs', 'durationMs']]);
		expect(outside.map((p) => [p.code, p.params])).toEqual([
			['time_outside_run', { duration: 1000, time: '1000' }]
		]);
		expect(huge.map((p) => [p.code, p.params])).toEqual([
			['too_many_polls', { count: 360_000, limit: 20_000 }]
		]);
	});

	it('makes simulate throw a RangeError on a bad scenario', () => {
		expect(() => simulate({ durationMs: 0 }, 'websocket')).toThrow(RangeError);
	});

	it('draws Poisson events at the rate asked for', () => {
		const r = simulate(
			{
				durationMs: 1_000_000,
				serverEvents: { kind: 'poisson', perSecond: 2 },
				clientMessages: NONE
			},
			'websocket'
		);
		// 2000 expected; the standard deviation is sqrt(2000) ≈ 45.
		expect(Math.abs(r.events.length - 2000)).toBeLessThan(200);
		expect(r.events.every((e, i) => i === 0 || e.at >= r.events[i - 1]!.at)).toBe(true);
	});

	it('keeps the server events when only the client message rate changes', () => {
		const a = simulate({ clientMessages: { kind: 'poisson', perSecond: 0.1 } }, 'websocket');
		const b = simulate({ clientMessages: { kind: 'poisson', perSecond: 3 } }, 'websocket');
		expect(b.events).toEqual(a.events);
	});

	it('gives every transport the same events', () => {
		const all = simulateAll({ durationMs: 5000 });
		expect(all.map((r) => r.transport)).toEqual(TRANSPORT_NAMES);
		for (const r of all) expect(r.events).toEqual(all[0]!.events);
	});

	it('makes payloads of exactly the size asked for', () => {
		for (const payloadBytes of [0, 1, 5, 20, 100, 3000]) {
			const r = simulate({ durationMs: 2000, payloadBytes, serverEvents: at(1) }, 'websocket');
			expect(r.events[0]!.text).toHaveLength(payloadBytes);
		}
		const json = simulate({ durationMs: 2000, serverEvents: at(1) }, 'websocket').events[0]!.text;
		expect(JSON.parse(json)).toMatchObject({ seq: 1 });
	});
});

describe('the numbers', () => {
	it('takes the p95 by nearest rank', () => {
		const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(latencyStats(twenty)).toEqual({ mean: 10.5, p95: 19, max: 20 });
		expect(latencyStats([7])).toEqual({ mean: 7, p95: 7, max: 7 });
		expect(latencyStats([])).toEqual({ mean: 0, p95: 0, max: 0 });
	});

	it('draws the same numbers from the same seed (mulberry32)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mulberry32(43)()).not.toBe(xs[0]);
	});
});
