// The root font size in CSS pixels, kept current: the projector theme enlarges it, and views that
// lay rows out in pixels (the virtualized hex view) must follow.
/** The root font size the server renders with (a browser's default). */
export const DEFAULT_ROOT_PX = 16;

export class RootFontSize {
	px = $state(DEFAULT_ROOT_PX);
	/** The projector theme or a view in full screen: drawings take their compact presenting layout,
	 * so a stepped view and its controls fit one 1280×720 screen. */
	presenting = $state(false);

	/** Starts watching; returns the function that stops. Call from onMount or an $effect. */
	watch(root: HTMLElement = document.documentElement): () => void {
		const read = () => {
			this.px = parseFloat(getComputedStyle(root).fontSize) || 16;
			this.presenting = root.dataset.theme === 'projector' || document.fullscreenElement !== null;
		};
		read();
		// Themes are attributes of <html>; a zoom or a user style shows as a resize.
		const observer = new MutationObserver(read);
		observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'style', 'class'] });
		window.addEventListener('resize', read);
		document.addEventListener('fullscreenchange', read);
		return () => {
			observer.disconnect();
			window.removeEventListener('resize', read);
			document.removeEventListener('fullscreenchange', read);
		};
	}
}

/**
 * `font.watch()` once the page has painted: the first read of the root's computed style during
 * hydration forces a style pass over the whole page inside hydration's task (about 40 ms on
 * /transports with the CPU slowed 4×); after the paint the styles are computed already. Returns
 * the stop (an onMount's cleanup).
 */
export function watchAfterPaint(font: RootFontSize): () => void {
	let stop: (() => void) | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(() => (stop = font.watch()))));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
		stop?.();
	};
}
