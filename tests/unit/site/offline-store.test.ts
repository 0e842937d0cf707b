import { describe, expect, it } from 'vitest';
import {
	moduleImports,
	NOT_FOUND_PAGE,
	staleStores,
	storedPath
} from '../../../src/lib/site/offline-store.ts';

const STORED = new Set(['/', '/build', '/ko', '/ko/build', '/_app/immutable/a.js', NOT_FOUND_PAGE]);

describe('storedPath: which stored copy answers a path', () => {
	it.each([
		['/build', '/build'],
		['/build.html', '/build'],
		['/build/', '/build'],
		['/build/index.html', '/build'],
		['/index.html', '/'],
		['/ko/index.html', '/ko'],
		['/ko/build.html', '/ko/build'],
		['/_app/immutable/a.js', '/_app/immutable/a.js']
	])('%s is answered by the stored %s', (pathname, stored) => {
		expect(storedPath(pathname, STORED)).toBe(stored);
	});

	it.each(['/nothing', '/build.htm', '/_app/immutable/b.js', '/builder', '/ko/build/x'])(
		'%s is not stored (the network answers, nothing is kept)',
		(pathname) => {
			expect(storedPath(pathname, STORED)).toBeUndefined();
		}
	);
});

describe('staleStores: the previous build is kept one generation', () => {
	it('keeps the current store and the one created just before it', () => {
		const keys = ['wsviz-1', 'wsviz-2', 'other-cache', 'wsviz-3'];
		expect(staleStores(keys, 'wsviz-3', 'wsviz-')).toEqual(['wsviz-1']);
	});

	it('deletes nothing on a first install, and never another app’s store', () => {
		expect(staleStores(['wsviz-1'], 'wsviz-1', 'wsviz-')).toEqual([]);
		expect(staleStores(['x', 'wsviz-1', 'wsviz-2'], 'wsviz-2', 'wsviz-')).toEqual([]);
	});
});

describe('moduleImports: the chunks a worker script names', () => {
	const url = 'http://site/_app/immutable/workers/payload.worker-X.js';
	it('finds static and dynamic imports in any quotes, resolved against the script', () => {
		const source =
			'import{r as e,t}from"./chunks/B749r-o1.js";const a=()=>import(`./chunks/DuIL8Cj7.js`);' +
			"import('./chunks/Q.js');import(\"../other.js\");const s='./not-an-import.js';";
		expect(moduleImports(source, url)).toEqual([
			'/_app/immutable/workers/chunks/B749r-o1.js',
			'/_app/immutable/workers/chunks/DuIL8Cj7.js',
			'/_app/immutable/workers/chunks/Q.js',
			'/_app/immutable/other.js'
		]);
	});
	it('names nothing in a script without relative imports', () => {
		expect(moduleImports('const x = 1; import("https://elsewhere/x.js")', url)).toEqual([]);
	});
});
