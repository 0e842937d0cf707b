import { expect, test } from '@playwright/test';

test.describe('a reader who prefers Korean', () => {
	test.use({ locale: 'ko-KR' });

	test('is sent from a page without a language to its Korean twin, hash and all', async ({
		page
	}) => {
		// A page that leaves its hash alone (a lab may rewrite a hash it cannot read as its state).
		await page.goto('/glossary#some-term');
		await expect(page).toHaveURL(/\/ko\/glossary#some-term$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	});

	test('still reads English where the link says English', async ({ page }) => {
		await page.goto('/en/build');
		await live(page);
		await expect(page).toHaveURL(/\/en\/build/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});
});

test('the language switch keeps the page and its state, and is remembered', async ({ page }) => {
	await page.goto('/');
	await live(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The builder writes its state into the hash; the switch must carry it across.
	await page.goto('/en/build');
	await live(page);
	await page.getByRole('textbox').first().fill('안녕');
	await expect(page).toHaveURL(/#.+/);
	await page.getByRole('link', { name: '한국어' }).click();
	await expect(page).toHaveURL(/\/ko\/build#.+$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('textbox').first()).toHaveValue('안녕');

	// Chosen once, Korean is where a page without a language now opens.
	// (The decoder writes its example into the hash: the URLs may end in one.)
	await page.goto('/decode');
	await expect(page).toHaveURL(/\/ko\/decode(#.*)?$/);
	// The switch remembers the choice when the page is live: a click before that only follows the link.
	await live(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/decode(#.*)?$/);
	await page.goto('/decode');
	await expect(page).toHaveURL(/localhost:\d+\/decode(#.*)?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('themes', () => {
	test.use({ colorScheme: 'dark' });

	test('follow the system until one is chosen, then stay chosen', async ({ page }) => {
		await page.goto('/');
		await live(page);
		const theme = page.getByLabel('Theme');
		await expect(theme).toHaveValue('system');
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const dark = await background();

		await theme.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await background()).not.toBe(dark);
		await page.reload();
		await live(page);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect(page.getByLabel('Theme')).toHaveValue('light');

		await page.getByLabel('Theme').selectOption('system');
		await page.reload();
		await live(page);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		expect(await background()).toBe(dark);
	});

	test('a link can name one: ?theme=projector', async ({ page }) => {
		await page.goto('/build?theme=projector');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
		await expect(page.getByLabel('Theme')).toHaveValue('projector');
		// A link's theme is for that visit; it does not replace the reader's own choice.
		await page.goto('/build');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	});

	test('an unknown theme in a link is ignored', async ({ page }) => {
		await page.goto('/?theme=%3Cscript%3E');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	});
});

test('? lists the presenter keys on any page, from the keyboard or the header', async ({
	page
}) => {
	await page.goto('/en/decode');
	await live(page);
	await page.locator('body').press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard and clicker' });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('kbd', { hasText: 'Page Down' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// Typing a ? into a paste box is typing, not a shortcut.
	await page.getByRole('textbox').first().fill('');
	await page.getByRole('textbox').first().press('?');
	await expect(dialog).toBeHidden();

	await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});

test('F puts the page in full screen and takes it out again', async ({ page }) => {
	await page.goto('/en/build');
	await live(page);
	// The stepped view is still its prerendered markup: F shows the live view, which replaces it
	// (full screen on the markup would end when the live view came in).
	await page.locator('body').press('f');
	await expect
		.poll(() =>
			page.evaluate(() => !!document.fullscreenElement?.closest('.static-first[data-live]'))
		)
		.toBe(true);
	await page.locator('body').press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('a lab prints as a handout: its content, without the site chrome or screen controls', async ({
	page
}) => {
	await page.goto('/en/build?theme=dark');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('header nav')).toBeHidden();
	await expect(page.getByLabel('Theme')).toBeHidden();
	// The frame's bits are buttons on screen and content on paper.
	await expect(page.getByRole('button', { name: /^bit 0: 1/ })).toBeVisible();
	// Black on white on paper, whatever the screen theme.
	const colours = await page.evaluate(() => {
		const style = getComputedStyle(document.body);
		return [style.color, style.backgroundColor];
	});
	expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a clicker steps the accept computation without anything focused', async ({ page }) => {
	await page.goto('/en/handshake');
	await live(page);
	const steps = page.locator('.accept-steps');
	await expect(steps).toHaveAttribute('data-step', '0');
	await page.locator('body').press('PageDown');
	await page.locator('body').press('PageDown');
	await expect(steps).toHaveAttribute('data-step', '2');
	await page.locator('body').press('PageUp');
	await expect(steps).toHaveAttribute('data-step', '1');
	await page.locator('body').press('End');
	await expect(steps).toHaveAttribute('data-step', '4');
	await page.locator('body').press('Home');
	await expect(steps).toHaveAttribute('data-step', '0');
	await page.locator('body').press(' ');
	await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
	await page.locator('body').press(' ');
	await expect(page.getByRole('button', { name: /Play/ })).toBeVisible();
});

test('a clicker steps the masking animation on /build', async ({ page }) => {
	await page.goto('/en/build');
	await live(page);
	await expect(page.getByTestId('open-in-decoder')).toBeVisible();
	const step = page.locator('.mask-lab .step');
	await expect(step).toHaveAttribute('data-step', '0');
	await page.locator('body').press('ArrowRight');
	await page.locator('body').press('PageDown');
	await expect(step).toHaveAttribute('data-step', '2');
	await page.locator('body').press('End');
	await expect(step).toHaveAttribute('data-step', '4');
	await page.locator('body').press('PageUp');
	await expect(step).toHaveAttribute('data-step', '3');
	await page.locator('body').press('Home');
	await expect(step).toHaveAttribute('data-step', '0');
});

test('"Copy link" hands out the page as it is, in its language and the chosen theme', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/ko/build');
	// Typing before hydration would be overwritten by it.
	await live(page);
	await expect(page.getByTestId('open-in-decoder')).toBeVisible();
	const opening = await page.locator('.bytes-line code').textContent();
	await page.locator('#build-text').fill('안녕');
	await page.locator('header select').selectOption('projector');
	// The form's code and the engine load on this first edit: the bytes follow a moment later.
	await expect(page.locator('.bytes-line code')).not.toHaveText(opening ?? '');
	const bytes = await page.locator('.bytes-line code').textContent();
	// The hash is written a moment after the last edit.
	await expect(page).toHaveURL(/#.{20,}/);
	await page.waitForTimeout(400);
	await page.getByRole('button', { name: '링크 복사' }).click();
	await expect(page.getByRole('banner').getByRole('status')).not.toBeEmpty();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).pathname).toBe('/ko/build');
	expect(new URL(link).searchParams.get('theme')).toBe('projector');

	// Someone else opens it: no stored theme, no stored language.
	const other = await browser.newContext();
	const visitor = await other.newPage();
	await visitor.goto(link);
	await expect(visitor.locator('html')).toHaveAttribute('data-theme', 'projector');
	await expect(visitor.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(visitor.locator('.bytes-line code')).toHaveText(bytes ?? '');
	await other.close();
});

test('where the clipboard is refused, the link is shown selected in a field inside the window', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.addInitScript(() => {
		navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused'));
	});
	await page.goto('/glossary');
	await live(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	const field = page.locator('.copy-link .manual input');
	await expect(field).toBeFocused();
	expect(new URL(await field.inputValue()).pathname).toBe('/glossary');
	const box = (await page.locator('.copy-link .manual').boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(1366);
});

test('a frame diagram downloads as SVG from /build and /decode', async ({ page }) => {
	await page.goto('/en/build');
	await live(page);
	await expect(page.getByTestId('open-in-decoder')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /SVG/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('wsviz-frame.svg');
	const svg = await readDownload(download);
	expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
	expect(svg).toMatch(/opcode/i);
	expect(svg).toMatch(/masking/i);

	await page.goto('/en/decode');
	await live(page);
	// A choice made before the page is live is lost: choose until the example's frames are shown.
	await expect(async () => {
		await page.getByRole('combobox', { name: 'Examples' }).selectOption('deflate-conversation');
		await expect(page.getByRole('button', { name: /PNG/ }).first()).toBeVisible({ timeout: 1000 });
	}).toPass();
	const png = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /PNG/ }).first().click()
	]);
	expect(png[0].suggestedFilename()).toMatch(/^wsviz-(client|server)-frame-1\.png$/);
});

async function readDownload(download: import('@playwright/test').Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Waits until the page is hydrated: keys pressed before that reach no handler. */
async function live(page: import('@playwright/test').Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
