// For the server's render only: the lesson's prose in the page's language (one module per lesson and
// language, src/lib/learn/content/{en,ko}/), the component of its embed (embeds.ts) and the names
// of its questions' parts. The browser keeps what the server wrote of them (data-static): it
// imports the embed when the reader comes near it (LessonEmbed.svelte), and the rest never.
import { browser } from '$app/environment';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageLoad } from './$types';
import { loadEmbed, type EmbedView } from './embeds.ts';
import type { PartNames } from './part-name.ts';

async function serverRender(data: Parameters<PageLoad>[0]['data']) {
	const [content, embed, names] = await Promise.all([
		import('$lib/learn/content.ts'),
		loadEmbed(data.material.embed.kind) as unknown as Promise<EmbedView>,
		import('./part-name.ts')
	]);
	const { parts, embed: about } = (await content.loadText(data.slug, getLocale())).render(
		data.material.facts
	);
	return {
		prose: { parts, embed: about },
		embed,
		partNames: names.partNames(data.material.exercises)
	};
}

export const load: PageLoad = async ({ data }) => ({
	...data,
	...(browser ? { prose: null, embed: null, partNames: {} as PartNames } : await serverRender(data))
});
