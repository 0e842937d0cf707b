// The browser's side of scripts/vite-client-i18n.ts: in the client build every message function
// is `(inputs) => formatMessage(key, inputs)`, and each chunk has put the texts of its messages, in
// the page's language, into `globalThis.__wsvizTexts` before it runs. Texts are the strings of
// messages/{locale}.json, whose only syntax is `{name}` (an input), filled in as Paraglide does.

declare global {
	var __wsvizTexts: Record<string, string> | undefined;
}

const INPUT = /\{(\w+)\}/g;

/**
 * Every text module of the build, as a JSON list of paths from the site's root: the service worker
 * precaches them (SvelteKit's own list of the build's files does not know them).
 */
export const TEXT_MODULES_LIST = '_app/texts.json';

export function formatMessage(key: string, inputs: Record<string, unknown>): string {
	const text = globalThis.__wsvizTexts?.[key] ?? key;
	return text.replace(INPUT, (_, name: string) => String(inputs[name]));
}
