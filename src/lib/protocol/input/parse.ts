// parseInput: any pasted capture text to bytes, never throwing. Detection looks at a prefix; the
// chosen parser makes one pass; line and column are computed only for an error.

import { bestGuess, DETECTORS, hexShare, PREFIX_CHARS, type Detector } from './detect.ts';
import { decodeHex } from './hex.ts';
import { locate, MAX_TOKEN, type Failure, type Outcome } from './text.ts';
import type { InputError, InputFormat, ParsedInput } from './types.ts';
import type { Coded, TextParams } from '../text.ts';
import { inputNote } from './notes.ts';
import { inputProblemEnglish, type InputProblem } from './problems.ts';
import { READING_NAMES, type InputReading } from './readings.ts';

export function parseInput(text: string): ParsedInput {
	if (!/\S/.test(text)) {
		return { ok: true, ...readAs('empty'), bytes: new Uint8Array(0), notes: [] };
	}
	const prefix = text.slice(0, PREFIX_CHARS);
	let failed: { detector: Detector; failure: Failure } | undefined;
	for (const detector of DETECTORS) {
		if (!detector.detect(prefix)) continue;
		const outcome = detector.parse(text);
		if (outcome.ok) return success(text, prefix, detector, outcome, failed);
		failed ??= { detector, failure: outcome.failure };
		if (outcome.failure.decisive) break;
	}
	if (!failed) {
		const detector = bestGuess(prefix);
		const outcome = detector.parse(text);
		if (outcome.ok) return success(text, prefix, detector, outcome, undefined);
		failed = { detector, failure: outcome.failure };
	}
	const { detector, failure } = failed;
	return { ok: false, ...readAs(detector.format), error: inputError(text, failure) };
}

/** A format, the reading (base64 or base64url) and its English name. */
function readAs(format: InputFormat, reading: InputReading = format) {
	return { format, reading, formatLabel: READING_NAMES[reading] };
}

function success(
	text: string,
	prefix: string,
	detector: Detector,
	outcome: Extract<Outcome, { ok: true }>,
	failed: { detector: Detector; failure: Failure } | undefined
): ParsedInput {
	const notes = [...outcome.notes];
	const read = readAs(detector.format, outcome.reading);
	// say why the likelier reading lost, so "AAAAQ" read as base64 is not a surprise
	if (failed) {
		const why = failedAt(inputError(text, failed.failure));
		notes.unshift(
			inputNote('read_instead', { ...why, format: failed.detector.format, reading: read.reading })
		);
	} else if (detector.format === 'base64' && hexShare(prefix) >= 0.75) {
		const hex = decodeHex(text);
		if (!hex.ok) notes.unshift(inputNote('mostly_hex', failedAt(inputError(text, hex.failure))));
	}
	return { ok: true, ...read, bytes: outcome.bytes, notes };
}

/** An error as a note's params: the token, where it is, the problem and the problem's own params. */
function failedAt(error: InputError): TextParams {
	return {
		...error.problem.params,
		token: error.text,
		token_line: error.line,
		token_column: error.column,
		token_problem: error.problem.code
	};
}

function inputError(text: string, failure: Failure): InputError {
	const offset = Math.min(Math.max(0, failure.offset), Math.max(0, text.length - 1));
	const length = Math.max(1, Math.min(failure.length, MAX_TOKEN, text.length - offset));
	const token = text.slice(offset, offset + length);
	const { line, column } = locate(text, offset);
	const problem: Coded<InputProblem> = { code: failure.problem, params: failure.params ?? {} };
	const message = `\`${token}\` at line ${line}, column ${column} ${inputProblemEnglish(problem)}`;
	return { message, line, column, offset, length, text: token, problem };
}
