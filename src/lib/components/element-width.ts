// An element's width (its clientWidth) as it changes, for an {@attach}: what `bind:clientWidth`
// does, without Svelte's size-binding runtime (1.3 kB before minification) on a page that binds
// no other size.

/** An attachment that calls `set` with the element's clientWidth now and on every resize. */
export function watchWidth(set: (width: number) => void): (element: HTMLElement) => () => void {
	return (element) => {
		const observer = new ResizeObserver(() => set(element.clientWidth));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
