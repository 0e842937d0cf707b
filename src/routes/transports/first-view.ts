// What /transports opens with, made at build time (+page.server.ts runs the engine once, on the
// default scenario): its runs as the engine returned them, less what only an opened arrow shows
// (HTTP texts, frame bytes, notes), and the summary chart's sweep. The page paints this with no
// engine, no worker and no d3 loaded; the worker runs only when something changes (lab.svelte.ts).
import type { SimulationResult, SweepPoint, WireItem } from '$lib/protocol/index.ts';
import type { RunTimes } from '$lib/protocol/transports/progress.ts';

/** An item as the lanes draw it: the engine's, without its texts. */
export type DrawnItem = Omit<WireItem, 'text' | 'hex' | 'truncated' | 'note'>;

/** A run as the lanes, the counters and the clock use it (a SimulationResult is one). */
export interface DrawnResult
	extends Pick<SimulationResult, 'transport' | 'connections' | 'metrics' | 'endsAt'>, RunTimes {
	timeline: readonly DrawnItem[];
}

export interface FirstView {
	/** The scenario these are the runs of (scenarioKey). */
	key: string;
	results: DrawnResult[];
	sweep: SweepPoint[];
}

const DRAWN_FIELDS = [
	'id',
	'connection',
	'kind',
	'direction',
	'sentAt',
	'arrivesAt',
	'bytes',
	'label',
	'deliversEvents',
	'deliversMessages',
	'empty'
] as const satisfies readonly (keyof DrawnItem)[];

/** Which scenario results are of: equal keys, the same runs. */
export const scenarioKey = (scenario: object): string => JSON.stringify(scenario);

/** A run without what the first view never shows: the page's data stays a few kB. */
export function drawnResult(r: SimulationResult): DrawnResult {
	return {
		transport: r.transport,
		connections: r.connections,
		metrics: r.metrics,
		endsAt: r.endsAt,
		deliveries: r.deliveries.map(({ deliveredAt }) => ({ deliveredAt })),
		sends: r.sends.map(({ deliveredAt }) => ({ deliveredAt })),
		timeline: r.timeline.map(
			(item) =>
				Object.fromEntries(
					DRAWN_FIELDS.filter((k) => k in item).map((k) => [k, item[k]])
				) as unknown as DrawnItem
		)
	};
}
