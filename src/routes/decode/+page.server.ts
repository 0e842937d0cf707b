// At build time only (the page is prerendered): the engine's reading of the default example, so the
// page opens showing it without loading the engine (src/routes/decode/read-example.ts).
import { compactViews } from '$lib/server/compact.ts';
import { EXAMPLES } from './examples.ts';
import { readExample } from './read-example.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	decode: compactViews(await readExample(EXAMPLES[0]!))
});
