// At build time only: each review question's exercise, made by its lesson's material (the engine
// computes the answer with the question), and its text from the lesson's text in the page's
// language, so the review shows exactly the lesson's question and the engine's answer. The browser
// gets data: the engine, the material and the text modules never reach it with the review.
import { loadText } from '$lib/learn/content.ts';
import { REVIEW, reviewLessons } from '$lib/learn/review.ts';
import { materialOf } from '$lib/learn/materials.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { compactViews } from '$lib/server/compact.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const lessons = await Promise.all(
		reviewLessons().map(async ({ slug }) => {
			const material = await materialOf(slug);
			const text = (await loadText(slug, getLocale())).render(material.facts);
			return { slug, material, text };
		})
	);
	const questions = REVIEW.map((item) => {
		const lesson = lessons.find((l) => l.slug === item.slug)!;
		const exercise = lesson.material.exercises.find((e) => e.id === item.id);
		const text = lesson.text.exercises[item.id];
		// The table names questions that exist (tests/unit/learn/review.test.ts): a miss is a bug.
		if (!exercise || !text) throw new Error(`review: no question ${item.slug}/${item.id}`);
		return { item, exercise, text };
	});
	return compactViews({ questions });
};
