/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: the whole site is static files, so on its first visit the service worker stores every
// one of them (the app's code, the static files and every prerendered page, in both languages).
// From then on each request is answered from that store, so a classroom on flaky Wi-Fi, or none,
// still has every lab. A new build brings a new store (`version`) and the old one is deleted.
import { build, files, prerendered, version } from '$service-worker';
import { TEXT_MODULES_LIST } from '$lib/i18n/client-texts.ts';

const worker = self as unknown as ServiceWorkerGlobalScope;
const STORE = `wsviz-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(STORE)
			.then(async (store) => store.addAll([...PRECACHE, ...(await textModules())]))
			.then(() => worker.skipWaiting())
	);
});

/** The pages' text modules (scripts/vite-client-i18n.ts), listed by the build beside them. */
async function textModules(): Promise<string[]> {
	const response = await fetch(TEXT_MODULES_LIST, { cache: 'no-cache' });
	return response.ok ? ((await response.json()) as string[]) : [];
}

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== STORE).map((k) => caches.delete(k))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== location.origin) return;
	// The live lab's server (/live/api, /live/events): always the network, never stored.
	if (url.pathname.startsWith('/live/')) return;
	event.respondWith(answer(request, url));
});

/**
 * From the store first: every file of this build is there, and a page's query (?theme=…) only
 * matters to the page's own script. Anything else goes to the network, and is stored if it is ours.
 */
async function answer(request: Request, url: URL): Promise<Response> {
	const store = await caches.open(STORE);
	const stored = await store.match(url.pathname, { ignoreSearch: true });
	if (stored) return stored;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await store.put(request, response.clone());
	return response;
}
