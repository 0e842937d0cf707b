// At build time only (every lesson is prerendered): the lesson's material (computed by the engine),
// what its embed shows (embed-reading.ts), its code samples highlighted by shiki, its lab link's
// hash, and the words of its live parts in the page's language (the exercises; the prose is static). The browser gets data: the engine, shiki and the material modules never reach it with the
// lesson (the engine is imported when a reader edits the embed or answers a question).
import { error } from '@sveltejs/kit';
import { liveText, loadText } from '$lib/learn/content.ts';
import { LESSON_EXTRAS } from '$lib/learn/extras.ts';
import { LESSONS, lessonBySlug } from '$lib/learn/lessons.ts';
import { materialOf } from '$lib/learn/materials.ts';
import { compactViews } from '$lib/server/compact.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import { highlight } from '$lib/server/highlight.ts';
import { readEmbed } from './embed-reading.ts';
import { labHash } from '../lab-links.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LESSONS.map((l) => ({ slug: l.slug }));

export const load: PageServerLoad = async ({ params }) => {
	const lesson = lessonBySlug(params.slug);
	if (!lesson) error(404, 'No such lesson');
	const material = await materialOf(lesson.slug);
	const extras = LESSON_EXTRAS[lesson.slug] ?? {};
	const code = await Promise.all(
		(extras.code ?? []).map(async (c) => ({ id: c.id, code: await highlight(c.source(), c.lang) }))
	);
	const link = extras.lab?.();
	const lab = link ? { path: link.path, hash: await labHash(link), link } : null;
	const engine = compactViews({ material, reading: await readEmbed(material.embed) });
	const text = liveText((await loadText(lesson.slug, getLocale())).render(material.facts));
	return { slug: lesson.slug, ...engine, code, lab, text };
};
