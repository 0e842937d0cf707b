// /decode's engine (the decoder, pako, the input parsers), imported on the first real input: the page
// opens on its default example's reading made at build time, so its first load carries no engine.
type Engine = typeof import('./direction-engine.ts');

/** The engine once imported: a signal, so what waited for it is made again. */
export const decodeEngine = $state<{ module: Engine | null }>({ module: null });
let loading: Promise<Engine> | undefined;

/** Imports the engine once; resolves when captures can be read (tests await it before acting). */
export function loadDecodeEngine(): Promise<Engine> {
	loading ??= import('./direction-engine.ts').then((module) => (decodeEngine.module = module));
	return loading;
}
