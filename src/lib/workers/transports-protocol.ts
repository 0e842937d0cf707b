// Messages between the /transports page and its simulation worker.
import type { JobFailure } from './failure.ts';
import type { Scenario, SimulationResult, SweepAxis, SweepPoint } from '../protocol/index.ts';

export type SimulationRequest =
	{ kind: 'run'; scenario: Scenario } | { kind: 'sweep'; scenario: Scenario; axis: SweepAxis };

export type SimulationReply =
	| { kind: 'run'; results: SimulationResult[] }
	| { kind: 'sweep'; points: SweepPoint[] }
	| { kind: 'failed'; failure: JobFailure };
