// Links inside the site keep the page's language: /ko/decode links to /ko/build.
import { resolve } from '$app/paths';
import type { Pathname, RouteId } from '$app/types';
import { localizeHref, type Locale } from '$lib/paraglide/runtime.js';

/** The site's pages without parameters (all of them: every page is prerendered). */
type PagePath = Exclude<RouteId, `${string}[${string}`>;

/**
 * An absolute path of the site in the current language (or in `locale`), resolved against the base.
 * Localize first, then resolve: while prerendering, resolve() gives a path relative to the page being
 * rendered, and Paraglide turns a relative href into an absolute URL on Kit's prerender origin
 * (http://sveltekit-prerender/…), which is what the prerendered links said before hydration.
 */
export function localPath(pathname: string, locale?: Locale): string {
	const localized = localizeHref(pathname, locale ? { locale } : undefined);
	return resolve(localized as Pathname);
}

/** A page of this site, in the current language (or in `locale`), with an optional #hash. */
export function localHref(
	path: PagePath,
	options: { locale?: Locale; hash?: string } = {}
): string {
	const href = localPath(path, options.locale);
	return options.hash ? `${href}#${options.hash}` : href;
}
