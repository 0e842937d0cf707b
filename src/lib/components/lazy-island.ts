// What the reader did to a prerendered view before its code arrived (LazyIsland.svelte), carried
// over to the view mounted in its place: the two are the same markup, so an element is found again
// by its position among the elements of each.

/** Moves focus and typed values from `from`'s elements to the same elements of `to`. */
export function carryOver(from: HTMLElement, to: HTMLElement): void {
	const before = [...from.querySelectorAll<HTMLElement>('*')];
	const after = [...to.querySelectorAll<HTMLElement>('*')];
	before.forEach((element, i) => {
		const twin = after[i];
		if (!twin || twin.tagName !== element.tagName) return;
		if (isField(element) && isField(twin) && element.value !== twin.value && edited(element)) {
			twin.value = element.value;
			// The view's own handlers read the value, as they would a keystroke.
			twin.dispatchEvent(new Event('input', { bubbles: true }));
		}
		if (element === document.activeElement) twin.focus({ preventScroll: true });
	});
}

type Field = HTMLInputElement | HTMLTextAreaElement;

function isField(element: Element): element is Field {
	return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

/** The reader changed it: its value is no longer the one the server wrote. */
function edited(field: Field): boolean {
	return field.value !== field.defaultValue;
}
