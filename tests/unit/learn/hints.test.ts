// Every wrong answer a question expects gets a hint that says why, in every language: each wrong
// option its own (the lesson's text), each typical wrong number its own or a shared one, any other
// number the generic one; and no question's answer is printed right above it.
import { afterEach, describe, expect, it } from 'vitest';
import { checkAnswer } from '$lib/learn/exercises.ts';
import { loadText } from '$lib/learn/content.ts';
import { LESSONS } from '$lib/learn/lessons.ts';
import { materialOf } from '$lib/learn/materials.ts';
import type { Exercise, ExerciseText, Paragraph, RenderedText } from '$lib/learn/types.ts';
import { baseLocale, locales, overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { hintFor } from '../../../src/routes/learn/[slug]/hints.ts';

/** Every wrong answer the question's data names: options, typical values, bytes, parts. */
function wrongAnswers(ex: Exercise): string[] {
	switch (ex.kind) {
		case 'choice':
			return ex.options.map((o) => o.id).filter((id) => id !== ex.answer);
		case 'spot-error':
			return ex.parts.map((p) => p.id).filter((id) => id !== ex.answer);
		case 'number':
			return [...ex.mistakes.map((m) => String(m.value)), String(ex.answer + 1000)];
		case 'pick-byte':
			return Array.from(ex.bytes, (_, i) => String(i)).filter((i) => i !== String(ex.answer));
		case 'build-frame':
			return [];
	}
}

const words = (p: Paragraph) => p.map((r) => (typeof r === 'string' ? r : r.code)).join('');

describe('hints for wrong answers', () => {
	for (const lesson of LESSONS) {
		for (const locale of locales) {
			it(`${lesson.slug} (${locale}): every expected wrong answer gets a hint`, async () => {
				const material = await materialOf(lesson.slug);
				const text = (await loadText(lesson.slug, locale)).render(material.facts);
				for (const ex of material.exercises) {
					const own = text.exercises[ex.id]!;
					for (const answer of wrongAnswers(ex)) {
						const check = checkAnswer(ex, answer);
						expect(check.correct, `${ex.id} ${answer}`).toBe(false);
						const hint = hintFor(ex, own, check, answer);
						expect(hint && words(hint).length, `${ex.id}: no hint for ${answer}`).toBeTruthy();
						// A wrong option is explained by the lesson itself, not by a generic line.
						if (ex.kind === 'choice')
							expect(own.hints?.[answer], `${ex.id} ${answer}`).toBeTruthy();
					}
				}
			});
		}
	}
});

/** A number's or a choice's answer as a reader would see it printed. */
function answerShown(ex: Exercise, text: ExerciseText): string[] {
	if (ex.kind === 'number') return [String(ex.answer), `0x${ex.answer.toString(16)}`];
	if (ex.kind !== 'choice') return [];
	const option = ex.options.find((o) => o.id === ex.answer)!;
	return [option.label ?? text.choices?.[option.id] ?? option.id];
}

/** What a reader has just read when a question comes: the last part, the embed, earlier questions. */
function readBefore(text: RenderedText, index: number, ids: string[]): Paragraph[] {
	const earlier = ids.slice(0, index).flatMap((id) => {
		const e = text.exercises[id]!;
		return [e.prompt, e.explain];
	});
	return [
		...text.parts.at(-1)!.paragraphs,
		text.embed,
		...earlier,
		text.exercises[ids[index]!]!.prompt
	];
}

const mentions = (paragraphs: Paragraph[], shown: string) => {
	const escaped = shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const word = new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w])`, 'i');
	return paragraphs.some((p) =>
		p.some((r) => (typeof r === 'string' ? word.test(r) : r.code === shown))
	);
};

describe('no answer printed right above its question', () => {
	for (const lesson of LESSONS) {
		for (const locale of locales) {
			it(`${lesson.slug} (${locale})`, async () => {
				const material = await materialOf(lesson.slug);
				const text = (await loadText(lesson.slug, locale)).render(material.facts);
				const ids = material.exercises.map((e) => e.id);
				material.exercises.forEach((ex, i) => {
					for (const shown of answerShown(ex, text.exercises[ex.id]!))
						expect(mentions(readBefore(text, i, ids), shown), `${ex.id}: "${shown}" above`).toBe(
							false
						);
				});
			});
		}
	}
});

/** A client frame: byte 0 as given, MASK = 1 and a 7-bit length, a zero masking key (valid: any key
 * is, RFC 6455 §5.3), then the payload as typed (a zero key leaves it as is). */
function clientFrame(byte0: number, payload: Uint8Array, length = payload.length): string {
	const bytes = [byte0, 0x80 | length, 0, 0, 0, 0, ...payload];
	return bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

describe('build-the-frame answers a receiver takes, but not as the message asked', async () => {
	const material = await materialOf('masking');
	const ex = material.exercises.find((e) => e.kind === 'build-frame')!;
	if (ex.kind !== 'build-frame') throw new Error('the masking lesson builds a frame');
	const asked = new TextEncoder().encode(ex.text);
	const other = new TextEncoder().encode('world');

	const cases: { name: string; answer: string; code: string; shows: string[] }[] = [
		// RFC 6455 §5.4: FIN = 0 (byte 0 = 0x01) and no final frame follows.
		{ name: 'FIN = 0', answer: clientFrame(0x01, asked), code: 'unfinished', shows: [] },
		// RFC 6455 §5.2: the length says one byte more than the payload typed.
		{
			name: 'a payload one byte short',
			answer: clientFrame(0x81, asked.subarray(0, -1), asked.length),
			code: 'incomplete',
			shows: [String(asked.length), '1']
		},
		{ name: 'a header cut short', answer: '81 86 00', code: 'incomplete', shows: ['3'] },
		{
			name: 'another text',
			answer: clientFrame(0x81, other),
			code: 'other_message',
			shows: ['world', ex.text]
		},
		// Opcode 0x2: a binary message, not text.
		{ name: 'binary', answer: clientFrame(0x82, asked), code: 'other_message', shows: [ex.text] },
		{
			name: 'two messages',
			answer: `${clientFrame(0x81, asked)} ${clientFrame(0x81, asked)}`,
			code: 'other_message',
			shows: ['2', ex.text]
		}
	];

	for (const locale of locales) {
		const text = (await loadText('masking', locale)).render(material.facts).exercises[ex.id]!;
		for (const { name, answer, code, shows } of cases) {
			it(`${name} (${locale}): the ${code} hint, with what the bytes hold`, () => {
				overwriteGetLocale(() => locale);
				const check = checkAnswer(ex, answer);
				expect(check.correct).toBe(false);
				expect(check.reason).toBe(code);
				expect(check.hint).toBe(code);
				const hint = words(hintFor(ex, text, check, answer) ?? []);
				expect(hint.length).toBeGreaterThan(0);
				for (const value of shows) expect(hint).toContain(value);
			});
		}
	}
	afterEach(() => overwriteGetLocale(() => baseLocale));

	it('each misconception has its own hint', () => {
		const hints = cases.map(({ answer }) =>
			words(hintFor(ex, {} as ExerciseText, checkAnswer(ex, answer), answer) ?? [])
		);
		expect(new Set(hints).size).toBe(cases.length);
	});
});
