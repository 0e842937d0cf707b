// Why a part of a handshake cannot be read or used, as codes: the `problem` of the diagnostics
// handshake_start_line_invalid, handshake_header_malformed, handshake_key_invalid,
// handshake_extension_offer_declined and extension_param_invalid. Each completes its diagnostic's
// sentence; {token} is a value quoted from the input.
import type { Coded, TextParams } from '../text.ts';

export const HANDSHAKE_PROBLEMS = {
	// RFC 9112 §3: method SP request-target SP HTTP-version; §4: HTTP-version SP status-code SP reason.
	parts_not_single_spaced: 'its three parts are not separated by single spaces',
	method_not_token: 'the method {token} is not a token',
	version_not_http: 'the version {token} is not HTTP/x.y',
	status_line_shape: 'it is not "HTTP/1.1", a space, a three-digit status code and a reason',
	// RFC 9112 §5: field-name ":" OWS field-value OWS.
	no_colon: 'there is no colon between a name and a value',
	space_before_colon: 'whitespace comes between {token} and the colon',
	name_not_token: 'the name {token} is not a token',
	control_character: 'its value contains the control character 0x{hex}',
	fold_before_headers: 'a line starting with whitespace comes before any header',
	// RFC 6455 §4.1 item 7: Sec-WebSocket-Key is the base64 of 16 bytes.
	key_empty: 'it is empty',
	key_whitespace: 'it contains whitespace',
	key_base64url: 'it uses the base64url characters - or _ (standard base64 has + and /)',
	key_bad_character: 'the character {token} is not base64',
	key_not_base64: 'it is not valid base64',
	key_one_byte: 'it decodes to 1 byte, not 16',
	key_byte_count: 'it decodes to {bytes} bytes, not 16',
	key_char_count: '16 bytes are written as 24 characters ending in ==; this is {chars} characters',
	// RFC 7692 §7: the parameters of permessage-deflate.
	unknown_param: 'unknown parameter {param}',
	duplicate_param: 'repeated parameter {param}',
	invalid_value: 'invalid value of {param}'
} as const;

export type HandshakeProblem = keyof typeof HANDSHAKE_PROBLEMS;

/** A problem as a diagnostic's params: its id, and the values it names. */
export function problemParams(problem: Coded<HandshakeProblem>): TextParams {
	return { ...problem.params, problem: problem.code };
}

export function handshakeProblem(code: HandshakeProblem, params: TextParams = {}) {
	return { code, params } satisfies Coded<HandshakeProblem>;
}
