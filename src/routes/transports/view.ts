// Everything the /transports page shows follows from this: the scenario the engine simulates, the
// clock's time, how fast it plays, how much of the run is in view, and the arrow opened. A link
// carries exactly this (link.ts).
import { DEFAULT_SCENARIO, type Scenario } from '$lib/protocol/transports/scenario.ts';
import type { TransportName } from '$lib/protocol/transports/transport-names.ts';

export interface Selection {
	transport: TransportName;
	/** A WireItem id in that transport's timeline. */
	item: number;
}

export interface TransportsView {
	scenario: Scenario;
	/** The clock, in simulated ms. */
	t: number;
	/** Simulated ms per real ms while playing. */
	speed: number;
	/** The width of the window in view, in simulated ms; 0: the whole run. */
	zoom: number;
	selected: Selection | null;
}

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30] as const;
export const ZOOMS = [0, 1_000, 2_000, 5_000, 10_000, 20_000, 60_000] as const;

export const DEFAULT_VIEW: TransportsView = {
	scenario: { ...DEFAULT_SCENARIO },
	t: 0,
	speed: 1,
	zoom: 0,
	selected: null
};

/** The server event rate the summary chart marks: the scenario's own, when it has one. */
export const currentRate = (scenario: Scenario): number | null =>
	scenario.serverEvents.kind === 'poisson' ? scenario.serverEvents.perSecond : null;
