// At build time only (the page is prerendered): the engine's runs of the default scenario and its
// sweep, so the page opens with every lane drawn and no simulation on the visitor's main thread. The
// summary chart of that sweep is rendered here too, as markup: the page shows it as it is, and
// fetches the chart's code only to draw another scenario's (SweepChart.svelte).
import { render } from 'svelte/server';
import { simulateAll, sweep } from '$lib/protocol/index.ts';
import { drawnResult, scenarioKey, type FirstView } from './first-view.ts';
import SweepChart from './SweepChart.svelte';
import { currentRate, DEFAULT_VIEW } from './view.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (): { first: FirstView; sweepMarkup: string } => {
	const scenario = DEFAULT_VIEW.scenario;
	const points = sweep(scenario, 'rate');
	return {
		first: {
			key: scenarioKey(scenario),
			results: simulateAll(scenario).map(drawnResult),
			sweep: points
		},
		sweepMarkup: render(SweepChart, { props: { points, current: currentRate(scenario) } }).body
	};
};
