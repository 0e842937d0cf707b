// An example capture's name and description in the page's language, by the example's id (explicit
// references to messages, so bundlers keep only these); the example's own English for another id.
import { m } from '$lib/paraglide/messages.js';

const EXAMPLES: Readonly<Record<string, { label: () => string; about: () => string }>> = {
	'masked-hello': {
		label: m['example_masked-hello_label'],
		about: m['example_masked-hello_about']
	},
	'unmasked-hello': {
		label: m['example_unmasked-hello_label'],
		about: m['example_unmasked-hello_about']
	},
	fragmented: { label: m.example_fragmented_label, about: m.example_fragmented_about },
	ping: { label: m.example_ping_label, about: m.example_ping_about },
	'binary-256': { label: m['example_binary-256_label'], about: m['example_binary-256_about'] },
	korean: { label: m.example_korean_label, about: m.example_korean_about },
	close: { label: m.example_close_label, about: m.example_close_about },
	'rsv1-broken': { label: m['example_rsv1-broken_label'], about: m['example_rsv1-broken_about'] }
};

export function exampleText(
	example: { id: string; label: string; about: string },
	part: 'label' | 'about'
): string {
	return EXAMPLES[example.id]?.[part]() ?? example[part];
}
