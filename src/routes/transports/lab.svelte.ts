// The /transports page's state: the view (view.ts) and what the engine made of its scenario. Runs
// happen in a worker (startSimulation); until one answers, the last results stay on screen. The
// first run too: the page paints (and the prerendered page shows) the lanes of a quiet minute, no
// event at all (a millisecond to simulate, here), marked "computing"; the scenario's hundreds of
// marks are drawn once the worker answers, never before the first paint.
import {
	clockStops,
	nextStop,
	presetScenario,
	previousStop,
	progressOf,
	scenarioProblems,
	simulateAll,
	DEFAULT_SCENARIO,
	type Scenario,
	type ScenarioPresetId,
	type SimulationResult,
	type SweepPoint
} from '$lib/protocol/index.ts';
import { startSimulation, type SimulationJob } from '$lib/workers/transports-client.ts';
import type { WorkerFailure } from '$lib/workers/failures.ts';
import { DEFAULT_VIEW, type Selection, type TransportsView } from './view.ts';

const keyOf = (s: Scenario): string => JSON.stringify(s);
const NONE = { kind: 'schedule', atMs: [] } as const;
const QUIET_RESULTS = simulateAll({
	...DEFAULT_SCENARIO,
	serverEvents: NONE,
	clientMessages: NONE
});

export class TransportsLab {
	scenario = $state.raw<Scenario>(DEFAULT_VIEW.scenario);
	t = $state(0);
	speed = $state(DEFAULT_VIEW.speed);
	zoom = $state(DEFAULT_VIEW.zoom);
	selected = $state.raw<Selection | null>(null);
	playing = $state(false);

	results = $state.raw<SimulationResult[]>(QUIET_RESULTS);
	/** The scenario `results` are of (JSON; '' before the first answer): the page and tests compare. */
	resultsKey = $state('');
	sweepPoints = $state.raw<SweepPoint[] | null>(null);
	sweepKey = $state('');
	failure = $state<WorkerFailure | null>(null);

	readonly problems = $derived(scenarioProblems(this.scenario));
	readonly computing = $derived(
		this.problems.length === 0 && this.resultsKey !== keyOf(this.scenario)
	);
	readonly end = $derived(Math.max(1, ...this.results.map((r) => r.endsAt)));
	/** The clock, never past the end of the results shown. */
	readonly time = $derived(Math.min(this.t, this.end));
	readonly stops = $derived(clockStops(this.results));
	readonly progress = $derived(this.results.map(progressOf));

	#run: SimulationJob | undefined;
	#sweep: SimulationJob | undefined;

	view(): TransportsView {
		return {
			scenario: this.scenario,
			t: this.t,
			speed: this.speed,
			zoom: this.zoom,
			selected: this.selected
		};
	}

	load(view: TransportsView): void {
		this.playing = false;
		this.scenario = view.scenario;
		this.t = view.t;
		this.speed = view.speed;
		this.zoom = view.zoom;
		this.selected = view.selected;
	}

	setScenario(scenario: Scenario): void {
		this.scenario = scenario;
	}

	loadPreset(id: ScenarioPresetId): void {
		this.playing = false;
		this.selected = null;
		this.t = 0;
		this.scenario = presetScenario(id);
	}

	/** Asks the worker for the current scenario's runs (call from an effect: it reads `scenario`). */
	simulate(): void {
		const scenario = this.scenario;
		const key = keyOf(scenario);
		if (this.problems.length > 0 || key === this.resultsKey) return;
		this.#run?.cancel();
		this.#run = startSimulation({ kind: 'run', scenario }, (reply) => {
			if (reply.kind === 'run') {
				this.results = reply.results;
				this.resultsKey = key;
				this.failure = null;
			} else if (reply.kind === 'failed') this.failure = reply.failure;
		});
	}

	/** The summary chart's runs: the current scenario at other event rates. */
	simulateSweep(): void {
		const scenario = this.scenario;
		const key = keyOf(scenario);
		if (this.problems.length > 0 || key === this.sweepKey) return;
		this.#sweep?.cancel();
		this.#sweep = startSimulation({ kind: 'sweep', scenario, axis: 'rate' }, (reply) => {
			if (reply.kind === 'sweep') {
				this.sweepPoints = reply.points;
				this.sweepKey = key;
			}
		});
	}

	dispose(): void {
		this.#run?.cancel();
		this.#sweep?.cancel();
	}

	seek(t: number): void {
		this.t = Math.max(0, Math.min(this.end, t));
	}

	next(): void {
		this.playing = false;
		this.seek(nextStop(this.stops, this.time));
	}

	previous(): void {
		this.playing = false;
		this.seek(previousStop(this.stops, this.time));
	}

	first(): void {
		this.playing = false;
		this.seek(0);
	}

	last(): void {
		this.playing = false;
		this.seek(this.end);
	}

	toggle(): void {
		if (!this.playing && this.time >= this.end) this.t = 0;
		this.playing = !this.playing;
	}

	/** One animation frame of `elapsed` real ms. */
	advance(elapsed: number): void {
		const t = this.time + elapsed * this.speed;
		if (t >= this.end) {
			this.t = this.end;
			this.playing = false;
		} else this.t = t;
	}

	resultOf(transport: string): SimulationResult | undefined {
		return this.results.find((r) => r.transport === transport);
	}
}
