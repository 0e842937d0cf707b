// Scenarios a lesson starts from. Each is the default scenario with a few fields changed, and each
// says why its numbers are what they are. A page names them in its own language by id.
import {
	DEFAULT_SCENARIO,
	resolveScenario,
	type Scenario,
	type ScenarioInput
} from './scenario.ts';

export interface ScenarioPreset {
	/** Stable snake_case id: the page's message key and the URL's preset name. */
	id: string;
	input: ScenarioInput;
}

export const SCENARIO_PRESETS = [
	// The default: a busy chat room, a message a second from others, one every ten seconds from us.
	{ id: 'chat', input: {} },
	// Prices pushed five times a second, nothing sent back: polling either lags or floods.
	{
		id: 'stock_ticker',
		input: {
			durationMs: 20_000,
			serverEvents: { kind: 'poisson', perSecond: 5 },
			clientMessages: { kind: 'schedule', atMs: [] },
			payloadBytes: 60,
			pollIntervalMs: 1_000
		}
	},
	// One notification a minute over ten minutes, with a session cookie: almost every poll is empty,
	// and each one still carries the full headers.
	{
		id: 'notification',
		input: {
			durationMs: 600_000,
			serverEvents: { kind: 'poisson', perSecond: 1 / 60 },
			clientMessages: { kind: 'schedule', atMs: [] },
			payloadBytes: 200,
			pollIntervalMs: 10_000,
			cookieBytes: 300
		}
	},
	// Few, slow, labelled messages a class can follow one by one: a long latency makes every arrow
	// lean, and the times are round so the teacher can say them aloud.
	{
		id: 'classroom',
		input: {
			durationMs: 10_000,
			serverEvents: { kind: 'schedule', atMs: [1_000, 4_000, 4_500, 8_000] },
			clientMessages: { kind: 'schedule', atMs: [6_000] },
			payloadBytes: 40,
			latencyMs: 300,
			pollIntervalMs: 2_000,
			longPollHoldMs: 5_000,
			streamLifetimeMs: 0
		}
	}
] as const satisfies readonly ScenarioPreset[];

export type ScenarioPresetId = (typeof SCENARIO_PRESETS)[number]['id'];

export function presetScenario(id: ScenarioPresetId): Scenario {
	const preset = SCENARIO_PRESETS.find((p) => p.id === id)!;
	return resolveScenario(preset.input as ScenarioInput);
}

/** The preset a scenario is exactly, if any (so a page can show it as chosen). */
export function presetOf(s: Scenario): ScenarioPresetId | null {
	const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);
	const found = SCENARIO_PRESETS.find((p) => same(normal(presetScenario(p.id)), normal(s)));
	return found?.id ?? null;
}

/** Keys in DEFAULT_SCENARIO's order, so two equal scenarios stringify alike. */
function normal(s: Scenario): Scenario {
	return Object.fromEntries(
		Object.keys(DEFAULT_SCENARIO).map((k) => [k, s[k as keyof Scenario]])
	) as unknown as Scenario;
}
