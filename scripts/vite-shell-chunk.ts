// Vite plugin (client build only): every page's first load fetches the frameworks (Svelte's runtime,
// SvelteKit's client, devalue) and the few small modules of the site's shell (the layout's language,
// link and presenter helpers, Paraglide's runtime). Left to Rolldown's automatic chunking, these came
// as ten files, six of them under 300 bytes, because their importers differ slightly; every page
// loads all of them anyway (the layout does), so one chunk holds them: the same bytes, fewer requests.
// Deterministic: the chunk is named by Rolldown's content hash like any other.
import type { Plugin } from 'vite';

/** Modules every page loads: the frameworks and what the root layout imports that is this small. */
const SHELL = [
	/\/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env)\//,
	/\/src\/lib\/paraglide\/runtime\.js$/,
	/\/src\/lib\/i18n\/(locale|links|client-texts)\.ts$/,
	/\/src\/lib\/i18n\/Slotted\.svelte$/,
	/\/src\/lib\/presenter\/presenter\.svelte\.ts$/
];

export function shellChunk(): Plugin {
	return {
		name: 'wsviz-shell-chunk',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			const test = (id: string) => SHELL.some((pattern) => pattern.test(id));
			return {
				build: {
					rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', test }] } } }
				}
			};
		}
	};
}
