// The page's sentences for what went wrong (a link it could not read, a scenario the engine
// refuses), with the catalogs' machinery they need (say.ts and its words): the page imports this
// only when there is one to show, so a first visit does not load it.
import { linkErrorText } from '$lib/i18n/link-messages.ts';
import { say } from '$lib/i18n/say.ts';
import { SCENARIO_PROBLEM_MESSAGES } from '$lib/i18n/scenario-messages.ts';
import type { ScenarioProblem } from '$lib/protocol/transports/scenario-problems.ts';

export { linkErrorText };

/** Each problem after the fields it is about, in the page's language. */
export function problemsText(problems: readonly ScenarioProblem[]): string {
	return problems
		.map((p) => `${p.fields.join(', ')}: ${say(SCENARIO_PROBLEM_MESSAGES, p)}`)
		.join('; ');
}
