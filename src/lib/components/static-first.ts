// StaticFirst's way of finding, in the live markup, the element the visitor was on in the static
// markup: the same component rendered with the same props makes the same tree, so the element's
// place (its index among its parent's element children, from the root down) names it in both.

/** `element`'s place under `root`, or null when it is not under `root`. */
export function pathOf(element: Element, root: Element): number[] | null {
	const path: number[] = [];
	for (let at: Element | null = element; at !== root; at = at.parentElement) {
		const parent: Element | null = at?.parentElement ?? null;
		if (!at || !parent) return null;
		path.unshift(Array.prototype.indexOf.call(parent.children, at));
	}
	return path;
}

/** The element at `path` under `root`, or null. */
export function elementAt(root: Element, path: number[] | null): Element | null {
	if (!path) return null;
	let at: Element | undefined = root;
	for (const index of path) at = at?.children[index];
	return at ?? null;
}

/** Elements whose click acts without script: giving the click again would act twice. */
const NATIVE = 'a[href], summary, label, input, select, textarea';

/** Whether a click on `target` under `root` already did what it does, with no script. */
export function followsClick(target: Element, root: Element): boolean {
	const native = target.closest(NATIVE);
	return native !== null && root.contains(native);
}
