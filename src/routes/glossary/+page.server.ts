// At build time: how many terms there are, the one fact about them the page's live part (the
// filter's count) needs before the terms themselves are imported (on the first search).
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	total: (await import('./terms.ts')).TERMS.length
});
