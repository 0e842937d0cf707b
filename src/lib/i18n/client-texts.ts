// The browser's side of scripts/vite-client-i18n.ts: in the client build every message function
// is `(inputs) => formatMessage(key, inputs)`, and each chunk has put the texts of its messages, in
// the page's language, into `globalThis.__wsvizTexts` before it runs. Texts are the strings of
// messages/{locale}.json, whose only syntax is `{name}` (an input), filled in as Paraglide does.

declare global {
	var __wsvizTexts: Record<string, string> | undefined;
}

const INPUT = /\{(\w+)\}/g;

export function formatMessage(key: string, inputs: Record<string, unknown>): string {
	const text = globalThis.__wsvizTexts?.[key] ?? key;
	return text.replace(INPUT, (_, name: string) => String(inputs[name]));
}
