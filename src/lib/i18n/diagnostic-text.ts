// A diagnostic in the page's language, rendered from its code and params (say.ts). Nothing here reads
// the engine's English: that is for the CLI and the JSON. messages/en.json holds the same English as
// the engine's catalogs; tests/unit/i18n/catalogs.test.ts keeps the two equal.
import type { Diagnostic } from '$lib/protocol/index.ts';
import { DIAGNOSTIC_MESSAGES, DIAGNOSTIC_WORDS } from './diagnostic-messages.ts';
import { say } from './say.ts';

/** A diagnostic's sentence in the page's language. */
export function diagnosticText(d: Pick<Diagnostic, 'code' | 'params'>): string {
	return say(DIAGNOSTIC_MESSAGES, d, DIAGNOSTIC_WORDS);
}
