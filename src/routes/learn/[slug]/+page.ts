// The lesson's text in the page's language (its material comes from the build-time load): one
// module per lesson and language (src/lib/learn/content/{en,ko}/), and, for the server's render
// only, the component of its embed (embeds.ts): the browser imports it when the reader comes near
// the embed (LessonEmbed.svelte).
import { browser } from '$app/environment';
import { loadText } from '$lib/learn/content.ts';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';
import { loadEmbed, type EmbedView } from './embeds.ts';

export const load: PageLoad = async ({ data }) => {
	const [text, embed] = await Promise.all([
		loadText(data.slug, getLocale()),
		browser ? null : (loadEmbed(data.material.embed.kind) as unknown as Promise<EmbedView>)
	]);
	return { ...data, text, embed };
};
