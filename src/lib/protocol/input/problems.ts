// What is wrong with a token of a paste, as codes: each completes "`zz` at line 2, column 14 ...".
// An InputError carries the code and its params; `message` is the English (the CLI's words).
import { fill, type Coded } from '../text.ts';

export const INPUT_PROBLEMS = {
	not_hex: 'is not hex',
	odd_hex_digits: 'has an odd number of hex digits ({count}); hex needs two digits per byte',
	odd_hex_digits_in_column: 'has an odd number of hex digits',
	not_base64: 'is not base64',
	base64_lone_char:
		'is left alone at the end: base64 comes in groups of 4 chars, and 1 extra char holds no byte',
	base64_after_space: 'comes after a space inside base64 text',
	base64_after_padding: 'comes after the = padding that ends base64',
	not_list_start: 'does not start a list',
	not_c_array_start: 'does not start a C array such as `unsigned char buf[] = ...`',
	not_array_start: 'does not start an array such as `[129, 5, 72]`',
	not_buffer_json_start:
		'does not start a Node Buffer JSON object (`"type":"Buffer","data":[...]`)',
	after_list: 'comes after the end of the list',
	after_c_array: 'comes after the array; paste one array at a time',
	not_object_close: 'is not the `}` that should close the object',
	object_close_missing: 'closes the list, but the `}` that should close the object is missing',
	list_never_closed: 'is never closed with `{close}`',
	no_element_before: 'has no element before it',
	comma_needed: 'needs a comma before it',
	not_byte_value_example: 'is not a byte value such as 0x81 or 129',
	not_hex_byte: 'is not a 0x byte',
	not_byte_value: 'is not a byte value',
	hex_more_than_byte: 'is more than one byte (0x00 to 0xff)',
	decimal_not_byte: 'is not a byte (0 to 255)',
	after_closing_quote: 'comes after the closing quote',
	string_not_closed_on_line: 'opens a string that is not closed on its line',
	string_never_closed: 'opens a string that is never closed',
	escape_needs_hex: 'needs two hex digits after \\x',
	unknown_escape: 'is not an escape this reader knows (\\x81 \\201 \\n \\r \\t \\0 ...)',
	octal_more_than_byte: 'is more than one byte (\\0 to \\377)',
	not_dump_offset: 'is not a {format} offset',
	not_star_line: 'is not a `*` line (a `*` stands alone on its line)',
	star_first: 'has no line above it to repeat',
	star_too_long:
		'makes the `*` on line {line} repeat {count} bytes, more than this reader keeps ({limit})'
} as const;

export type InputProblem = keyof typeof INPUT_PROBLEMS;

/** A problem's English, completing "`zz` at line 2, column 14 ...". */
export function inputProblemEnglish(problem: Coded<InputProblem>): string {
	return fill(INPUT_PROBLEMS[problem.code], problem.params);
}
