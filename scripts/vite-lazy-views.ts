// Vite plugin (builds only): `import X from './X.svelte?static'` is an import for the server render
// only. A page prerenders X inside a `data-static` element (scripts/vite-static-islands.ts) and
// loads it in the browser with `import('./X.svelte')` when it is needed
// (src/routes/handshake/Deferred.svelte).
//
// - Client build: a module the page imports statically stays in the page's chunks, and a dynamic
//   import of it then splits nothing off; so `?static` resolves to an empty module, and X is
//   reached only through the dynamic import, as a chunk of its own (with its stylesheet).
// - Server build: `X.svelte?static` is X compiled a second time, without its stylesheet import.
//   SvelteKit links, in the prerendered page, the stylesheets of a dynamic import that the server
//   build also imports dynamically with stylesheets of its own; were the static copy to import X's
//   styles, they would count as the page's, and X's would be fetched only with X's code (a page
//   without styles for what it prerendered).
//
// `vite dev` and Vitest compile `X.svelte?static` as X, styles included.
import type { Plugin } from 'vite';

const STATIC = '.svelte?static';
const EMPTY = '\0wsviz-static-only';
const STYLE_IMPORT = /^import ["'][^"']+\.svelte\?svelte&type=style&lang\.css["'];?$/gm;

export function lazyViews(): Plugin {
	let build = false;
	return {
		name: 'wsviz-lazy-views',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId: {
			order: 'pre',
			handler(source) {
				const clientBuild = build && this.environment.name === 'client';
				return clientBuild && source.endsWith(STATIC) ? EMPTY : null;
			}
		},
		load(id) {
			// Never rendered: the static element's children are left out of the client build.
			return id === EMPTY ? 'export default function StaticOnly() {}' : null;
		},
		transform: {
			order: 'post',
			handler(code, id) {
				if (!build || !id.endsWith(STATIC)) return null;
				return { code: code.replace(STYLE_IMPORT, ''), map: null };
			}
		}
	};
}
