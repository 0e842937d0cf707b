// What the browser needs of Paraglide's runtime, for this site's URLs only: the language is the
// path's first segment (/ko/…, /en/…), a path without one is the base language (i18n.config.js).
// Paraglide's runtime matches any URL pattern (URLPattern, with a polyfill for old browsers), keeps
// cookies, storage and server state: ~3 kB gzip that every page loaded for these few lines. The
// client build uses this module in its place (scripts/vite-client-i18n.ts); the server build and
// the tests keep Paraglide's, and tests/unit/i18n/client-runtime.test.ts holds the two to the
// same answers (the languages included).

export type Locale = 'en' | 'ko';

export const baseLocale: Locale = 'en';
export const locales: readonly Locale[] = ['en', 'ko'];

const isLocale = (segment: string | undefined): segment is Locale =>
	locales.includes(segment as Locale);

/** The URL's language, when its path names one. */
export function extractLocaleFromUrl(url: URL | string): Locale | undefined {
	const segment = new URL(url, location.origin).pathname.split('/')[1];
	return isLocale(segment) ? segment : undefined;
}

/** The page's language: the URL's, else the base language. */
export function getLocale(): Locale {
	return extractLocaleFromUrl(location.href) ?? baseLocale;
}

/** The path without its language segment: /ko/build → /build, /ko → '' (the caller says what). */
function withoutLocale(pathname: string): string {
	const segment = pathname.split('/')[1];
	return isLocale(segment) ? pathname.slice(segment.length + 1) : pathname;
}

const bare = (pathname: string): string => withoutLocale(pathname) || '/';

/** The same URL without the language in its path. */
export function deLocalizeUrl(url: URL): URL {
	const plain = new URL(url);
	plain.pathname = bare(url.pathname);
	return plain;
}

/** A same-site URL as an href: the path and what follows when it was given as a path. */
function asHref(href: string, url: URL): string {
	return href.startsWith('/') && url.origin === location.origin
		? url.pathname + url.search + url.hash
		: url.href;
}

/** The href in `locale` (the page's language unless given): /build → /ko/build, / → /ko/, /en → /ko. */
export function localizeHref(href: string, options?: { locale?: Locale }): string {
	const locale = options?.locale ?? getLocale();
	const url = new URL(href, location.origin);
	url.pathname = `/${locale}${withoutLocale(url.pathname)}`;
	return asHref(href, url);
}

/** The href without its language: /ko/build → /build. */
export function deLocalizeHref(href: string): string {
	const url = deLocalizeUrl(new URL(href, location.origin));
	return asHref(href, url);
}
