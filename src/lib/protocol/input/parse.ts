// parseInput: any pasted capture text to bytes, never throwing. Detection looks at a prefix; the
// chosen parser makes one pass; line and column are computed only for an error.

import { bestGuess, DETECTORS, hexShare, PREFIX_CHARS, type Detector } from './detect.ts';
import { decodeHex } from './hex.ts';
import { locate, MAX_TOKEN, type Failure, type Outcome } from './text.ts';
import type { InputError, ParsedInput } from './types.ts';
import type { Coded } from '../text.ts';
import { inputProblemEnglish, type InputProblem } from './problems.ts';

export function parseInput(text: string): ParsedInput {
	if (!/\S/.test(text)) {
		return { ok: true, format: 'empty', formatLabel: 'empty', bytes: new Uint8Array(0), notes: [] };
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
	return {
		ok: false,
		format: detector.format,
		formatLabel: detector.label,
		error: inputError(text, failure)
	};
}

function success(
	text: string,
	prefix: string,
	detector: Detector,
	outcome: Extract<Outcome, { ok: true }>,
	failed: { detector: Detector; failure: Failure } | undefined
): ParsedInput {
	const notes = [...outcome.notes];
	const label = outcome.label ?? detector.label;
	// say why the likelier reading lost, so "AAAAQ" read as base64 is not a surprise
	if (failed) {
		const why = inputError(text, failed.failure).message;
		notes.unshift(`not read as ${failed.detector.label}: ${why}; read as ${label} instead`);
	} else if (detector.format === 'base64' && hexShare(prefix) >= 0.75) {
		const hex = decodeHex(text);
		if (!hex.ok)
			notes.unshift(`mostly hex digits, but not hex: ${inputError(text, hex.failure).message}`);
	}
	return { ok: true, format: detector.format, formatLabel: label, bytes: outcome.bytes, notes };
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
