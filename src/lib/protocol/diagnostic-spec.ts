// A diagnostic from a catalog's row, in a module of its own: the payload layer builds its diagnostics
// with it without taking the frame catalog (diagnostics.ts) into the payload worker's first load.
import { fill, type ParamWords } from './text.ts';
import type { DiagnosticCode } from './diagnostics.ts';
import type { Diagnostic, DiagnosticParams, DiagnosticSpec } from './types.ts';
import { PARAM_WORDS } from './words.ts';

/** A diagnostic from any catalog's row (the payload layer keeps its own catalog). */
export function diagnosticFromSpec(
	spec: DiagnosticSpec,
	code: string,
	bitOffset: number,
	bitLength: number,
	params: DiagnosticParams = {},
	words: ParamWords = PARAM_WORDS
): Diagnostic {
	const result: Diagnostic = {
		// The payload layer's codes are rows of its own catalog (payload/diagnostics.ts), not of
		// DIAGNOSTICS; payloadDiagnostic gives them back their own type (PayloadDiagnostic).
		code: code as DiagnosticCode,
		severity: spec.severity,
		message: fill(spec.text, params, words),
		rfc: spec.rfc,
		bitOffset,
		bitLength,
		params
	};
	if (spec.closeCode !== undefined) result.closeCode = spec.closeCode;
	return result;
}
