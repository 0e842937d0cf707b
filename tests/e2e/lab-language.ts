// The labs speak the page's language: headings, the engine's diagnostics and the verdicts are Korean
// on /ko/ pages and English on the others (the engine's own words), with the RFC terms kept. Checked
// in tests/e2e/pages.test.ts's one visit to each lab, in both languages.
import { expect, type Page } from '@playwright/test';

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
		breakIt: (page) => page.locator('main .controls select').first().selectOption('broken-rsv1')
	},
	{
		path: '/handshake',
		code: 'handshake_upgrade_missing',
		breakIt: (page) => page.locator('[data-preset="missing_upgrade"]').click()
	}
];

/** The lab at `path` (/x or /ko/x), if it is one of LABS: its language, diagnostic included. */
export async function expectLabSpeaksItsLanguage(page: Page, path: string): Promise<void> {
	const korean = /^\/ko(\/|$)/.test(path);
	const lab = LABS.find((l) => path.replace(/^\/ko(?=\/)/, '') === l.path);
	if (!lab) return;
	const heading = await page.getByRole('heading', { level: 1 }).innerText();
	expect(HANGUL.test(heading), `Hangul in the heading "${heading}"`).toBe(korean);

	// A control acts once the page is live.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await lab.breakIt(page);
	const found = page.locator(`main [data-code="${lab.code}"]`).first();
	await expect(found).toBeVisible();
	const text = await found.innerText();
	expect(HANGUL.test(text), `Hangul in the diagnostic "${text}"`).toBe(korean);
	// The code itself is never translated.
	if (lab.path !== '/handshake') await expect(found).toContainText(lab.code);

	// The rest of the main content follows: every h2 is in the page's language.
	for (const h of await page.locator('main h2').allInnerTexts())
		if (/[a-z]{3}/i.test(h) || HANGUL.test(h)) expect([h, HANGUL.test(h)]).toEqual([h, korean]);
}
