// The mixed review: each question comes from its lesson (src/lib/learn/review.ts; its exercise from
// the build-time load), its text from the lesson's text in the page's language, so the review shows
// exactly the lesson's question and the engine's answer.
import { loadText } from '$lib/learn/content.ts';
import { reviewLessons } from '$lib/learn/review.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const texts = Object.fromEntries(
		await Promise.all(
			reviewLessons().map(async ({ slug }) => {
				const text = await loadText(slug, getLocale());
				return [slug, text.render(data.facts[slug]!).exercises] as const;
			})
		)
	);
	const questions = data.questions.map(({ item, exercise }) => {
		const text = texts[item.slug]?.[item.id];
		if (!text) throw new Error(`review: no text for ${item.slug}/${item.id}`);
		return { item, exercise, text };
	});
	return { questions };
};
