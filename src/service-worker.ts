/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: the whole site is static files, so on its first visit the service worker stores every
// one of them (the app's code, the static files, every prerendered page in both languages and the
// 404 page). From then on each of those is answered from the store, so a classroom on flaky Wi-Fi,
// or none, still has every lab. Nothing else is ever stored (src/lib/site/offline-store.ts).
//
// Updates: a new build's worker installs its own store and then waits; the pages show "a new
// version is ready" (src/lib/site/UpdateNotice.svelte) and the one whose reader accepts asks it to
// take over. The previous build's store is kept one generation longer, so tabs still running the old
// build keep loading its chunks and workers.
import { base, build, files, prerendered, version } from '$service-worker';
import { TEXT_MODULES_LIST } from '$lib/i18n/client-texts.ts';
import {
	IMMUTABLE_DIR,
	moduleImports,
	NOT_FOUND_PAGE,
	staleStores,
	storedPath
} from '$lib/site/offline-store.ts';
import { SKIP_WAITING } from '$lib/site/update-message.ts';

const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'wsviz-';
const STORE = `${PREFIX}${version}`;
const NOT_FOUND = `${base}${NOT_FOUND_PAGE}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];

/** Every stored path (the precache and the text modules), read from the store once per start. */
let storedPaths: Promise<Set<string>> | undefined;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(STORE).then(async (store) => {
			const texts = await textModules();
			await store.addAll([...PRECACHE, ...texts]);
			await storeWorkerChunks(store);
			// adapter-static writes it into build/; `vite preview` has none, and the site works without.
			await store.add(NOT_FOUND).catch(() => {});
		})
	);
});

/**
 * The chunks the workers import (a payload decoder, the frame reader): not in `build`, so each stored
 * worker script is read for its imports, and theirs in turn, until no new chunk is named.
 */
async function storeWorkerChunks(store: Cache): Promise<void> {
	const stored = new Set(PRECACHE);
	let scripts = PRECACHE.filter((path) => path.includes('/workers/') && path.endsWith('.js'));
	while (scripts.length > 0) {
		const named: string[] = [];
		for (const path of scripts) {
			const source = await (await store.match(path))?.text();
			if (source === undefined) continue;
			for (const chunk of moduleImports(source, new URL(path, worker.location.href).href)) {
				if (!stored.has(chunk)) named.push(chunk);
				stored.add(chunk);
			}
		}
		await store.addAll(named);
		scripts = named;
	}
}

/** The pages' text modules (scripts/vite-client-i18n.ts), listed by the build beside them. */
async function textModules(): Promise<string[]> {
	const response = await fetch(`${base}/${TEXT_MODULES_LIST}`, { cache: 'no-cache' });
	return response.ok ? ((await response.json()) as string[]).map((p) => `${base}/${p}`) : [];
}

worker.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(staleStores(keys, STORE, PREFIX).map((k) => caches.delete(k))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	// The live lab's server (/live/api, /live/events): always the network, never stored.
	if (url.pathname.startsWith(`${base}/live/`)) return;
	event.respondWith(answer(request, url));
});

async function answer(request: Request, url: URL): Promise<Response> {
	const store = await caches.open(STORE);
	const path = storedPath(url.pathname, await (storedPaths ??= storedKeys(store)));
	const hit = path === undefined ? undefined : await store.match(path);
	if (hit) return hit;
	// A chunk of the build a tab is still running: the previous store has it.
	if (url.pathname.startsWith(`${base}${IMMUTABLE_DIR}`)) {
		const earlier = await caches.match(url.pathname, { ignoreSearch: true });
		if (earlier) return earlier;
	}
	return fromNetwork(request, store);
}

async function storedKeys(store: Cache): Promise<Set<string>> {
	const requests = await store.keys();
	return new Set(requests.map((r) => new URL(r.url).pathname));
}

/** Not ours to store: the network, and offline, for a page, the site's 404 page. */
async function fromNetwork(request: Request, store: Cache): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const notFound = request.mode === 'navigate' ? await store.match(NOT_FOUND) : undefined;
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, headers: notFound.headers });
	}
}
