// A part of a spot-the-error question, as a student reads it: the question shows it, and the hints
// (hints.ts, imported on the first answer) name it too.
import { fieldLabel } from '$lib/i18n/field-text.ts';
import type { SpotPart } from '$lib/learn/types.ts';

/** The part's field name, or its line. */
export function partName(part: SpotPart): string {
	return part.line ? part.shown : fieldLabel(part);
}
