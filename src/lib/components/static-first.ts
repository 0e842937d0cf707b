// What the visitor did in StaticFirst's static markup, given again to the live markup. The element
// the visitor was on is found by its place: the same component rendered with the same props makes
// the same tree, so an element's place (its index among its parent's element children, from the
// root down) names it in both. Imported with the live view, not with the page.

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

/**
 * Elements whose click acts without script, on what the live view keeps (the page, the focus, an
 * open <details>, copied over): giving the click again would act twice. A radio or checkbox is not
 * one of them: its new state is the static markup's, which the swap throws away, so its click is
 * given again (and a label's click reaches its control as a click of its own).
 */
const NATIVE = 'a[href], summary, label, select, textarea, input';
const TOGGLE = 'input[type="radio"], input[type="checkbox"]';

/** Whether a click on `target` under `root` already did what it does, with no script. */
export function followsClick(target: Element, root: Element): boolean {
	if (target.matches(TOGGLE)) return false;
	const native = target.closest(NATIVE);
	return native !== null && root.contains(native);
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function isField(element: Element): element is Field {
	return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

/**
 * What the reader typed in the static markup (a value no longer the one the server wrote), given
 * to the same fields of the live markup, with an input event: the view reads it as a keystroke.
 */
function carryValues(from: Element, to: Element): void {
	for (const field of from.querySelectorAll('input, textarea')) {
		if (!isField(field) || field.value === field.defaultValue) continue;
		const twin = elementAt(to, pathOf(field, from));
		if (!twin || !isField(twin) || twin.value === field.value) continue;
		twin.value = field.value;
		twin.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

/**
 * Reads, before the swap, what the visitor did in `host` (the static markup): the focus, the open
 * <details>, what was typed, and `clicked` (the element a click landed on, unless it acted by
 * itself); the function returned gives it all to `live`, the live markup, once it is in.
 */
export function readVisit(host: Element, clicked: Element | null): (live: Element) => void {
	const active = document.activeElement;
	const focused = active && host.contains(active) ? pathOf(active, host) : null;
	const open = [...host.querySelectorAll('details[open]')].map((d) => pathOf(d, host));
	const click = clicked && !followsClick(clicked, host) ? pathOf(clicked, host) : null;
	return (live) => {
		carryValues(host, live);
		for (const path of open) elementAt(live, path)?.setAttribute('open', '');
		if (focused) (elementAt(live, focused) as HTMLElement | null)?.focus({ preventScroll: true });
		if (click) (elementAt(live, click) as HTMLElement | null)?.click();
	};
}
