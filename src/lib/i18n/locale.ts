// Which language a reader gets when the URL names none: the one they chose with the language
// switch (remembered), else the first of their browser's languages that we speak, else English.
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime.js';

/** Where the language switch remembers the reader's choice. */
export const LOCALE_CHOICE_KEY = 'wsviz-locale';

/** Each language by its own name, as a language switch shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', ko: '한국어' };

function ours(tag: string | null | undefined): Locale | undefined {
	const primary = tag?.toLowerCase().split('-')[0];
	return locales.find((l) => l === primary);
}

export function preferredLocale(chosen: string | null, languages: readonly string[]): Locale {
	return ours(chosen) ?? languages.map(ours).find((l) => l !== undefined) ?? baseLocale;
}
