// A part of a spot-the-error question, as a student reads it: the question shows it (named at build
// time: partNames) and the hints name it too (hints.ts, imported on the first answer).
import { fieldLabel } from '$lib/i18n/field-text.ts';
import type { Exercise, SpotPart } from '$lib/learn/types.ts';

/** The part's field name, or its line. */
export function partName(part: SpotPart): string {
	return part.line ? part.shown : fieldLabel(part);
}

/** Each spot-the-error part's name by exercise id and part id, in the page's language. */
export type PartNames = Record<string, Record<string, string>>;

export function partNames(exercises: readonly Exercise[]): PartNames {
	return Object.fromEntries(
		exercises.flatMap((exercise) =>
			exercise.kind === 'spot-error'
				? [[exercise.id, Object.fromEntries(exercise.parts.map((p) => [p.id, partName(p)]))]]
				: []
		)
	);
}
