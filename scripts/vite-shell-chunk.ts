// Vite plugin (client build only): every page's first load fetches the frameworks (Svelte's runtime,
// SvelteKit's client, devalue) and the few small modules of the site's shell (the layout's language,
// link and presenter helpers, Paraglide's runtime). Left to Rolldown's automatic chunking, these came
// as ten files, six of them under 300 bytes, because their importers differ slightly; every page
// loads all of them anyway (the layout does), so one chunk holds them: the same bytes, fewer requests.
// Deterministic: the chunk is named by Rolldown's content hash like any other.
//
// Only what every page runs belongs in it. Svelte's package does not say its modules are free of side
// effects, so every component's `import 'svelte/internal/client'` (the barrel of the whole runtime)
// used to reach every runtime module a page anywhere used ({@html}, bind:value on an input …), and
// all of them came with every page. Declared side-effect free here (they are: their top level only
// declares), a runtime module goes where its users are; the few that the shell itself never uses are
// left out of the shell, so the pages that use them fetch them as a small chunk of their own.
import type { Plugin } from 'vite';

/** Modules every page loads: the frameworks and what the root layout imports that is this small. */
const SHELL = [
	/\/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env)\//,
	/vite\/preload-helper\.js$/,
	/\/src\/lib\/paraglide\/runtime\.js$/,
	/\/src\/lib\/i18n\/(locale|links|client-texts|client-runtime)\.ts$/,
	/\/src\/lib\/i18n\/Slotted\.svelte$/,
	/\/src\/lib\/presenter\/presenter\.svelte\.ts$/
];

/**
 * Svelte's runtime modules whose top level has no effect; the flags and the version mark that
 * compiled components import for their effect are not among them.
 */
const SVELTE_RUNTIME =
	/\/node_modules\/svelte\/src\/(internal\/(client|shared)\/|legacy\/|store\/|reactivity\/|index-client\.js)/;

/**
 * Runtime parts the shell (layout, error page, SvelteKit's client) never uses, only some pages:
 * {@html}, {#key}, bind: on inputs and sizes, style: and class: directives. Were the shell to use
 * one later, it would fetch it as one more small chunk: slower by a request, never broken.
 */
const PAGE_RUNTIME =
	/\/node_modules\/svelte\/src\/internal\/(client\/dom\/(blocks\/(html|key)|elements\/(bindings\/(input|size)|style|class))|shared\/attributes)\.js$/;

export function shellChunk(): Plugin {
	return {
		name: 'wsviz-shell-chunk',
		apply: 'build',
		transform: {
			filter: { id: SVELTE_RUNTIME },
			handler() {
				return this.environment.name === 'client' ? { moduleSideEffects: false } : null;
			}
		},
		configEnvironment(name) {
			if (name !== 'client') return;
			const test = (id: string) =>
				SHELL.some((pattern) => pattern.test(id)) && !PAGE_RUNTIME.test(id);
			return {
				build: {
					rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'shell', test }] } } }
				}
			};
		}
	};
}
