// The lesson's text in the page's language (its material comes from the build-time load): one
// module per lesson and language (src/lib/learn/content/{en,ko}/), and the component of its embed
// (embeds.ts).
import { loadText } from '$lib/learn/content.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';
import { loadEmbed } from './embeds.ts';

export const load: PageLoad = async ({ data }) => {
	const [text, embed] = await Promise.all([
		loadText(data.slug, getLocale()),
		loadEmbed(data.material.embed.kind)
	]);
	return { ...data, text, embed };
};
