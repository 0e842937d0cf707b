// Paraglide's options, shared by the Vite plugin (vite.config.ts) and `npm run i18n` (scripts/i18n.js,
// which svelte-check needs before Vite has run), so both compile the same runtime.
//
// The page's language is the URL's: /ko/... is Korean, /en/... English. A path with neither is
// rendered in English at build time; src/hooks.client.ts sends a reader who prefers (or chose)
// Korean to its /ko/ twin before the page starts. Messages live in messages/{locale}.json.

/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const i18nOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['url', 'baseLocale'],
	urlPatterns: [
		{
			pattern: ':protocol://:domain(.*)::port?/:path(.*)?',
			localized: [
				['ko', ':protocol://:domain(.*)::port?/ko/:path(.*)?'],
				['en', ':protocol://:domain(.*)::port?/en/:path(.*)?']
			]
		}
	]
};
