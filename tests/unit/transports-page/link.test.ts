import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, presetScenario } from '$lib/protocol/index.ts';
import {
	checkView,
	readLink,
	scenarioChanges,
	writeLink
} from '../../../src/routes/transports/link.ts';
import { DEFAULT_VIEW } from '../../../src/routes/transports/view.ts';

const stored = (over: Record<string, unknown>) => ({ v: 1, s: {}, t: 0, x: 1, z: 0, ...over });

describe('the /transports link', () => {
	it('round-trips a view: scenario, time, speed, window and the opened arrow', async () => {
		const view = {
			scenario: presetScenario('classroom'),
			t: 4321.5,
			speed: 0.25,
			zoom: 5000,
			selected: { transport: 'sse' as const, item: 7 }
		};
		const reading = await readLink(await writeLink(view));
		expect(reading).toEqual({ ok: true, value: view });
	});

	it('stores only the scenario fields that differ from the default', () => {
		expect(scenarioChanges(DEFAULT_SCENARIO)).toEqual({});
		expect(scenarioChanges({ ...DEFAULT_SCENARIO, latencyMs: 10 })).toEqual({ latencyMs: 10 });
	});

	it('an empty hash is no state, and the default view is what a plain link shows', async () => {
		expect(await readLink('')).toBeNull();
		expect(checkView(stored({}))).toEqual({ ok: true, value: DEFAULT_VIEW });
	});

	it.each([
		['not an object', [1, 2]],
		['another version', stored({ v: 2 })],
		['a field of the wrong type', stored({ s: { latencyMs: '50' } })],
		['an unknown field', stored({ s: { speed: 3 } })],
		['a value the engine rejects', stored({ s: { pollIntervalMs: 0 } })],
		[
			'a schedule past the duration',
			stored({ s: { serverEvents: { kind: 'schedule', atMs: [1e9] } } })
		],
		['arrivals of another shape', stored({ s: { serverEvents: { kind: 'burst' } } })],
		['a negative time', stored({ t: -1 })],
		['an infinite time', stored({ t: Infinity })],
		['a speed the page does not offer', stored({ x: 3 })],
		['a window the page does not offer', stored({ z: 3 })],
		['an unknown transport', stored({ sel: ['carrier-pigeon', 1] })],
		['an arrow id that is no id', stored({ sel: ['websocket', 0.5] })]
	])('refuses %s with a message', (_, json) => {
		const reading = checkView(json);
		expect(reading.ok).toBe(false);
		expect(reading.ok ? '' : reading.error).not.toBe('');
	});

	it('reads a damaged hash as a message, never a throw', async () => {
		for (const hash of [
			'%%%',
			'AAAA',
			'q1YqU7Iy1FEqVrKqrtVRKlGyMjY0MDDQUaoAC1cpWRnoKBWn5ihZRSsV5OfkZOalK'
		]) {
			const reading = await readLink(hash);
			expect(reading?.ok).toBe(false);
		}
	});
});
