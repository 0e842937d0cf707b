import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the build prerendered, as a URL path: the site is exactly these files (and the 404 fallback). */
export function prerendered(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : prerendered(path);
		if (!entry.name.endsWith('.html')) return [];
		// build/404.html is adapter-static's fallback (svelte.config.js), the page a server or the
		// service worker answers for an unknown path: not a page of its own (tests/e2e/offline.test.ts).
		if (dir === 'build' && entry.name === '404.html') return [];
		const route = '/' + relative('build', path).replace(/(index)?\.html$/, '');
		return [route.length > 1 ? route.replace(/\/$/, '') : route];
	});
}

/** The prerendered HTML of a page, by its URL path (as prerendered() names it). */
export const prerenderedHtml = (path: string): string =>
	readFileSync(`build${path === '/' ? '/index' : path}.html`, 'utf8');
