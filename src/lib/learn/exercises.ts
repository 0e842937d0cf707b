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
}

const result = (reason: CheckReason, extra: Partial<Check> = {}): Check => ({
	correct: reason === 'correct',
	reason,
	...extra
});

/** Units students write after a count: "8 bytes", "8바이트", "2개", "8 B". */
const UNIT = /^(\d+)\s*(bytes?|octets?|b|messages?|바이트|개|번|개의 메시지)?\.?$/i;

/** Reads a number the way people type one: "8", " 8 ", "0x08", "8 bytes", "8바이트". */
export function numberOf(answer: string): number | undefined {
	const text = answer.trim().replace(/,/g, '');
	if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text.slice(2), 16);
	const counted = UNIT.exec(text);
	return counted ? Number(counted[1]) : undefined;
}

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
	if (verdict.needMoreBytes > 0) return result('incomplete', { frame });
	const [message, ...others] = decoded.messages;
	const text = message?.type === 'text' ? message.text : undefined;
	// RFC 6455 §5.4: a message ends with a frame whose FIN is 1; without one it never arrives.
	if (decoded.messages.some((m) => !m.complete)) return result('unfinished', { text, frame });
	const warning = decoded.diagnostics.find((d) => d.severity === 'warning');
	if (warning) return result('warned', { diagnostic: warning, text, frame });
	if (others.length > 0 || text !== exercise.text) return result('other_message', { text, frame });
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
