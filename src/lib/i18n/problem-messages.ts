// Why part of a handshake cannot be read or used (handshake/problems.ts), by problem id.
import { m } from '$lib/paraglide/messages.js';
import type { HandshakeProblem } from '$lib/protocol/handshake/problems.ts';
import type { MessageTable } from './say.ts';

export const PROBLEM_MESSAGES: MessageTable<HandshakeProblem> = {
	parts_not_single_spaced: m.hs_problem_parts_not_single_spaced,
	method_not_token: m.hs_problem_method_not_token,
	version_not_http: m.hs_problem_version_not_http,
	status_line_shape: m.hs_problem_status_line_shape,
	no_colon: m.hs_problem_no_colon,
	space_before_colon: m.hs_problem_space_before_colon,
	name_not_token: m.hs_problem_name_not_token,
	control_character: m.hs_problem_control_character,
	fold_before_headers: m.hs_problem_fold_before_headers,
	key_empty: m.hs_problem_key_empty,
	key_whitespace: m.hs_problem_key_whitespace,
	key_base64url: m.hs_problem_key_base64url,
	key_bad_character: m.hs_problem_key_bad_character,
	key_not_base64: m.hs_problem_key_not_base64,
	key_one_byte: m.hs_problem_key_one_byte,
	key_byte_count: m.hs_problem_key_byte_count,
	key_char_count: m.hs_problem_key_char_count,
	unknown_param: m.hs_problem_unknown_param,
	duplicate_param: m.hs_problem_duplicate_param,
	invalid_value: m.hs_problem_invalid_value
};
