// The browser's locale module (src/lib/i18n/client-runtime.ts) stands in for Paraglide's runtime in
// the client build: for every URL this site has, both must give the same answers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as paraglide from '$lib/paraglide/runtime.js';
import * as client from '$lib/i18n/client-runtime.ts';
import { SITE_PAGES } from '$lib/site/pages.ts';

// Paraglide's runtime resolves paths against this origin in Node; the client module reads location.
const ORIGIN = 'http://fallback.com';
const saved = Object.getOwnPropertyDescriptor(globalThis, 'location');
const visit = (path: string) =>
	Object.defineProperty(globalThis, 'location', {
		configurable: true,
		value: { origin: ORIGIN, href: `${ORIGIN}${path}` }
	});
beforeEach(() => visit('/'));
afterEach(() => {
	if (saved) Object.defineProperty(globalThis, 'location', saved);
	else Reflect.deleteProperty(globalThis, 'location');
});

const ROUTES = ['/', ...SITE_PAGES.map((p) => p.path), '/learn/frame', '/kobuild', '/english'];
const PATHS = ROUTES.flatMap((route) => [
	route,
	...paraglide.locales.flatMap((l) => [`/${l}${route === '/' ? '' : route}`, `/${l}${route}`])
]).flatMap((path) => [path, `${path}?theme=dark#step-3`]);

describe('the client locale module', () => {
	it('speaks the same languages as Paraglide', () => {
		expect([client.baseLocale, client.locales]).toEqual([paraglide.baseLocale, paraglide.locales]);
	});

	it.each(PATHS)(
		'%s: the same language, path without language, and path in each language',
		(path) => {
			const url = new URL(path, ORIGIN);
			expect(client.extractLocaleFromUrl(url.href)).toBe(paraglide.extractLocaleFromUrl(url.href));
			expect(client.deLocalizeUrl(url).href).toBe(paraglide.deLocalizeUrl(url).href);
			expect(client.deLocalizeHref(path)).toBe(paraglide.deLocalizeHref(path));
			for (const locale of paraglide.locales)
				expect([locale, client.localizeHref(path, { locale })]).toEqual([
					locale,
					paraglide.localizeHref(path, { locale })
				]);
		}
	);

	it("reads the page's language from its URL, the base language when it names none", () => {
		visit('/ko/decode');
		expect(client.getLocale()).toBe('ko');
		expect(client.localizeHref('/build')).toBe('/ko/build');
		visit('/decode');
		expect(client.getLocale()).toBe(paraglide.baseLocale);
	});
});
