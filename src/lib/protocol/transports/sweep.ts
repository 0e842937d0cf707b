// One input moved across a range, every other input kept: the data of a chart that shows where
// polling loses (bytes and latency against the event rate, or against the poll interval).
import { resolveScenario, type Scenario, type ScenarioInput } from './scenario.ts';
import { scenarioProblems } from './scenario-problems.ts';
import { simulate, TRANSPORT_NAMES, type TransportName } from './simulate.ts';

/** The inputs a sweep can move, and how a value becomes that input. */
export const SWEEP_AXES = {
	rate: (s: Scenario, perSecond: number): Scenario => ({
		...s,
		serverEvents: { kind: 'poisson', perSecond }
	}),
	pollInterval: (s: Scenario, pollIntervalMs: number): Scenario => ({ ...s, pollIntervalMs })
} as const satisfies Record<string, (s: Scenario, value: number) => Scenario>;

export type SweepAxis = keyof typeof SWEEP_AXES;

export interface SweepMeasure {
	totalBytes: number;
	meanLatencyMs: number;
	messagesDelivered: number;
}

export interface SweepPoint {
	value: number;
	/** Per transport; null for the whole point when the scenario at this value cannot run. */
	results: Record<TransportName, SweepMeasure> | null;
}

/** Event rates (per second) and poll intervals (ms) a chart spreads over, evenly on a log scale. */
export const SWEEP_VALUES: Record<SweepAxis, readonly number[]> = {
	rate: [0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10],
	pollInterval: [250, 500, 1_000, 2_000, 5_000, 10_000, 20_000]
};

export function sweep(
	input: ScenarioInput,
	axis: SweepAxis,
	values: readonly number[] = SWEEP_VALUES[axis]
): SweepPoint[] {
	const base = resolveScenario(input);
	return values.map((value) => {
		const scenario = SWEEP_AXES[axis](base, value);
		if (scenarioProblems(scenario).length > 0) return { value, results: null };
		const entries = TRANSPORT_NAMES.map((name) => {
			const { metrics } = simulate(scenario, name);
			const measure: SweepMeasure = {
				totalBytes: metrics.totalBytes,
				meanLatencyMs: metrics.latencyMs.mean,
				messagesDelivered: metrics.messagesDelivered
			};
			return [name, measure] as const;
		});
		return { value, results: Object.fromEntries(entries) as Record<TransportName, SweepMeasure> };
	});
}
