// The mixed review: each question's material and text come from its lesson (src/lib/learn/review.ts),
// in the page's language, so the review shows exactly the lesson's question and the engine's answer.
import { loadText } from '$lib/learn/content.ts';
import { REVIEW, reviewLessons } from '$lib/learn/review.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const lessons = await Promise.all(
		reviewLessons().map(async (lesson) => {
			const [material, text] = await Promise.all([
				lesson.material(),
				loadText(lesson.slug, getLocale())
			]);
			return { slug: lesson.slug, material, rendered: text.render(material.facts) };
		})
	);
	const questions = REVIEW.map((item) => {
		const lesson = lessons.find((l) => l.slug === item.slug)!;
		const exercise = lesson.material.exercises.find((e) => e.id === item.id);
		const text = lesson.rendered.exercises[item.id];
		// The table names questions that exist (tests/unit/learn/review.test.ts): a miss is a bug.
		if (!exercise || !text) throw new Error(`review: no question ${item.slug}/${item.id}`);
		return { item, exercise, text };
	});
	return { questions };
};
