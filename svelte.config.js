import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * static/theme.js runs before the first paint; it goes inline in every page (src/hooks.server.ts),
 * so a phone's first visit waits for no script request before it paints, and the policy names it
 * by its hash.
 */
const themeScriptHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(readFileSync('static/theme.js', 'utf8')).digest('base64')}`
);

/**
 * The build's version (the service worker's cache name, SvelteKit's update check). Kit's default is
 * the time of the build, which made two builds of one commit differ in every file that imports it:
 * the commit names the build instead (the package version outside a git checkout).
 */
function buildVersion() {
	// Another name for the same sources: the service worker's update test builds a second version.
	if (process.env.WSVIZ_BUILD_VERSION) return process.env.WSVIZ_BUILD_VERSION;
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return process.env.npm_package_version ?? '0';
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered: the site is plain static files, hostable anywhere and usable offline.
		// 404.html: the page hosts (and the service worker, offline) answer for a path the site does not have.
		// WSVIZ_BUILD_DIR and WSVIZ_KIT_DIR: a second build beside the first (tests/e2e/sw-update.test.ts).
		adapter: adapter({
			strict: true,
			fallback: '404.html',
			pages: process.env.WSVIZ_BUILD_DIR ?? 'build',
			assets: process.env.WSVIZ_BUILD_DIR ?? 'build'
		}),
		outDir: process.env.WSVIZ_KIT_DIR ?? '.svelte-kit',
		version: { name: buildVersion() },
		// A page's stylesheets go in its HTML: on a phone's first visit each linked one is a request
		// before the first paint (/decode linked 13, 11 kB gzip in all).
		inlineStyleThreshold: Infinity,
		// A strict policy: nothing from other origins, and inline scripts only by their hashes (Kit's own
		// for prerendered pages, and the theme script's). Pasted text is never rendered as HTML, and this is the second line of defence.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', themeScriptHash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
