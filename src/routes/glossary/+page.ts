// The terms, for the server's render only: the browser keeps the prerendered list as it is
// (data-static) and imports the terms when the reader first uses the filter.
import { browser } from '$app/environment';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	terms: browser ? null : (await import('./terms.ts')).TERMS
});
