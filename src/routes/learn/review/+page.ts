// For the server's render only: the names of the questions' parts (static text, part-name.ts).
import { browser } from '$app/environment';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const names = browser ? null : (await import('../[slug]/part-name.ts')).partNames;
	return {
		questions: data.questions.map((q) => ({ ...q, names: names?.([q.exercise])[q.exercise.id] }))
	};
};
