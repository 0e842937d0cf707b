// Every problem the engine can report, as data (STYLE.md §2). Codes are stable snake_case ids; tests
// assert codes, severities, close codes and bit ranges, never the wording, so `text` can improve freely.
// The rows live by topic (frame/, message/, handshake/, capture/diagnostics.ts); this is the one catalog.
import { fill } from './text.ts';
import type { Diagnostic, DiagnosticParams, DiagnosticSpec } from './types.ts';
import { PARAM_WORDS } from './words.ts';
import { CAPTURE_DIAGNOSTICS } from './capture/diagnostics.ts';
import { FRAME_DIAGNOSTICS } from './frame/diagnostics.ts';
import { HANDSHAKE_DIAGNOSTICS } from './handshake/diagnostics.ts';
import { MESSAGE_DIAGNOSTICS } from './message/diagnostics.ts';

export const DIAGNOSTICS = {
	...FRAME_DIAGNOSTICS,
	...MESSAGE_DIAGNOSTICS,
	...HANDSHAKE_DIAGNOSTICS,
	...CAPTURE_DIAGNOSTICS
} as const satisfies Record<string, DiagnosticSpec>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Builds a diagnostic from the catalog: the message is the row's text with params filled in. */
export function diagnostic(
	code: DiagnosticCode,
	bitOffset: number,
	bitLength: number,
	params: DiagnosticParams = {}
): Diagnostic {
	return diagnosticFromSpec(DIAGNOSTICS[code], code, bitOffset, bitLength, params);
}

/** A diagnostic from any catalog's row (the payload layer keeps its own catalog). */
export function diagnosticFromSpec(
	spec: DiagnosticSpec,
	code: string,
	bitOffset: number,
	bitLength: number,
	params: DiagnosticParams = {}
): Diagnostic {
	const result: Diagnostic = {
		// The payload layer's codes are rows of its own catalog (payload/diagnostics.ts), not of
		// DIAGNOSTICS; payloadDiagnostic gives them back their own type (PayloadDiagnostic).
		code: code as DiagnosticCode,
		severity: spec.severity,
		message: fill(spec.text, params, PARAM_WORDS),
		rfc: spec.rfc,
		bitOffset,
		bitLength,
		params
	};
	if (spec.closeCode !== undefined) result.closeCode = spec.closeCode;
	return result;
}

/** A template's {placeholders} filled from params (unknown ones stay as they are). */
export function fillTemplate(text: string, params: DiagnosticParams): string {
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
