// At build time only (the page is prerendered): the engine's reading of the default frame, so the
// page opens showing it without loading the engine (src/lib/state/builder.svelte.ts).
import { compactViews } from '$lib/server/compact.ts';
import { DEFAULT_STATE } from '$lib/state/builder.svelte.ts';
import { readBuilder } from '$lib/state/builder-engine.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ builder: compactViews(readBuilder(DEFAULT_STATE)) });
