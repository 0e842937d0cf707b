// At build time only (the page is prerendered): the explorer's reading of its default capture, so
// the page opens showing it without loading the engine (src/lib/state/explorer.svelte.ts).
import { compactViews } from '$lib/server/compact.ts';
import { readExplorerText } from '$lib/state/explorer-engine.ts';
import { DEFAULT_TEXT } from '$lib/state/examples.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	explorer: compactViews(readExplorerText(DEFAULT_TEXT, 'auto'))
});
