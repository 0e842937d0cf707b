// A component imported with `?prerender` (scripts/vite-static-first.ts): the component itself for the
// server render, a stub holding its styles in the client build. Only StaticFirst takes it.
declare module '*.svelte?prerender' {
	import type { Component } from 'svelte';
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked on the live side
	const component: Component<any>;
	export default component;
}
