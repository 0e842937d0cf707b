// Messages between the /transports page and its simulation worker.
import type { Scenario, SimulationResult, SweepAxis, SweepPoint } from '../protocol/index.ts';
import type { WorkerFailure } from './failures.ts';

export type SimulationRequest =
	{ kind: 'run'; scenario: Scenario } | { kind: 'sweep'; scenario: Scenario; axis: SweepAxis };

export type SimulationReply =
	| { kind: 'run'; results: SimulationResult[] }
	| { kind: 'sweep'; points: SweepPoint[] }
	| { kind: 'failed'; failure: WorkerFailure };
