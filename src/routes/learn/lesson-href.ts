// Links to lessons, in the page's language (links.ts covers pages without parameters).
import { resolve } from '$app/paths';
import { localizeHref } from '$lib/paraglide/runtime.js';

export const lessonHref = (slug: string): string =>
	localizeHref(resolve('/learn/[slug]', { slug }));
