// A property computed on first read, then an ordinary data property: enumerable from the start, so
// spreading, structured cloning (postMessage) and deep equality see it like any other; writable, so
// a caller may still replace it.

export function defineLazy<T extends object, K extends keyof T>(
	target: T,
	key: K,
	make: () => T[K]
): void {
	const settle = (value: T[K]): void => {
		Object.defineProperty(target, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
	};
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: true,
		get(): T[K] {
			const value = make();
			settle(value);
			return value;
		},
		set: settle
	});
}
