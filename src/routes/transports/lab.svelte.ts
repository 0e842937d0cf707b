// The /transports page's state: the view (view.ts) and what the engine made of its scenario. It
// starts from the build-time runs of the default scenario (first-view.ts), drawn with no engine
// loaded; runs of any other scenario happen in a worker (startSimulation), and so does the run that
// brings an opened arrow's texts. Until a run answers, the last results stay on screen.
import {
	clockStops,
	nextStop,
	previousStop,
	progressOf
} from '$lib/protocol/transports/progress.ts';
import type { ScenarioPresetId, SimulationResult, SweepPoint } from '$lib/protocol/index.ts';
import { presetScenario } from '$lib/protocol/transports/presets.ts';
import type { Scenario } from '$lib/protocol/transports/scenario.ts';
import type { ScenarioProblem } from '$lib/protocol/transports/scenario-problems.ts';
import { startSimulation, type SimulationJob } from '$lib/workers/transports-client.ts';
import type { WorkerFailure } from '$lib/workers/failures.ts';
import { scenarioKey as keyOf, type DrawnResult, type FirstView } from './first-view.ts';
import { DEFAULT_VIEW, type Selection, type TransportsView } from './view.ts';

export class TransportsLab {
	scenario = $state.raw<Scenario>(DEFAULT_VIEW.scenario);
	t = $state(0);
	speed = $state(DEFAULT_VIEW.speed);
	zoom = $state(DEFAULT_VIEW.zoom);
	selected = $state.raw<Selection | null>(null);
	playing = $state(false);

	results = $state.raw<readonly DrawnResult[]>([]);
	/** The scenario `results` are of (JSON): the page and tests compare. */
	resultsKey = $state('');
	/** `results` with their texts, when they are the worker's (the build-time ones have none). */
	full = $state.raw<SimulationResult[] | null>(null);
	sweepPoints = $state.raw<SweepPoint[] | null>(null);
	sweepKey = $state('');
	/** Whether the summary chart shown is still the build's markup. Once another scenario's sweep
	 * came, every sweep is drawn, the build's scenario's too: that markup is not in the client. */
	sweepIsBuilt = $state(true);
	failure = $state<WorkerFailure | null>(null);

	readonly #key = $derived(keyOf(this.scenario));
	/** The scenario of the build-time runs the page opened with. */
	#firstKey = '';
	/** The last scenario checked and its problems. The checks (scenario-problems.ts) are fetched with
	 * the first scenario that is not the build's: that one has none. */
	#checked = $state.raw<{ key: string; problems: ScenarioProblem[] }>({ key: '', problems: [] });
	/** What makes the scenario unusable (none until it is checked). */
	readonly problems = $derived(this.#checked.key === this.#key ? this.#checked.problems : []);
	readonly computing = $derived(this.problems.length === 0 && this.resultsKey !== this.#key);
	readonly end = $derived(Math.max(1, ...this.results.map((r) => r.endsAt)));
	/** The clock, never past the end of the results shown. */
	readonly time = $derived(Math.min(this.t, this.end));
	readonly stops = $derived(clockStops(this.results));
	readonly progress = $derived(this.results.map(progressOf));
	/** Whether the view is no longer the one the page was built with: its prerendered clock, lanes
	 * and counters (StaticFirst) must then become live to follow it. */
	readonly moved = $derived(
		this.t !== 0 ||
			this.playing ||
			this.selected !== null ||
			this.speed !== DEFAULT_VIEW.speed ||
			this.zoom !== DEFAULT_VIEW.zoom ||
			this.#key !== this.#firstKey ||
			this.resultsKey !== this.#firstKey
	);

	constructor(first: FirstView) {
		this.#firstKey = first.key;
		this.results = first.results;
		this.resultsKey = first.key;
		this.sweepPoints = first.sweep;
		this.sweepKey = first.key;
		this.#checked = { key: first.key, problems: [] };
	}

	#run: SimulationJob | undefined;
	/** The scenario the run in the worker is of ('' when none is). */
	#runKey = '';
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

	/** Asks the worker for the current scenario's runs (call from an effect: it reads `scenario`),
	 * and for the texts of the runs shown once an arrow is opened. */
	simulate(): void {
		const scenario = this.scenario;
		const key = this.#key;
		const textsWanted = this.selected !== null && this.full === null;
		if (!this.#runnable() || (key === this.resultsKey && !textsWanted)) return;
		if (key === this.#runKey) return; // already on its way
		this.#run?.cancel();
		this.#runKey = key;
		this.#run = startSimulation({ kind: 'run', scenario }, (reply) => {
			this.#runKey = '';
			if (reply.kind === 'run') {
				this.results = this.full = reply.results;
				this.resultsKey = key;
				this.failure = null;
			} else if (reply.kind === 'failed') this.failure = reply.failure;
		});
	}

	/** The summary chart's runs: the current scenario at other event rates. */
	simulateSweep(): void {
		const scenario = this.scenario;
		const key = this.#key;
		if (!this.#runnable() || key === this.sweepKey) return;
		this.#sweep?.cancel();
		this.#sweep = startSimulation({ kind: 'sweep', scenario, axis: 'rate' }, (reply) => {
			if (reply.kind === 'sweep') {
				this.sweepPoints = reply.points;
				this.sweepKey = key;
				if (key !== this.#firstKey) this.sweepIsBuilt = false;
			}
		});
	}

	/** Whether the scenario is checked and has no problems; starts its check when it is not checked
	 * (call from an effect: the check's answer runs it again). */
	#runnable(): boolean {
		if (this.#checked.key !== this.#key) {
			void this.#check(this.scenario, this.#key);
			return false;
		}
		return this.#checked.problems.length === 0;
	}

	async #check(scenario: Scenario, key: string): Promise<void> {
		const { scenarioProblems } = await import('$lib/protocol/transports/scenario-problems.ts');
		// Once: the run and the sweep both ask; and not for a scenario left meanwhile.
		if (key === this.#key && this.#checked.key !== key) {
			this.#checked = { key, problems: scenarioProblems(scenario) };
		}
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

	/** A transport's run with its texts: none while the build-time runs are shown. */
	resultOf(transport: string): SimulationResult | undefined {
		return this.full?.find((r) => r.transport === transport);
	}
}
