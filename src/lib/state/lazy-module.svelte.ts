// An engine module a page imports once, on first use, so that its first load carries none of it
// (the page opens on a reading made at build time). `module` is a signal: a $derived that read it
// while it was null is made again once the module is here.
export interface LazyModule<T> {
	/** The module once imported, else null. */
	readonly module: T | null;
	/** Imports it (once); resolves when it is here (tests await it before acting). */
	load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
	let module = $state.raw<T | null>(null);
	let loading: Promise<T> | undefined;
	return {
		get module() {
			return module;
		},
		load: () => (loading ??= importer().then((loaded) => (module = loaded)))
	};
}
