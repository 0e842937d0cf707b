// The lesson's material (computed by the engine) and its text in the page's language: one module
// each per lesson, so a page loads only its own (src/lib/learn/material/, content/{en,ko}/), and
// the component of its embed (embeds.ts).
import { error } from '@sveltejs/kit';
import { loadText } from '$lib/learn/content.ts';
import { lessonBySlug } from '$lib/learn/lessons.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';
import { loadEmbed } from './embeds.ts';

export const load: PageLoad = async ({ data }) => {
	const lesson = lessonBySlug(data.slug);
	if (!lesson) error(404, 'No such lesson');
	const [material, text] = await Promise.all([lesson.material(), loadText(data.slug, getLocale())]);
	const embed = await loadEmbed(material.embed.kind);
	return { ...data, material, text, embed };
};
