// Vite plugin: a component imported with `?prerender` is rendered by the server build only.
//
//     import Verdict from '$lib/components/Verdict.svelte?prerender';
//
// StaticFirst (src/lib/components/StaticFirst.svelte) shows a view as the server rendered it and
// imports the live component only when the visitor needs it. For that split, the client build must
// not import the component statically: a module imported both statically and with `import()` stays
// in the page's eager chunks. So an import with `?prerender`:
//
// - in the server build, `vite dev` and Vitest is the component itself (it renders the markup);
// - in the client build is a stub that renders nothing (StaticFirst never renders it there: it sits
//   in a data-static element, see vite-static-islands.ts) and imports only the styles of the
//   component and of every component it uses, so the prerendered markup is styled before any of
//   their code arrives. The code comes with the `import()` that makes the view live.
import type { Plugin } from 'vite';

export const PRERENDER_QUERY = '?prerender';
// (Not ending in .svelte, which vite-plugin-svelte would compile.)
const STUB = '\0wsviz-prerender:';
const stubId = (component: string): string => `${STUB}${component}.js`;
/** vite-plugin-svelte's id for a component's styles. */
const COMPONENT_STYLES = /[?&]svelte&type=style&lang\.css$/;

export function staticFirst(): Plugin {
	let client = false;
	/** The styles the stubs import. */
	const styles = new Set<string>();
	return {
		name: 'wsviz-static-first',
		enforce: 'pre',
		configResolved(config) {
			client = config.command === 'build';
		},
		async resolveId(source, importer, options) {
			if (source.startsWith(STUB)) return source;
			if (!source.endsWith(PRERENDER_QUERY)) return null;
			const real = await this.resolve(source.slice(0, -PRERENDER_QUERY.length), importer, {
				...options,
				skipSelf: true
			});
			if (!real) return null;
			const stub = client && this.environment.name === 'client';
			return stub ? stubId(real.id) : real;
		},
		// Vite drops a component's styles when the component's code is not in the bundle
		// (vite-plugin-svelte scopes them to it: `cssScopeTo`). A component that only ever shows as
		// prerendered markup has no code in the bundle, yet its markup needs those styles: they
		// stay, unscoped from the code.
		renderStart() {
			for (const id of styles) {
				const vite = this.getModuleInfo(id)?.meta?.vite as { cssScopeTo?: unknown } | undefined;
				if (vite) delete vite.cssScopeTo;
			}
		},
		async load(id) {
			if (!id.startsWith(STUB)) return null;
			// Compiles the component (vite-plugin-svelte keeps its styles for the id below).
			const component = await this.load({ id: id.slice(STUB.length, -'.js'.length) });
			const imports = component.importedIds
				.filter((dep) => COMPONENT_STYLES.test(dep) || dep.endsWith('.svelte'))
				.map((dep) => (dep.endsWith('.svelte') ? stubId(dep) : dep));
			for (const dep of imports) if (COMPONENT_STYLES.test(dep)) styles.add(dep);
			return [
				...imports.map((dep) => `import ${JSON.stringify(dep)};`),
				'export default function Prerendered() {}'
			].join('\n');
		}
	};
}
