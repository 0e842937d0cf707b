// What a paste reader noticed while it read a text it could read, as codes: "the dump starts at offset
// 0x10 ...". A note is a Coded<InputNote>; the CLI prints its English, the site its messages.
import { fill, type Coded, type TextParams } from '../text.ts';
import { PARAM_WORDS } from '../words.ts';

// {token}, {token_line}, {token_column} and {token_problem} say where a reading failed and why, as an
// InputError does; the problem's own params come along.
const FAILED_AT = '`{token}` at line {token_line}, column {token_column} {token_problem}';

export const INPUT_NOTES = {
	read_instead: `not read as {format}: ${FAILED_AT}; read as {reading} instead`,
	mostly_hex: `mostly hex digits, but not hex: ${FAILED_AT}`,
	hex_also_base64:
		'this text is also valid base64; it was read as hex, as a text of only hex digits always is',
	// RFC 4648 §3.5: an encoder sets the unused bits of the last char to zero.
	base64_unused_bits: 'the last base64 char has nonzero unused bits; they were dropped',
	base64_mixed_alphabets: 'this text mixes base64 (+ /) and base64url (- _) chars',
	base64_padding_count:
		'the text ends with {pads} "=" where {expected} would complete the last group',
	escaped_utf8: 'chars outside ASCII were taken as their UTF-8 bytes',
	array_length_differs: 'the array holds {bytes} bytes, but its length variable says {declared}',
	dump_starts_late:
		'the dump starts at offset 0x{offset}; the bytes before it are not in the paste',
	dump_offset_jump:
		'line {line}: offset 0x{offset} where 0x{expected} was expected (a line missing, repeated or edited?)',
	dump_closing_offset:
		'line {line}: the closing offset 0x{offset} says {bytes} bytes, but the lines above hold {held}',
	dump_offsets_more: '{count} more offsets are not where the lines above them end',
	dump_column_differs: 'the ASCII column on line {line} does not match its bytes',
	dump_columns_more: 'the ASCII columns of {count} more lines do not match their bytes',
	dump_star_unended:
		'the `*` on line {line} has no offset after it, so how often the line above it repeats is unknown; that line was kept once',
	dump_star_backwards:
		'the `*` on line {line} is followed by offset 0x{offset}, before 0x{expected} where it starts; nothing was repeated',
	dump_star_partial:
		'the `*` on line {line} repeats a {count}-byte line over {bytes} bytes, which is not a whole number of lines; the last repeat was cut short'
} as const;

export type InputNote = keyof typeof INPUT_NOTES;

export function inputNote(code: InputNote, params: TextParams = {}): Coded<InputNote> {
	return { code, params };
}

/** A note's English (the CLI's words). */
export function inputNoteEnglish(note: Coded<InputNote>): string {
	return fill(INPUT_NOTES[note.code], note.params, PARAM_WORDS);
}
