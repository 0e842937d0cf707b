// The handshake builder's form problems: only /handshake loads them.
import { m } from '$lib/paraglide/messages.js';
import type { BuildProblemCode } from '$lib/protocol/handshake/build-problems.ts';
import { PROBLEM_MESSAGES } from './problem-messages.ts';
import type { MessageTable, WordsFor } from './say.ts';

/** Why buildHandshake cannot build from a form (handshake/build-problems.ts), by problem code. */
export const BUILD_PROBLEM_MESSAGES: MessageTable<BuildProblemCode> = {
	url_not_absolute: m.hs_build_problem_url_not_absolute,
	url_scheme: m.hs_build_problem_url_scheme,
	url_fragment: m.hs_build_problem_url_fragment,
	url_no_host: m.hs_build_problem_url_no_host,
	subprotocol_not_token: m.hs_build_problem_subprotocol_not_token,
	subprotocol_twice: m.hs_build_problem_subprotocol_twice,
	key_invalid: m.hs_build_problem_key_invalid,
	line_break: m.hs_build_problem_line_break
};

/** A bad key's problem (key_invalid's `problem`). */
export const BUILD_PROBLEM_WORDS: WordsFor<'problem'> = { problem: PROBLEM_MESSAGES };
