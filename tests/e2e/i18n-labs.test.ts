// The labs speak the page's language: headings, the engine's diagnostics and the verdicts are Korean
// on /ko/ pages and English on /en/ pages (the engine's own words), with the RFC terms kept.
import { expect, test, type Page } from '@playwright/test';
import { watchProblems } from './problems.ts';

const HANGUL = /[\uac00-\ud7a3]/;

/** Each lab, and how to make it report a problem: the diagnostic that then shows. */
const LABS: { path: string; code: string; breakIt: (page: Page) => Promise<unknown> }[] = [
	{
		path: '/build',
		code: 'rsv_bit_without_extension',
		// Bit 1 of the frame is RSV1; no extension is negotiated on /build.
		breakIt: (page) => page.locator('.bit-grid button.bit').nth(1).click()
	},
	{
		path: '/decode',
		code: 'rsv_bit_without_extension',
		breakIt: (page) => page.locator('.controls select').first().selectOption('broken-rsv1')
	},
	{
		path: '/handshake',
		code: 'handshake_upgrade_missing',
		breakIt: (page) => page.locator('[data-preset="missing_upgrade"]').click()
	}
];

for (const { path, code, breakIt } of LABS) {
	for (const locale of ['ko', 'en'] as const) {
		test(`/${locale}${path} speaks ${locale === 'ko' ? 'Korean' : 'English'}, diagnostics included`, async ({
			page
		}) => {
			const problems = await watchProblems(page);
			await page.goto(`/${locale}${path}`);
			await page.waitForLoadState('networkidle');
			const korean = locale === 'ko';
			const heading = await page.getByRole('heading', { level: 1 }).innerText();
			expect(HANGUL.test(heading), `Hangul in the heading "${heading}"`).toBe(korean);

			await breakIt(page);
			const found = page.locator(`main [data-code="${code}"]`).first();
			await expect(found).toBeVisible();
			const text = await found.innerText();
			expect(HANGUL.test(text), `Hangul in the diagnostic "${text}"`).toBe(korean);
			// The code itself is never translated.
			if (path !== '/handshake') await expect(found).toContainText(code);

			// The rest of the main content follows: every h2 is in the page's language.
			for (const h of await page.locator('main h2').allInnerTexts())
				if (/[a-z]{3}/i.test(h) || HANGUL.test(h)) expect([h, HANGUL.test(h)]).toEqual([h, korean]);
			expect(await problems()).toEqual([]);
		});
	}
}

test('Korean keeps the RFC terms and opcode names in English beside it', async ({ page }) => {
	await page.goto('/ko/build');
	const table = page.locator('main table').first();
	await expect(table).toContainText('마스킹 키 (masking key)');
	await expect(table).toContainText('옵코드 (opcode)');
	// The opcode's own name stays English: text, binary, close, ping, pong, continuation.
	await expect(table.locator('[data-field="opcode"] .meaning')).toContainText('text');
});
