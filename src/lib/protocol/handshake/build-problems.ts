// Why buildHandshake cannot build from a form, as codes: each names what is wrong with one field.
// {token} is a value quoted from the form; {problem} what is wrong with a key (HANDSHAKE_PROBLEMS).
import { fill, type Coded, type TextParams } from '../text.ts';
import { PARAM_WORDS } from '../words.ts';

export const BUILD_PROBLEMS = {
	// RFC 6455 §3: a ws-URI or wss-URI is an absolute URI.
	url_not_absolute: '{token} is not an absolute URL such as ws://example.com/chat',
	url_scheme: 'the scheme is {scheme}; a WebSocket URL starts with ws:// or wss:// (RFC 6455 §3)',
	url_fragment: 'a WebSocket URL cannot have a fragment (#...) (RFC 6455 §3)',
	url_no_host: 'the URL has no host',
	// RFC 6455 §4.1 item 10: subprotocols are tokens, each listed once.
	subprotocol_not_token: 'the subprotocol {token} is not a token',
	subprotocol_twice: 'the subprotocol {token} is listed twice',
	// RFC 6455 §4.1 item 7.
	key_invalid: 'Sec-WebSocket-Key must be base64 of 16 bytes: {problem}',
	// RFC 9110 §5.5: a line break would end the header and start another.
	line_break: 'it contains a line break'
} as const;

export type BuildProblemCode = keyof typeof BUILD_PROBLEMS;

export function buildProblem(
	code: BuildProblemCode,
	params: TextParams = {}
): Coded<BuildProblemCode> {
	return { code, params };
}

/** A problem's English (the CLI's words, and the message of a BuildProblem). */
export function buildProblemEnglish(problem: Coded<BuildProblemCode>): string {
	return fill(BUILD_PROBLEMS[problem.code], problem.params, PARAM_WORDS);
}
