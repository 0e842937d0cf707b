// At build time only: each lesson's question ids, so /learn can say "2 / 3" from the progress this
// browser keeps without loading every lesson's material (and the engine code it uses).
import { LESSONS } from '$lib/learn/lessons.ts';
import { materialOf } from '$lib/learn/materials.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const questions = await Promise.all(
		LESSONS.map(
			async (l) => [l.slug, (await materialOf(l.slug)).exercises.map((e) => e.id)] as const
		)
	);
	return { questions: Object.fromEntries(questions) as Record<string, string[]> };
};
