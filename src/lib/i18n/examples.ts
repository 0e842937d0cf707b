// An example capture's name and description in the page's language: messages example_<id>_label
// and example_<id>_about, or the example's own English when there is no message for its id.
import { m } from '$lib/paraglide/messages.js';

const messages = m as unknown as Record<string, (() => string) | undefined>;

export function exampleText(
	example: { id: string; label: string; about: string },
	part: 'label' | 'about'
): string {
	return messages[`example_${example.id}_${part}`]?.() ?? example[part];
}
