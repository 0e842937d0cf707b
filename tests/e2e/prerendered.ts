import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page the build prerendered, as a URL path: the site is exactly these files. */
export function prerendered(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : prerendered(path);
		if (!entry.name.endsWith('.html')) return [];
		const route = '/' + relative('build', path).replace(/(index)?\.html$/, '');
		return [route.length > 1 ? route.replace(/\/$/, '') : route];
	});
}
