// What the service worker (src/service-worker.ts) answers from its store, as pure functions it and
// the unit tests share. The store holds this build's own files and pages, under their paths without
// a query: a page's query (?theme=…, a lab's state) only matters to the page's own script, so every
// query of a stored path gets the stored copy, and nothing outside the store is ever stored.

/** The prerendered 404 page (adapter-static's `fallback`), answered offline for unknown paths. */
export const NOT_FOUND_PAGE = '/404.html';

/** Chunks named by their content: any build's copy of such a path is the right one. */
export const IMMUTABLE_DIR = '/_app/immutable/';

/**
 * The stored path that answers `pathname`, or undefined. A page is stored as `/build`; the server
 * also answers it as `/build.html`, `/build/` and `/build/index.html`, and so does the store.
 */
export function storedPath(pathname: string, stored: ReadonlySet<string>): string | undefined {
	for (const candidate of pathCandidates(pathname)) if (stored.has(candidate)) return candidate;
	return undefined;
}

function pathCandidates(pathname: string): string[] {
	const candidates = [pathname];
	const page = pathname.replace(/(\/index)?\.html$/, '').replace(/\/+$/, '');
	if (page !== pathname) candidates.push(page || '/');
	return candidates;
}

/**
 * The stores to delete once `current` is active: all but `current` and the one created just before
 * it, whose chunks tabs opened before the update may still load (caches.keys() lists stores in the
 * order they were created). Only stores named with `prefix` are ours.
 */
export function staleStores(keys: readonly string[], current: string, prefix: string): string[] {
	const ours = keys.filter((k) => k.startsWith(prefix) && k !== current);
	return ours.slice(0, -1);
}

/**
 * The modules a script imports, statically or dynamically, by relative path, resolved against its
 * URL. Vite bundles workers apart from the app, so SvelteKit's `build` list names each worker but not
 * the chunks it imports (workers/chunks/*.js); the service worker reads them from the workers.
 */
export function moduleImports(source: string, url: string): string[] {
	const found = new Set<string>();
	for (const match of source.matchAll(
		/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`\s]+?\.js)["'`]/g
	))
		found.add(new URL(match[1]!, url).pathname);
	return [...found];
}
