import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { prerendered } from './prerendered.ts';

// Zero violations of WCAG 2.2 A and AA, as axe-core checks them (contrast included). Every page, in
// both languages, in the light theme; the themes change colours only, so the dark and projector
// themes are checked on a set of pages that between them show every kind of component (the labs,
// a lesson, the glossary, a handshake step, the home page's explorer; Korean text once).
const pages = prerendered().filter((p) => !/^\/en(\/|$)/.test(p)); // /en/x is the same page as /x
const REPRESENTATIVE = [
	'/',
	'/decode',
	'/build',
	'/handshake',
	'/transports',
	'/glossary',
	'/learn',
	'/learn/frame',
	'/ko/handshake'
];

async function violations(page: Page, path: string, theme: string): Promise<string[]> {
	await page.goto(`${path}?theme=${theme}`);
	await page.waitForLoadState('networkidle');
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(v) => `${theme}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}

test('the pages checked in every theme exist', () => {
	for (const path of REPRESENTATIVE) expect(pages).toContain(path);
});

for (const path of pages) {
	const themes = REPRESENTATIVE.includes(path) ? ['light', 'dark', 'projector'] : ['light'];
	test(`${path} has no accessibility violations (${themes.join(', ')})`, async ({ page }) => {
		// A full axe run on a long lab page takes 10-40 s on a busy 2-core machine.
		test.setTimeout(30_000 * themes.length);
		for (const theme of themes)
			expect(await violations(page, path, theme), `${path} in the ${theme} theme`).toEqual([]);
	});
}
