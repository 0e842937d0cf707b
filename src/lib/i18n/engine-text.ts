// What the engine reports, in the page's language: every sentence is rendered from its code and
// params through the catalogs' message tables (say.ts). Nothing here reads the engine's English: that
// is for the CLI and the JSON. messages/en.json holds the same English as the engine's catalogs, and
// tests/unit/i18n/catalogs.test.ts keeps the two equal and the Korean free of English sentences.
import type { Diagnostic, Field, InputError } from '$lib/protocol/index.ts';
import type { AcceptMistake } from '$lib/protocol/handshake/mistakes.ts';
import type { BuildProblemCode } from '$lib/protocol/handshake/build-problems.ts';
import type { HandshakeProblem } from '$lib/protocol/handshake/problems.ts';
import type { InputNote, InputReading } from '$lib/protocol/input/index.ts';
import type { Coded } from '$lib/protocol/text.ts';
import type { WorkerFailure } from '$lib/workers/failures.ts';
import { closeCodeInfo, opcodeSpec } from '$lib/protocol/index.ts';
import { m } from '$lib/paraglide/messages.js';
import { DIAGNOSTIC_MESSAGES } from './diagnostic-messages.ts';
import { FRAME_FIELD_MESSAGES, HANDSHAKE_FIELD_MESSAGES } from './field-messages.ts';
import { INPUT_NOTE_MESSAGES, INPUT_PROBLEM_MESSAGES, READING_MESSAGES } from './input-messages.ts';
import {
	BUILD_PROBLEM_MESSAGES,
	PROBLEM_MESSAGES,
	WORKER_FAILURE_MESSAGES
} from './problem-messages.ts';
import {
	CLOSE_MEANING_MESSAGES,
	MISTAKE_MESSAGES,
	OPCODE_MEANING_MESSAGES,
	say,
	type MessageTable
} from './say.ts';

// Field meanings carry codes typed as strings (frame and handshake fields share Field).
const frameFields: MessageTable<string> = FRAME_FIELD_MESSAGES;

/** A diagnostic's sentence in the page's language. */
export function diagnosticText(d: Pick<Diagnostic, 'code' | 'params'>): string {
	return say(DIAGNOSTIC_MESSAGES, d);
}

/** What a close code means (RFC 6455 §7.4), in the page's language. */
export function closeMeaning(code: number): string {
	return say(CLOSE_MEANING_MESSAGES, { code: closeCodeInfo(code).meaningId, params: {} });
}

/** What an opcode does (RFC 6455 §5.2, §11.8), in the page's language; no "control frame" prefix. */
export function opcodeMeaning(opcode: number): string {
	const spec = opcodeSpec(opcode);
	const params = { hex: (opcode & 0xf).toString(16) };
	return say(OPCODE_MEANING_MESSAGES, { code: spec.meaningId, params });
}

/** Frame field names by id (FIN, RSV and MASK are names in every language). */
const FIELD_LABELS: Readonly<Record<string, (params: { bits: number }) => string>> = {
	opcode: m.field_label_opcode,
	payload_length: m.field_label_payload_length,
	extended_payload_length: m.field_label_extended_payload_length,
	masking_key: m.field_label_masking_key,
	payload: m.field_label_payload,
	truncated_header: m.field_label_truncated_header
};

/** A frame field's name in the page's language. */
export function fieldLabel(field: Pick<Field, 'id' | 'label' | 'bitLength'>): string {
	return FIELD_LABELS[field.id]?.({ bits: field.bitLength }) ?? field.label;
}

/** A frame field's meaning in the page's language, from its code. */
export function fieldMeaning(field: Pick<Field, 'explained' | 'meaning'>): string {
	return field.explained ? say(frameFields, field.explained) : field.meaning;
}

/** What a handshake line (or a part of one) means (RFC 6455 §4), in the page's language. */
export function handshakeLineMeaning(field: Pick<Field, 'explained' | 'meaning'>): string {
	return field.explained ? say(HANDSHAKE_FIELD_MESSAGES, field.explained) : field.meaning;
}

/** Why a paste could not be read, in the page's language: the token, where it is, the problem. */
export function inputErrorText(
	error: Pick<InputError, 'problem' | 'text' | 'line' | 'column'>
): string {
	return m.input_error({
		token: error.text,
		line: error.line,
		column: error.column,
		problem: say(INPUT_PROBLEM_MESSAGES, error.problem)
	});
}

/** What a paste reader noticed (a note of parseInput), in the page's language. */
export function inputNoteText(note: Coded<InputNote>): string {
	return say(INPUT_NOTE_MESSAGES, note);
}

/** The name of the format a paste was read as, in the page's language. */
export function readingName(reading: InputReading): string {
	return say(READING_MESSAGES, { code: reading, params: {} });
}

/** What is wrong with a Sec-WebSocket-Key (RFC 6455 §4.1 item 7), in the page's language. */
export function keyProblemText(problem: Coded<HandshakeProblem>): string {
	return say(PROBLEM_MESSAGES, problem);
}

/** What is wrong with a field of the handshake builder's form, in the page's language. */
export function buildProblemText(problem: Coded<BuildProblemCode>): string {
	return say(BUILD_PROBLEM_MESSAGES, problem);
}

/** Why a worker gave no answer, in the page's language. */
export function workerFailureText(failure: WorkerFailure): string {
	return say(WORKER_FAILURE_MESSAGES, failure);
}

/** Why a pasted Sec-WebSocket-Accept is wrong (RFC 6455 §4.2.2), in the page's language. */
export function mistakeText(mistake: Pick<AcceptMistake, 'id' | 'params'>): string {
	return say(MISTAKE_MESSAGES, { code: mistake.id, params: mistake.params });
}
