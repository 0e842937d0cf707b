// At build time only (every lesson is prerendered): the lesson's code samples highlighted by shiki
// and its lab link's hash. The browser gets plain runs of text and a string; shiki never reaches it.
import { error } from '@sveltejs/kit';
import { LESSON_EXTRAS } from '$lib/learn/extras.ts';
import { LESSONS, lessonBySlug } from '$lib/learn/lessons.ts';
import { highlight } from '$lib/server/highlight.ts';
import { labHash } from '../lab-links.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LESSONS.map((l) => ({ slug: l.slug }));

export const load: PageServerLoad = async ({ params }) => {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, 'No such lesson');
	const extras = LESSON_EXTRAS[lesson.slug] ?? {};
	const code = await Promise.all(
		(extras.code ?? []).map(async (c) => ({ id: c.id, code: await highlight(c.source(), c.lang) }))
	);
	const link = extras.lab?.();
	const lab = link ? { path: link.path, hash: await labHash(link), link } : null;
	return { slug: lesson.slug, code, lab };
};
