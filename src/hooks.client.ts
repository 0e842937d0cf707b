// Before the app starts: a page opened without a language in its URL (/build rather than /ko/build)
// goes to the language the reader chose or prefers. A URL that names its language is never changed:
// links are shared, and they must open in the language they were copied in.
import type { ClientInit } from '@sveltejs/kit';
import { baseLocale, extractLocaleFromUrl, localizeHref } from '$lib/paraglide/runtime.js';
import { LOCALE_CHOICE_KEY, preferredLocale } from '$lib/i18n/locale.ts';

function storedChoice(): string | null {
	try {
		return localStorage.getItem(LOCALE_CHOICE_KEY);
	} catch {
		return null; // storage blocked (private mode, policies): the browser's languages decide
	}
}

export const init: ClientInit = () => {
	if (extractLocaleFromUrl(location.href) !== undefined) return;
	const locale = preferredLocale(storedChoice(), navigator.languages);
	if (locale === baseLocale) return; // the page was rendered in English: nothing to do
	const { pathname, search, hash } = location;
	location.replace(localizeHref(pathname, { locale }) + search + hash);
	// Keep the English page from starting while the browser leaves it.
	return new Promise<void>(() => {});
};
