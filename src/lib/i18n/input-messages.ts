// What is wrong with a token of a paste (src/lib/protocol/input/problems.ts), by problem code.
import { m } from '$lib/paraglide/messages.js';
import type { HarProblem } from '$lib/protocol/input/har.ts';
import type { InputNote } from '$lib/protocol/input/notes.ts';
import type { InputProblem } from '$lib/protocol/input/problems.ts';
import type { InputReading } from '$lib/protocol/input/readings.ts';
import type { MessageTable, WordsFor } from './say.ts';

export const INPUT_PROBLEM_MESSAGES: MessageTable<InputProblem> = {
	not_hex: m.input_problem_not_hex,
	odd_hex_digits: m.input_problem_odd_hex_digits,
	odd_hex_digits_in_column: m.input_problem_odd_hex_digits_in_column,
	not_base64: m.input_problem_not_base64,
	base64_lone_char: m.input_problem_base64_lone_char,
	base64_after_space: m.input_problem_base64_after_space,
	base64_after_padding: m.input_problem_base64_after_padding,
	not_list_start: m.input_problem_not_list_start,
	not_c_array_start: m.input_problem_not_c_array_start,
	not_array_start: m.input_problem_not_array_start,
	not_buffer_json_start: m.input_problem_not_buffer_json_start,
	after_list: m.input_problem_after_list,
	after_c_array: m.input_problem_after_c_array,
	not_object_close: m.input_problem_not_object_close,
	object_close_missing: m.input_problem_object_close_missing,
	list_never_closed: m.input_problem_list_never_closed,
	no_element_before: m.input_problem_no_element_before,
	comma_needed: m.input_problem_comma_needed,
	not_byte_value_example: m.input_problem_not_byte_value_example,
	not_hex_byte: m.input_problem_not_hex_byte,
	not_byte_value: m.input_problem_not_byte_value,
	hex_more_than_byte: m.input_problem_hex_more_than_byte,
	decimal_not_byte: m.input_problem_decimal_not_byte,
	after_closing_quote: m.input_problem_after_closing_quote,
	string_not_closed_on_line: m.input_problem_string_not_closed_on_line,
	string_never_closed: m.input_problem_string_never_closed,
	escape_needs_hex: m.input_problem_escape_needs_hex,
	unknown_escape: m.input_problem_unknown_escape,
	octal_more_than_byte: m.input_problem_octal_more_than_byte,
	not_dump_offset: m.input_problem_not_dump_offset,
	not_star_line: m.input_problem_not_star_line,
	star_first: m.input_problem_star_first,
	star_too_long: m.input_problem_star_too_long
};

/** Why a HAR cannot be read (src/lib/protocol/input/har.ts), by problem code. */
export const HAR_PROBLEM_MESSAGES: MessageTable<HarProblem> = {
	not_json: m.har_problem_not_json,
	json_ends_early: m.har_problem_json_ends_early,
	json_unexpected: m.har_problem_json_unexpected,
	no_entries: m.har_problem_no_entries,
	not_list: m.har_problem_not_list,
	no_websocket: m.har_problem_no_websocket,
	not_object: m.har_problem_not_object,
	bad_type: m.har_problem_bad_type,
	bad_opcode: m.har_problem_bad_opcode,
	data_not_text: m.har_problem_data_not_text,
	data_not_base64: m.har_problem_data_not_base64
};

/** What a paste reader noticed (src/lib/protocol/input/notes.ts), by note code. */
export const INPUT_NOTE_MESSAGES: MessageTable<InputNote> = {
	read_instead: m.input_note_read_instead,
	mostly_hex: m.input_note_mostly_hex,
	hex_also_base64: m.input_note_hex_also_base64,
	base64_unused_bits: m.input_note_base64_unused_bits,
	base64_mixed_alphabets: m.input_note_base64_mixed_alphabets,
	base64_padding_count: m.input_note_base64_padding_count,
	escaped_utf8: m.input_note_escaped_utf8,
	array_length_differs: m.input_note_array_length_differs,
	dump_starts_late: m.input_note_dump_starts_late,
	dump_offset_jump: m.input_note_dump_offset_jump,
	dump_closing_offset: m.input_note_dump_closing_offset,
	dump_offsets_more: m.input_note_dump_offsets_more,
	dump_column_differs: m.input_note_dump_column_differs,
	dump_columns_more: m.input_note_dump_columns_more,
	dump_star_unended: m.input_note_dump_star_unended,
	dump_star_backwards: m.input_note_dump_star_backwards,
	dump_star_partial: m.input_note_dump_star_partial
};

/** Which format a paste was read as (src/lib/protocol/input/readings.ts), by reading id. */
export const READING_MESSAGES: MessageTable<InputReading> = {
	empty: m.reading_empty,
	hex: m.reading_hex,
	'hex-list': m.reading_hex_list,
	'c-array': m.reading_c_array,
	decimal: m.reading_decimal,
	'buffer-json': m.reading_buffer_json,
	base64: m.reading_base64,
	base64url: m.reading_base64url,
	escaped: m.reading_escaped,
	hexdump: m.reading_hexdump,
	xxd: m.reading_xxd,
	wireshark: m.reading_wireshark
};

/** A paste's formats and token problems, as the input catalogs name them by id. */
export const INPUT_WORDS: WordsFor<'format' | 'reading' | 'token_problem'> = {
	format: READING_MESSAGES,
	reading: READING_MESSAGES,
	token_problem: INPUT_PROBLEM_MESSAGES
};
