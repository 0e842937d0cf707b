import { execFileSync } from 'node:child_process';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import type { PluginOption } from 'vite';
import { defineConfig } from 'vitest/config';
import { i18nOptions } from './i18n.config.js';
import { launchOptions } from './chromium.config.ts';
import { clientI18n } from './scripts/vite-client-i18n.ts';
import { chunkReport } from './scripts/vite-chunk-report.ts';
import { shellChunk } from './scripts/vite-shell-chunk.ts';
import { staticFirst } from './scripts/vite-static-first.ts';
import { staticIslands } from './scripts/vite-static-islands.ts';
import inlangSettings from './project.inlang/settings.json' with { type: 'json' };
import { liveLab } from './src/server/live/vite-plugin.ts';

/**
 * Messages (messages/{locale}.json) compile to typed functions in src/lib/paraglide. Only `vite dev`
 * runs Paraglide's plugin, which recompiles when a message file changes. Builds and tests compile
 * once, up front, in a child process (scripts/i18n.js): the compiler leaves a timer running for half
 * a minute, which would hold `vite build` and Vitest open that long.
 */
function i18n(command: 'build' | 'serve'): PluginOption[] {
	if (command === 'serve' && !process.env.VITEST) return [paraglideVitePlugin(i18nOptions)];
	if (!process.env.WSVIZ_I18N_COMPILED) {
		execFileSync(process.execPath, ['scripts/i18n.js'], { stdio: 'inherit' });
		process.env.WSVIZ_I18N_COMPILED = '1';
	}
	return [];
}

export default defineConfig(({ command }) => ({
	// The live lab's server (/live/...) on `vite dev` and `vite preview`; never in Vitest's servers.
	plugins: [
		...i18n(command),
		staticIslands(),
		staticFirst(),
		sveltekit(),
		clientI18n(inlangSettings),
		shellChunk(),
		chunkReport(),
		...(process.env.VITEST ? [] : [liveLab()])
	],
	// Module workers, so a worker can import code on first use (the payload decoders, one per protocol).
	worker: { format: 'es' as const },
	test: {
		expect: { requireAssertions: true },
		// Two workers a project on two cores (Vitest's default is one fewer than the cores): many tests
		// wait on a child process, a real peer, tcpdump, a server or the browser rather than compute.
		// (Projects that run side by side must agree on this.)
		maxWorkers: 2,
		// A bound for a hung test, not a measure of speed: property runs, big simulations and real
		// peers take a second or two idle, and past Vitest's default 5 s on a machine busy with other
		// work (seen at a load average of 20 on two cores).
		testTimeout: 30_000,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					// One module graph per worker, not one per file: importing the engine, the CLI and
					// their dependencies again for each of ~110 files cost most of this project's time
					// (measured under load: 348 s isolated, 91 s shared). The tests keep no state between
					// files (a test that sets the language puts it back in afterEach).
					isolate: false,
					include: [
						'tests/unit/**/*.test.ts',
						'tests/peer/**/*.test.ts',
						'tests/property/**/*.test.ts',
						'tests/cli/**/*.test.ts'
					]
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['tests/component/**/*.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
}));
