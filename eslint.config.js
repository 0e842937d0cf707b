import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself, and better.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Internal links go through localHref() (src/lib/i18n/links.ts), which calls resolve() and
			// keeps the page's language; hash-only state updates keep the page's own URL. The rule cannot
			// see through either, so it checks goto() and pushState() only.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Promises that nobody awaits lose their errors; a promise where a callback is expected is
		// never awaited. Both need types, so these rules read the TypeScript project.
		files: ['**/*.ts', '**/*.svelte'],
		// Kit's generated tsconfig leaves the service worker out (it has its own lib, webworker).
		ignores: ['src/service-worker.ts'],
		languageOptions: { parserOptions: { projectService: true } },
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// Modules stay small (STYLE.md §8: under ~300 lines).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: { 'max-lines': ['warn', { max: 320, skipBlankLines: true, skipComments: true }] }
	},
	{
		// The engine runs in the browser, in a worker and in Node alike: no `any`, and nothing that
		// exists in only one of them (DESIGN.md: pure TypeScript, no DOM, no Svelte, no Node-only API).
		files: ['src/lib/protocol/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The engine does not use Svelte.' },
						{ group: ['$app/*'], message: 'The engine does not depend on SvelteKit.' },
						{
							group: ['$lib/paraglide/*', '**/paraglide/*'],
							message: 'The engine speaks in codes; the views render them.'
						},
						{ group: ['node:*'], message: 'The engine runs in browsers too.' }
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...['document', 'window', 'Buffer', 'process'].map((name) => ({
					name,
					message: 'The engine runs in the browser, a worker and Node alike.'
				}))
			]
		}
	},
	{
		ignores: [
			'src/lib/paraglide/',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
