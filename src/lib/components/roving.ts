// Roving focus for rows of small buttons (bytes, bits, field rows): the row is one Tab stop, and
// the arrow keys, Home and End move within it.

export type Orientation = 'horizontal' | 'vertical';

/** The index a key moves to, or null when the key is not one of ours. */
export function nextIndex(
	key: string,
	index: number,
	count: number,
	orientation: Orientation
): number | null {
	const back = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowUp'] : ['ArrowUp', 'ArrowLeft'];
	const forward =
		orientation === 'horizontal' ? ['ArrowRight', 'ArrowDown'] : ['ArrowDown', 'ArrowRight'];
	if (back.includes(key)) return Math.max(0, index - 1);
	if (forward.includes(key)) return Math.min(count - 1, index + 1);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}

/**
 * Handles a keydown on item `index` of a roving group whose items carry `data-roving-index`.
 * Moves focus and returns the new index, or null when the key was not handled.
 */
export function rove(
	event: KeyboardEvent,
	index: number,
	count: number,
	orientation: Orientation = 'horizontal'
): number | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	const next = nextIndex(event.key, index, count, orientation);
	if (next === null) return null;
	event.preventDefault();
	const group = (event.currentTarget as HTMLElement).closest('[data-roving]');
	group?.querySelector<HTMLElement>(`[data-roving-index="${next}"]`)?.focus();
	return next;
}
