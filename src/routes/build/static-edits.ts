// The builder's form opens on its prerendered markup (StaticFirst) and goes live on first focus or
// pointer. A key typed or a menu changed in the static markup before the code arrives would be
// thrown away with that markup; so the edits made there are kept (by the element's place in the
// form, the same in both markups: static-first.ts) and given again to the live form when it mounts.
import { elementAt, pathOf } from '$lib/components/static-first.ts';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Edit {
	path: number[];
	type: string;
	value: string;
	checked: boolean;
}

const pending: Edit[] = [];

/** An input or change event from anywhere around the form: kept when it came from static markup. */
export function keepStaticEdit(event: Event): void {
	// In `vite dev` (and Vitest) the static markup is the real form, hydrated: it acted itself.
	if (import.meta.env.DEV) return;
	const field = event.target as Field;
	const form = field.closest?.('[data-static] form');
	const path = form ? pathOf(field, form) : null;
	if (!path) return;
	const checked = 'checked' in field && field.checked;
	pending.push({ path, type: event.type, value: field.value, checked });
}

/** Gives the kept edits, in order, to the same fields of the live form (once). */
export function replayStaticEdits(form: HTMLFormElement): void {
	for (const edit of pending.splice(0)) {
		const field = elementAt(form, edit.path) as Field | null;
		if (!field) continue;
		if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox'))
			field.checked = edit.checked;
		else field.value = edit.value;
		field.dispatchEvent(new Event(edit.type, { bubbles: true }));
	}
}
