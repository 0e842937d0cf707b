// At build time only: each review question's exercise, made by its lesson's material (the engine
// computes the answer with the question), and the lesson's facts its text is rendered with. The
// browser gets data: the engine and the material modules never reach it with the review.
import { REVIEW, reviewLessons } from '$lib/learn/review.ts';
import { materialOf } from '$lib/learn/materials.ts';
import { compactViews } from '$lib/server/compact.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const lessons = await Promise.all(
		reviewLessons().map(async (lesson) => ({
			slug: lesson.slug,
			material: await materialOf(lesson.slug)
		}))
	);
	const questions = REVIEW.map((item) => {
		const { material } = lessons.find((l) => l.slug === item.slug)!;
		const exercise = material.exercises.find((e) => e.id === item.id);
		// The table names questions that exist (tests/unit/learn/review.test.ts): a miss is a bug.
		if (!exercise) throw new Error(`review: no question ${item.slug}/${item.id}`);
		return { item, exercise };
	});
	const facts = Object.fromEntries(lessons.map((l) => [l.slug, l.material.facts]));
	return compactViews({ questions, facts });
};
