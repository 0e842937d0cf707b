import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCENARIO,
	presetOf,
	presetScenario,
	scenarioProblems,
	SCENARIO_PRESETS,
	simulateAll
} from '$lib/protocol/index.ts';

describe('scenario presets', () => {
	it('are all valid scenarios with distinct ids, and each is recognised as itself', () => {
		const ids = SCENARIO_PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const { id } of SCENARIO_PRESETS) {
			const s = presetScenario(id);
			expect(scenarioProblems(s)).toEqual([]);
			expect(presetOf(s)).toBe(id);
		}
	});

	it('the chat preset is the default scenario; a changed field is no preset', () => {
		expect(presetOf({ ...DEFAULT_SCENARIO })).toBe('chat');
		expect(presetOf({ ...DEFAULT_SCENARIO, latencyMs: 51 })).toBeNull();
	});

	it('the classroom demo is few, labelled messages that every transport delivers', () => {
		const s = presetScenario('classroom');
		for (const r of simulateAll(s)) {
			expect(r.metrics.messagesDelivered).toBe(r.events.length);
			expect(r.events.length).toBeLessThanOrEqual(5);
			expect(r.timeline.length).toBeLessThan(100);
		}
	});

	it('a notification a minute leaves almost every poll empty', () => {
		const [polling] = simulateAll(presetScenario('notification'));
		expect(polling!.metrics.emptyResponses).toBeGreaterThan(polling!.metrics.requests * 0.7);
	});
});
