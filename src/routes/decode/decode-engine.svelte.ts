// /decode's engine (the decoder, pako, the input parsers), imported on the first real input: the page
// opens on its default example's reading made at build time, so its first load carries no engine.
import { lazyModule } from '$lib/state/lazy-module.svelte.ts';

/** The engine once imported (`module`: a signal, so what waited for it is made again). */
export const decodeEngine = lazyModule(() => import('./direction-engine.ts'));

/** Imports the engine once; resolves when captures can be read (tests await it before acting). */
export const loadDecodeEngine = decodeEngine.load;
