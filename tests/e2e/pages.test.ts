import { expect, test } from '@playwright/test';
import { prerendered } from './prerendered.ts';
import { watchProblems } from './problems.ts';

const pages = prerendered();
const languageOf = (path: string) => (/^\/ko(\/|$)/.test(path) ? 'ko' : 'en');

test('every page is prerendered in English and in Korean', () => {
	const routes = pages.filter((p) => !/^\/(en|ko)(\/|$)/.test(p));
	expect(routes).toContain('/');
	for (const route of routes) {
		const tail = route === '/' ? '' : route;
		expect(pages).toContain(`/en${tail}`);
		expect(pages).toContain(`/ko${tail}`);
	}
});

for (const path of pages) {
	test(`${path} loads cleanly, in its language, under the site's CSP`, async ({ page }) => {
		const problems = await watchProblems(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');

		// The policy really is in force (a prerendered page carries it in a <meta>), so "no
		// violations" means something.
		const meta = await page
			.locator('meta[http-equiv="content-security-policy" i]')
			.evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
		expect(meta.join(' ')).toContain("default-src 'self'");

		const language = languageOf(path);
		await expect(page.locator('html')).toHaveAttribute('lang', language);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The header's links to the labs are in the page's language (the language switch is not).
		const nav = await page.locator('header nav').innerText();
		expect(/[\uac00-\ud7a3]/.test(nav), 'Hangul in the site navigation').toBe(language === 'ko');
		expect(await problems()).toEqual([]);
	});
}
