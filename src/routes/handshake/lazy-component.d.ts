// `./X.svelte?static`: X, imported for the server render only (scripts/vite-lazy-views.ts); the
// browser loads it with import('./X.svelte') when it is needed (Deferred.svelte).
declare module '*.svelte?static' {
	import type { Component } from 'svelte';
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the caller's import() names the props
	const component: Component<any>;
	export default component;
}
