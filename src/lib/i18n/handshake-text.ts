// The handshake page's own texts: what each line of a handshake means, what is wrong with the
// builder's form.
import type { Field } from '$lib/protocol/index.ts';
import type { BuildProblemCode } from '$lib/protocol/handshake/build-problems.ts';
import type { Coded } from '$lib/protocol/text.ts';
import { BUILD_PROBLEM_MESSAGES, BUILD_PROBLEM_WORDS } from './build-problem-messages.ts';
import { HANDSHAKE_FIELD_MESSAGES } from './handshake-field-messages.ts';
import { say } from './say.ts';

/** What a handshake line (or a part of one) means (RFC 6455 §4), in the page's language. */
export function handshakeLineMeaning(field: Pick<Field, 'explained' | 'meaning'>): string {
	return field.explained ? say(HANDSHAKE_FIELD_MESSAGES, field.explained) : field.meaning;
}

/** What is wrong with a field of the handshake builder's form, in the page's language. */
export function buildProblemText(problem: Coded<BuildProblemCode>): string {
	return say(BUILD_PROBLEM_MESSAGES, problem, BUILD_PROBLEM_WORDS);
}
