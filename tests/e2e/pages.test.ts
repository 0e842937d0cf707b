import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
	axeViolations,
	coloursCheckedOn,
	expectFitsScreens,
	expectLesson,
	isClassroomPage,
	isLesson,
	REPRESENTATIVE,
	themesOf
} from './page-checks.ts';
import { expectIslands, scriptsOf } from './islands.ts';
import { expectLabSpeaksItsLanguage } from './lab-language.ts';
import { prerendered, prerenderedHtml } from './prerendered.ts';
import { watchProblems } from './problems.ts';

const pages = prerendered();
const languageOf = (path: string) => (/^\/ko(\/|$)/.test(path) ? 'ko' : 'en');

test('the pages checked in every theme exist', () => {
	for (const path of REPRESENTATIVE) expect(pages).toContain(path);
});

test('every page is prerendered in English and in Korean', () => {
	const routes = pages.filter((p) => !/^\/(en|ko)(\/|$)/.test(p));
	expect(routes).toContain('/');
	for (const route of routes) {
		const tail = route === '/' ? '' : route;
		expect(pages).toContain(`/en${tail}`);
		expect(pages).toContain(`/ko${tail}`);
	}
});

const heading = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];

/** Every URL of the site's own a page names (links, styles, scripts, the start script's imports). */
function localUrls(path: string, html: string): URL[] {
	const base = new URL(path, 'http://site');
	const named = [...html.matchAll(/(?:src|href)="([^"#]+)"|import\("([^"]+)"\)/g)];
	return named
		.map((match) => new URL((match[1] ?? match[2])!.replaceAll('&amp;', '&'), base))
		.filter((url) => url.origin === base.origin);
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
// A page is a file, x.html or x/index.html (trailing slashes are the server's to redirect).
const exists = (url: URL) =>
	['', '.html', '/index.html'].some((suffix) =>
		isFile(`build${url.pathname.replace(/(.)\/$/, '$1')}${suffix}`)
	);

// /en/x is /x, one folder deeper: the same page in the same language, only its relative URLs differ.
// Checked in the files, so the browser below loads each page once (at /x and /ko/x), not three times.
test('every /en/ page is its unprefixed twin, and every page names only files that exist', () => {
	for (const path of pages) {
		const html = prerenderedHtml(path);
		const missing = localUrls(path, html).filter((url) => !exists(url));
		expect(missing.map(String), `${path} names missing files`).toEqual([]);
		const twin = /^\/en(\/|$)/.test(path) ? path.replace(/^\/en/, '') || '/' : null;
		if (twin === null) continue;
		expect(html, path).toMatch(/<html lang="en"/);
		expect(heading(html), path).toBe(heading(prerenderedHtml(twin)));
	}
});

// One visit per page (at /x and /ko/x): it loads cleanly under the CSP, its static islands are
// there and in no script (tests/e2e/islands.ts), it is in its language, axe finds
// nothing in the light theme (a Korean page: without the colour rules, which its English twin ran
// on the same colours), a lesson shows its parts; on the representative pages the other themes are
// checked in the same visit; a lesson and the review then fit both classroom screens in the
// projector theme, and a lab speaks the page's language (tests/e2e/page-checks.ts and
// tests/e2e/lab-language.ts say what each check is).
for (const path of pages.filter((p) => !/^\/en(\/|$)/.test(p))) {
	const themes = themesOf(path);
	test(`${path} loads cleanly in its language, axe finds nothing (${themes.join(', ')})`, async ({
		page
	}) => {
		// A full axe run on a long lab page takes 10-40 s on a busy 2-core machine.
		test.setTimeout(45_000 * themes.length);
		const problems = await watchProblems(page);
		const scripts = scriptsOf(page);
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await page.waitForLoadState('networkidle');
		await expectIslands(page, path, scripts);

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
		if (isLesson(path)) await expectLesson(page, language);

		for (const theme of themes)
			expect(
				await axeViolations(page, theme, coloursCheckedOn(path)),
				`${path} in the ${theme} theme`
			).toEqual([]);
		if (isClassroomPage(path)) await expectFitsScreens(page, path);
		// Last, as it breaks the lab's input: the lab speaks the page's language, diagnostics included.
		await expectLabSpeaksItsLanguage(page, path);
		expect(await problems()).toEqual([]);
	});
}
