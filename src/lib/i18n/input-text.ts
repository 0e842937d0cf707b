// What the paste reader says, in the page's language: the format it read, its notes, its errors.
import type { InputError } from '$lib/protocol/index.ts';
import type { InputNote, InputReading } from '$lib/protocol/input/index.ts';
import type { Coded } from '$lib/protocol/text.ts';
import { m } from '$lib/paraglide/messages.js';
import {
	INPUT_NOTE_MESSAGES,
	INPUT_PROBLEM_MESSAGES,
	INPUT_WORDS,
	READING_MESSAGES
} from './input-messages.ts';
import { say } from './say.ts';

/** Why a paste could not be read, in the page's language: the token, where it is, the problem. */
export function inputErrorText(
	error: Pick<InputError, 'problem' | 'text' | 'line' | 'column'>
): string {
	return m.input_error({
		token: error.text,
		line: error.line,
		column: error.column,
		problem: say(INPUT_PROBLEM_MESSAGES, error.problem, INPUT_WORDS)
	});
}

/** What a paste reader noticed (a note of parseInput), in the page's language. */
export function inputNoteText(note: Coded<InputNote>): string {
	return say(INPUT_NOTE_MESSAGES, note, INPUT_WORDS);
}

/** The name of the format a paste was read as, in the page's language. */
export function readingName(reading: InputReading): string {
	return say(READING_MESSAGES, { code: reading, params: {} });
}
