// Hints for wrong answers, by the misconception code the checker returns (src/lib/learn/exercises.ts):
// the exercise's own text first (why this option, value or part is wrong), then the misconceptions
// many counting questions share, then what the engine can say about any pick (the field it is in).
import { fieldLabel } from '$lib/i18n/field-text.ts';
import { numberOf } from '$lib/learn/answer-number.ts';
import type { Check } from '$lib/learn/exercises.ts';
import type { Exercise, ExerciseText, Paragraph } from '$lib/learn/types.ts';
import { m } from '$lib/paraglide/messages.js';
import { partName } from './part-name.ts';

/** Misconceptions of counting questions in several lessons (material/shared.ts makes the values). */
const SHARED: Readonly<Record<string, () => string>> = {
	forgot_mask_key: m.learn_hint_forgot_mask_key,
	added_mask_key: m.learn_hint_added_mask_key,
	counted_bits: m.learn_hint_counted_bits,
	payload_only: m.learn_hint_payload_only,
	whole_frame: m.learn_hint_whole_frame
};

type BuildFrame = Extract<Exercise, { kind: 'build-frame' }>;

/** Misconceptions of build-the-frame answers the decoder accepts but that are not the message asked
 * (the checker's reason is the key): said with what the typed bytes hold. */
const FRAME: Readonly<Record<string, (exercise: BuildFrame, check: Check) => string>> = {
	// RFC 6455 §5.4: a message ends with a frame whose FIN is 1.
	unfinished: () => m.learn_hint_frame_unfinished(),
	// RFC 6455 §5.2: the payload is as long as the header declares. More missing than the declared
	// payload means the header itself is cut short.
	incomplete: (_, { frame, missing = 0 }) => {
		const length = frame?.length ?? 0;
		return missing > length
			? m.learn_hint_frame_incomplete_header({ missing: missing - length })
			: m.learn_hint_frame_incomplete({ length, missing });
	},
	other_message: ({ text: asked }, { text, messages = 0 }) => {
		if (messages > 1) return m.learn_hint_frame_many({ count: messages, asked });
		if (text === undefined) return m.learn_hint_frame_not_text({ asked });
		return m.learn_hint_frame_other_text({ text, asked });
	}
};

/** What to tell a student who answered wrong: a paragraph of the lesson's, or a sentence of the site's. */
export function hintFor(
	exercise: Exercise,
	text: ExerciseText,
	check: Check,
	answer: string
): Paragraph | null {
	const code = check.hint;
	if (check.correct || code === undefined) return null;
	const own = text.hints?.[code];
	if (own) return own;
	const shared = SHARED[code];
	if (shared) return [shared()];
	if (exercise.kind === 'build-frame') {
		const frame = FRAME[code];
		return frame ? [frame(exercise, check)] : null;
	}
	if (exercise.kind === 'number') return [m.learn_hint_number_other()];
	if (exercise.kind === 'pick-byte' && check.field) {
		const offset = numberOf(answer) ?? 0;
		return [m.learn_hint_byte_field({ offset, field: fieldLabel(check.field) })];
	}
	if (exercise.kind === 'spot-error') {
		const part = exercise.parts.find((p) => p.id === code);
		if (part) return [m.learn_hint_part_fine({ part: partName(part) })];
	}
	return null;
}
