import { DEFAULT_SCENARIO, presetScenario } from '$lib/protocol/index.ts';
import { describe, expect, it } from 'vitest';
import { rfcHref } from '$lib/components/rfc.ts';
import { loadText } from '$lib/learn/content.ts';
import { LESSON_EXTRAS } from '$lib/learn/extras.ts';
import { LESSONS, lessonBySlug, neighbours } from '$lib/learn/lessons.ts';
import { materialOf } from '$lib/learn/materials.ts';
import type { ExerciseText, Paragraph, RenderedText } from '$lib/learn/types.ts';
import { locales } from '$lib/paraglide/runtime.js';

const HANGUL = /[\uac00-\ud7a3]/;
/** Three or more hex bytes in a row: "81 85 37". Bytes in prose must come from the engine. */
const BYTES = /\b[0-9a-f]{2}(?: [0-9a-f]{2}){2,}\b/i;

const exerciseParagraphs = (e: ExerciseText): Paragraph[] => [
	e.prompt,
	e.explain,
	...Object.values(e.hints ?? {})
];

function paragraphs(text: RenderedText): Paragraph[] {
	return [
		...text.parts.flatMap((p) => p.paragraphs),
		text.embed,
		...Object.values(text.exercises).flatMap(exerciseParagraphs)
	];
}

const plain = (text: RenderedText) =>
	paragraphs(text)
		.flat()
		.filter((r): r is string => typeof r === 'string');
const codes = (text: RenderedText) =>
	paragraphs(text)
		.flat()
		.flatMap((r) => (typeof r === 'string' ? [] : [r.code]));

describe('the lesson registry', () => {
	it('has the twelve lessons of issue 8 and the payload lesson of issue 15, with unique slugs', () => {
		expect(LESSONS).toHaveLength(13);
		const slugs = LESSONS.map((l) => l.slug);
		expect(new Set(slugs).size).toBe(13);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('links every lesson to an RFC section', () => {
		for (const l of LESSONS) expect([l.slug, rfcHref(l.rfc)]).toEqual([l.slug, expect.any(String)]);
	});

	it('finds lessons by slug, and the path before and after each', () => {
		expect(lessonBySlug('frame')?.slug).toBe('frame');
		expect(lessonBySlug('no-such-lesson')).toBeUndefined();
		expect(neighbours(LESSONS[0]!.slug).previous).toBeUndefined();
		expect(neighbours(LESSONS[0]!.slug).next).toBe(LESSONS[1]);
		expect(neighbours(LESSONS.at(-1)!.slug).next).toBeUndefined();
		expect(neighbours('frame').previous?.slug).toBe('handshake');
		expect(neighbours('no-such-lesson')).toEqual({});
	});

	it('links the first lesson to /transports on the scenario its numbers come from', () => {
		const lab = LESSON_EXTRAS[LESSONS[0]!.slug]?.lab?.();
		if (lab?.path !== '/transports') throw new Error('lesson 1 opens no transports lab');
		expect(presetScenario(lab.preset)).toEqual(DEFAULT_SCENARIO);
	});

	it('keys the build-time extras by lesson slugs', () => {
		const slugs = LESSONS.map((l) => l.slug);
		for (const slug of Object.keys(LESSON_EXTRAS)) expect(slugs).toContain(slug);
	});

	it('gives every choice question an answer among its options', async () => {
		for (const l of LESSONS) {
			for (const ex of (await materialOf(l.slug)).exercises) {
				if (ex.kind === 'choice') expect(ex.options.map((o) => o.id)).toContain(ex.answer);
				if (ex.kind === 'spot-error') expect(ex.parts.map((o) => o.id)).toContain(ex.answer);
				if (ex.kind === 'pick-byte') {
					expect(ex.answer).toBeGreaterThanOrEqual(0);
					expect(ex.answer).toBeLessThan(ex.bytes.length);
				}
				// A typical wrong value is never the answer, and names one misconception.
				if (ex.kind === 'number')
					for (const mistake of ex.mistakes) expect(mistake.value).not.toBe(ex.answer);
			}
		}
	});

	it('gives every lesson at least three questions of three kinds, with unique ids', async () => {
		for (const l of LESSONS) {
			const { exercises } = await materialOf(l.slug);
			expect(exercises.length, l.slug).toBeGreaterThanOrEqual(3);
			expect(new Set(exercises.map((e) => e.kind)).size, l.slug).toBeGreaterThanOrEqual(3);
			expect(new Set(exercises.map((e) => e.id)).size, l.slug).toBe(exercises.length);
		}
	});
});

describe('the lesson texts', () => {
	for (const lesson of LESSONS) {
		for (const locale of locales) {
			it(`${lesson.slug} (${locale}) renders, and every byte in it is one the engine computed`, async () => {
				const material = await materialOf(lesson.slug);
				const text = (await loadText(lesson.slug, locale)).render(material.facts);
				expect(text.parts.length).toBeGreaterThan(0);
				// Korean prose is Korean; English prose has no Hangul outside the engine's values.
				expect(plain(text).some((s) => HANGUL.test(s))).toBe(locale === 'ko');
				for (const s of plain(text)) expect(s).not.toMatch(BYTES);
				const facts = new Set(Object.values(material.facts).map(String));
				for (const code of codes(text).filter((c) => BYTES.test(c))) expect(facts).toContain(code);
				expect(Object.keys(text.exercises).sort()).toEqual(
					material.exercises.map((e) => e.id).sort()
				);
				for (const ex of material.exercises) {
					const own = text.exercises[ex.id]!;
					// Choices the engine does not label are labelled by the text.
					if (ex.kind === 'choice')
						for (const o of ex.options)
							expect([o.id, o.label ?? own.choices?.[o.id]]).toEqual([o.id, expect.any(String)]);
				}
				for (const sample of LESSON_EXTRAS[lesson.slug]?.code ?? [])
					expect(text.code?.[sample.id]).toBeTruthy();
			});
		}
	}
});
