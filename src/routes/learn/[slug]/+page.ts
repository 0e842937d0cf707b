// The lesson's text in the page's language: one module per lesson and language, so a page loads
// only its own prose (src/lib/learn/content/{en,ko}/<slug>.ts).
import { loadText } from '$lib/learn/content.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	text: await loadText(data.slug, getLocale())
});
