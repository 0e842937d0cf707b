// "Check yourself": the reader's answer against the engine's. Answers to choice, number, pick-byte
// and spot-error questions were computed with the question (see material/); a built frame is judged
// by the decoder's full verdict (frames, messages, diagnostics), so any correct frame passes (any
// masking key, any valid length form) and a frame that is wrong in any way does not. A wrong answer
// carries a hint key: the misconception it shows (tables in material/ and content/, not branches).
import {
	decode,
	parseInput,
	type Diagnostic,
	type Field,
	type Frame
} from '$lib/protocol/index.ts';
import type { Exercise } from './types.ts';
import { numberOf } from './answer-number.ts';

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
	/** build-frame: FIN = 0 and no final frame follows: the message never ends (RFC 6455 §5.4). */
	| 'unfinished'
	/** build-frame: accepted, but the decoder warns (e.g. a length not in its shortest form). */
	| 'warned'
	/** build-frame: a valid frame, but not one message with the asked text. */
	| 'other_message';

/** What the answer's first frame says, so the explanation is about the frame actually typed. */
export interface FrameSummary {
	fin: boolean;
	opcode: number;
	masked: boolean;
	/** The masking key as hex, when masked. */
	key?: string;
	/** The payload length as declared, in bytes. */
	length: number;
	lengthBits: 7 | 16 | 64;
}

export interface Check {
	correct: boolean;
	reason: CheckReason;
	/** Wrong: the misconception to hint at, a key of the exercise text's hints (see types.ts). */
	hint?: string;
	/** pick-byte, wrong: the engine's field the picked byte belongs to. */
	field?: Pick<Field, 'id' | 'label' | 'bitLength'>;
	closeCode?: number;
	diagnostic?: Diagnostic;
	/** build-frame: the text the frames carried, when they carried text. */
	text?: string;
	/** build-frame: the first frame typed. */
	frame?: FrameSummary;
	/** build-frame, incomplete: how many more bytes the frame declares than were typed. */
	missing?: number;
	/** build-frame, other_message: how many messages the bytes carried. */
	messages?: number;
}

const result = (reason: CheckReason, extra: Partial<Check> = {}): Check => ({
	correct: reason === 'correct',
	reason,
	...extra
});

const hexOf = (bytes: Uint8Array) =>
	Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

function summary(frame: Frame | undefined): FrameSummary | undefined {
	if (!frame) return undefined;
	return {
		fin: frame.fin,
		opcode: frame.opcode,
		masked: frame.masked,
		key: frame.maskKey ? hexOf(frame.maskKey) : undefined,
		length: Number(frame.payloadLength),
		lengthBits: frame.lengthBits
	};
}

function checkFrame(exercise: Extract<Exercise, { kind: 'build-frame' }>, answer: string): Check {
	const parsed = parseInput(answer);
	if (!parsed.ok || parsed.bytes.length === 0) return result('unreadable');
	const decoded = decode(parsed.bytes, { from: exercise.from });
	const { verdict } = decoded;
	const frame = summary(decoded.frames[0]);
	if (!verdict.ok) {
		return result('rejected', {
			closeCode: verdict.closeCode ?? undefined,
			diagnostic: verdict.firstError,
			frame
		});
	}
	// A wrong frame's reason is its hint key too (hints.ts): the misconception the bytes show.
	if (verdict.needMoreBytes > 0)
		return result('incomplete', { hint: 'incomplete', frame, missing: verdict.needMoreBytes });
	const [message, ...others] = decoded.messages;
	const text = message?.type === 'text' ? message.text : undefined;
	// RFC 6455 §5.4: a message ends with a frame whose FIN is 1; without one it never arrives.
	if (decoded.messages.some((m) => !m.complete))
		return result('unfinished', { hint: 'unfinished', text, frame });
	const warning = decoded.diagnostics.find((d) => d.severity === 'warning');
	if (warning) return result('warned', { diagnostic: warning, text, frame });
	if (others.length > 0 || text !== exercise.text)
		return result('other_message', {
			hint: 'other_message',
			text,
			frame,
			messages: decoded.messages.length
		});
	return result('correct', { text, frame });
}

/** Right, or wrong with the misconception `hint` names. */
const judged = (right: boolean, hint: string | undefined): Check =>
	right ? result('correct') : result('wrong', { hint });

/** The typical wrong values (each with its misconception), else 'other'. */
function numberHint(exercise: Extract<Exercise, { kind: 'number' }>, value: number | undefined) {
	return exercise.mistakes.find((m) => m.value === value)?.because ?? 'other';
}

export function checkAnswer(exercise: Exercise, answer: string): Check {
	if (answer.trim() === '') return result('empty');
	switch (exercise.kind) {
		case 'choice':
		case 'spot-error':
			// A wrong option or part is its own hint key: the text says why it is not the one.
			return judged(answer === exercise.answer, answer);
		case 'number': {
			const value = numberOf(answer);
			return judged(value === exercise.answer, numberHint(exercise, value));
		}
		case 'pick-byte': {
			const offset = numberOf(answer);
			if (offset === exercise.answer) return result('correct');
			const field = offset === undefined ? undefined : fieldAtByte(exercise, offset);
			return result('wrong', {
				hint: field?.id ?? 'other',
				field: field && { id: field.id, label: field.label, bitLength: field.bitLength }
			});
		}
		case 'build-frame':
			return checkFrame(exercise, answer);
	}
}

/** The engine's field a picked byte belongs to (mask, payload_length …): where the student looked. */
function fieldAtByte(exercise: Extract<Exercise, { kind: 'pick-byte' }>, offset: number) {
	const frames = decode(exercise.bytes, { from: exercise.from }).frames;
	const bit = offset * 8;
	return frames
		.flatMap((f) => f.fields ?? [])
		.find((f) => bit >= f.bitOffset && bit < f.bitOffset + f.bitLength);
}
