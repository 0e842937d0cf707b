// What is wrong with a key or an accept value, in the page's language. Their tables are the words of
// the handshake's diagnostics too (diagnostic-messages.ts), so a page with diagnostics has them.
import type { AcceptMistake } from '$lib/protocol/handshake/mistakes.ts';
import type { HandshakeProblem } from '$lib/protocol/handshake/problems.ts';
import type { Coded } from '$lib/protocol/text.ts';
import { MISTAKE_MESSAGES } from './handshake-note-messages.ts';
import { PROBLEM_MESSAGES } from './problem-messages.ts';
import { say } from './say.ts';

/** What is wrong with a Sec-WebSocket-Key (RFC 6455 §4.1 item 7), in the page's language. */
export function keyProblemText(problem: Coded<HandshakeProblem>): string {
	return say(PROBLEM_MESSAGES, problem);
}

/** Why a pasted Sec-WebSocket-Accept is wrong (RFC 6455 §4.2.2), in the page's language. */
export function mistakeText(mistake: Pick<AcceptMistake, 'id' | 'params'>): string {
	return say(MISTAKE_MESSAGES, { code: mistake.id, params: mistake.params });
}
