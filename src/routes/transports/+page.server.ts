// At build time only (the page is prerendered): the engine's runs of the default scenario and its
// sweep, so the page opens with every lane drawn and no simulation on the visitor's main thread.
import { simulateAll, sweep } from '$lib/protocol/index.ts';
import { drawnResult, scenarioKey, type FirstView } from './first-view.ts';
import { DEFAULT_VIEW } from './view.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (): { first: FirstView } => {
	const scenario = DEFAULT_VIEW.scenario;
	return {
		first: {
			key: scenarioKey(scenario),
			results: simulateAll(scenario).map(drawnResult),
			sweep: sweep(scenario, 'rate')
		}
	};
};
