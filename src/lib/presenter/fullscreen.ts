// Full screen for a stepped view (the presenter's F): the view alone fills the screen, and Esc (or F
// again) returns to exactly where the page was. The full-screen type scale (app.css) reflows the page
// underneath, so the scroll position and the focus are kept here and put back on the way out.

import type { Stepper } from './presenter.svelte.ts';

interface Place {
	x: number;
	y: number;
	focus: HTMLElement | null;
}

let place: Place | null = null;

function restore(): void {
	if (document.fullscreenElement || !place) return;
	const { x, y, focus } = place;
	place = null;
	document.removeEventListener('fullscreenchange', restore);
	// After the page has reflowed back to its own type size.
	requestAnimationFrame(() => {
		scrollTo({ left: x, top: y, behavior: 'instant' });
		focus?.focus({ preventScroll: true });
	});
}

/** Shows `element` full screen, or leaves full screen when something already is. */
export function toggleFullscreen(element: HTMLElement): void {
	if (document.fullscreenElement) {
		void document.exitFullscreen().catch(() => {});
		return;
	}
	place = {
		x: scrollX,
		y: scrollY,
		focus: document.activeElement instanceof HTMLElement ? document.activeElement : null
	};
	document.addEventListener('fullscreenchange', restore);
	// Refused (no user gesture, or not allowed in a frame): nothing changed, nothing to restore.
	void element.requestFullscreen?.().catch(() => {
		place = null;
		document.removeEventListener('fullscreenchange', restore);
	});
}

/**
 * F on the presenter's view (none: the page): full screen for what the view shows. A view still
 * prerendered is made live first, full screen would end with its markup; a key's user activation
 * outlasts the wait.
 */
export async function fullscreenView(view: Stepper | null): Promise<void> {
	const shown = view?.live && !document.fullscreenElement ? await view.live() : view;
	toggleFullscreen(shown?.screen?.() ?? shown?.element ?? document.documentElement);
}
