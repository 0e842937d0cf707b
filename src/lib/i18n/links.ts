// Links inside the site keep the page's language: /ko/decode links to /ko/build.
import { resolve } from '$app/paths';
import type { RouteId } from '$app/types';
import { localizeHref, type Locale } from '$lib/paraglide/runtime.js';

/** The site's pages without parameters (all of them: every page is prerendered). */
type PagePath = Exclude<RouteId, `${string}[${string}`>;

/** A page of this site, in the current language (or in `locale`), with an optional #hash. */
export function localHref(
	path: PagePath,
	options: { locale?: Locale; hash?: string } = {}
): string {
	const href = localizeHref(resolve(path), options.locale ? { locale: options.locale } : undefined);
	return options.hash ? `${href}#${options.hash}` : href;
}
