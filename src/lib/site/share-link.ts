// The link a "copy link" button hands out: the page as it is now (its language prefix, its query and
// the hash where every lab keeps its state), plus the theme when the reader chose one, so a teacher's
// projector link opens in projector colours (static/theme.js reads ?theme= before the first paint).
import type { ThemeChoice } from '$lib/state/theme.svelte.ts';

export function shareUrl(href: string, theme: ThemeChoice): string {
	const url = new URL(href);
	if (theme === 'system') url.searchParams.delete('theme');
	else url.searchParams.set('theme', theme);
	return url.href;
}
