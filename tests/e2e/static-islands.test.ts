// Static islands (scripts/vite-static-islands.ts): each island's sentence is checked in the visit
// pages.test.ts makes to its page (tests/e2e/islands.ts); here, what takes no page of its own.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ISLAND_ROUTES, ISLANDS } from './islands.ts';
import { prerendered, prerenderedHtml } from './prerendered.ts';

test('every route with islands is a page that pages.test.ts visits', () => {
	const pages = prerendered();
	for (const route of ISLAND_ROUTES) expect(pages).toContain(route);
});

test('a link loads the next page whole, so its static parts are there', async ({ page }) => {
	await page.goto('/glossary');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const [, , text] = ISLANDS[0]!;
	// A full load starts a new document: the mark set on this one is gone after the click.
	await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
	await page.locator('a.brand').click();
	await expect(page).not.toHaveURL(/glossary/);
	expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBeUndefined();
	await expect(page.locator('.intro')).toContainText(text);
});

// Svelte marks an element with its component's class (svelte-…) only when the component's styles
// select it: every such class in a prerendered page must be styled by a stylesheet the page links.
// (A component used only inside a static element has no code in the client build, and would take
// its stylesheet with it: scripts/vite-static-islands.ts imports it with ?prerender for that.)
test('every page links the styles of every component it prerendered', () => {
	const scoped = (text: string) => new Set(text.match(/svelte-[a-z0-9]+/g) ?? []);
	const unstyled: string[] = [];
	for (const path of prerendered()) {
		const html = prerenderedHtml(path);
		const sheets = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) =>
			readFileSync(`build/_app/${m[1]!.split('/_app/')[1]}`, 'utf8')
		);
		const styled = scoped([...sheets, ...(html.match(/<style[\s\S]*?<\/style>/g) ?? [])].join());
		const used = scoped(html.replace(/<style[\s\S]*?<\/style>/g, ''));
		for (const name of used) if (!styled.has(name)) unstyled.push(`${path}: ${name}`);
	}
	expect(unstyled).toEqual([]);
});
