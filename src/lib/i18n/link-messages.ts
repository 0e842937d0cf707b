// Why a link cannot be opened (src/lib/state/url-state.ts: LinkProblem), by problem code.
import { m } from '$lib/paraglide/messages.js';
import type { LinkProblemCode } from '$lib/state/url-state.ts';
import { say, type MessageTable, type ParamMessages } from './say.ts';
import type { LinkProblem } from '$lib/state/url-state.ts';
import type { LinkField } from '$lib/state/builder.svelte.ts';

export const LINK_PROBLEM_MESSAGES: MessageTable<LinkProblemCode> = {
	too_long: m.link_problem_too_long,
	bad_characters: m.link_problem_bad_characters,
	damaged: m.link_problem_damaged,
	too_large: m.link_problem_too_large,
	no_state: m.link_problem_no_state,
	no_frame: m.link_problem_no_frame,
	other_version: m.link_problem_other_version,
	bad_field: m.link_problem_bad_field,
	field_too_long: m.link_problem_field_too_long,
	too_many_fragments: m.link_problem_too_many_fragments,
	field_not_text: m.link_problem_field_not_text,
	field_not_frame_number: m.link_problem_field_not_frame_number,
	hex_not_hex: m.link_problem_hex_not_hex,
	bad_from: m.link_problem_bad_from,
	texts_missing: m.link_problem_texts_missing,
	text_too_long: m.link_problem_text_too_long,
	bad_accept_step: m.link_problem_bad_accept_step,
	unknown_part: m.link_problem_unknown_part,
	bad_build_form: m.link_problem_bad_build_form,
	scenario_unreadable: m.link_problem_scenario_unreadable,
	unknown_scenario_field: m.link_problem_unknown_scenario_field,
	scenario_field_unreadable: m.link_problem_scenario_field_unreadable,
	scenario_invalid: m.link_problem_scenario_invalid,
	bad_time: m.link_problem_bad_time,
	bad_speed: m.link_problem_bad_speed,
	bad_window: m.link_problem_bad_window,
	bad_selection: m.link_problem_bad_selection,
	bad_payload_choice: m.link_problem_bad_payload_choice,
	bad_capture: m.link_problem_bad_capture
};

/** A builder link's fields, named in the page's language (the `field` of bad_field, field_too_long). */
export const LINK_FIELD_MESSAGES: MessageTable<LinkField> = {
	fin: m.link_field_fin,
	rsv1: m.link_field_rsv1,
	rsv2: m.link_field_rsv2,
	rsv3: m.link_field_rsv3,
	masked: m.link_field_masked,
	ping: m.link_field_ping,
	text: m.link_field_text,
	hex: m.link_field_hex,
	reason: m.link_field_reason,
	opcode: m.link_field_opcode,
	payload_mode: m.link_field_payload_mode,
	masking_key: m.link_field_masking_key,
	length_form: m.link_field_length_form,
	payload_length: m.link_field_payload_length,
	close_code: m.link_field_close_code,
	sender: m.link_field_sender,
	fragments: m.link_field_fragments,
	masking_step: m.link_field_masking_step
};

const LINK_WORDS: ParamMessages = { field: LINK_FIELD_MESSAGES };

/** Why a link cannot be opened, in the page's language. */
export function linkErrorText(problem: LinkProblem): string {
	return say(LINK_PROBLEM_MESSAGES, problem, LINK_WORDS);
}
