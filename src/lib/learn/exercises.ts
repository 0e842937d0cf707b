// "Check yourself": the reader's answer against the engine's. Answers to choice, number and
// pick-byte questions were computed with the question (see material/); a built frame is judged by
// the decoder itself, so any correct frame passes (any masking key, any valid length form).
import { decode, parseInput, type Diagnostic } from '$lib/protocol/index.ts';
import type { Exercise } from './types.ts';

export type CheckReason =
	| 'correct'
	| 'empty'
	| 'wrong'
	/** build-frame: the text is not bytes parseInput can read. */
	| 'unreadable'
	/** build-frame: a strict receiver fails the connection (closeCode and diagnostic say why). */
	| 'rejected'
	/** build-frame: the bytes end before the frame does. */
	| 'incomplete'
	/** build-frame: a valid frame, but not one message with the asked text. */
	| 'other_message';

export interface Check {
	correct: boolean;
	reason: CheckReason;
	closeCode?: number;
	diagnostic?: Diagnostic;
	/** build-frame: the text the frames carried, when they carried text. */
	text?: string;
}

const result = (reason: CheckReason, extra: Partial<Check> = {}): Check => ({
	correct: reason === 'correct',
	reason,
	...extra
});

/** Reads a number the way people type one: "8", " 8 ", "0x08". */
function numberOf(answer: string): number | undefined {
	const text = answer.trim();
	if (/^\d+$/.test(text)) return Number(text);
	if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text.slice(2), 16);
	return undefined;
}

function checkFrame(exercise: Extract<Exercise, { kind: 'build-frame' }>, answer: string): Check {
	const parsed = parseInput(answer);
	if (!parsed.ok || parsed.bytes.length === 0) return result('unreadable');
	const decoded = decode(parsed.bytes, { from: exercise.from });
	const { verdict } = decoded;
	if (!verdict.ok) {
		return result('rejected', {
			closeCode: verdict.closeCode ?? undefined,
			diagnostic: verdict.firstError
		});
	}
	if (verdict.needMoreBytes > 0) return result('incomplete');
	const [message, ...others] = decoded.messages;
	const text = message?.type === 'text' ? message.text : undefined;
	if (others.length > 0 || text !== exercise.text) return result('other_message', { text });
	return result('correct', { text });
}

export function checkAnswer(exercise: Exercise, answer: string): Check {
	if (answer.trim() === '') return result('empty');
	switch (exercise.kind) {
		case 'choice':
			return result(answer === exercise.answer ? 'correct' : 'wrong');
		case 'number':
			return result(numberOf(answer) === exercise.answer ? 'correct' : 'wrong');
		case 'pick-byte':
			return result(numberOf(answer) === exercise.answer ? 'correct' : 'wrong');
		case 'build-frame':
			return checkFrame(exercise, answer);
	}
}
