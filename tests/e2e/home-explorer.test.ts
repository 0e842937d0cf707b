import { expect, test, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions, so each test can assert there were none. */
function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	return problems;
}

test('pasting a frame shows its fields, its message and the verdict', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const capture = page.getByRole('textbox', { name: 'Bytes to decode' });
	await expect(capture).toHaveValue('81 85 37 fa 21 3d 7f 9f 4d 51 58');

	// RFC 6455 §5.7: a ping from a server with "Hello" in it.
	await capture.fill('89 05 48 65 6c 6c 6f');
	await expect(page.getByText('Read as hex: 7 bytes.')).toBeVisible();
	await expect(page.getByText('A strict client accepts this.')).toBeVisible();
	const fields = page.locator('.frame tbody tr');
	await expect(fields).toHaveCount(8);
	await expect(page.locator('tr[data-field="opcode"]')).toContainText('ping');
	await expect(page.locator('tr[data-field="payload"]')).toContainText('48 65 6c 6c 6f');

	// The broken example: RSV1 without an extension.
	await page.getByRole('button', { name: 'Broken: RSV1 set' }).click();
	await expect(page.locator('.verdict[data-state="fails"] .code')).toHaveText('1002');
	await page.getByRole('button', { name: /RSV1 is set/ }).click();
	await expect(page.locator('tr.marked')).toHaveAttribute('data-field', 'rsv1');

	// Not bytes at all: the error says where.
	await capture.fill('81 05 48\n65 6c zz 6f');
	await expect(page.getByText('Line 2, column 7:')).toBeVisible();
	await expect(page.locator('.frame')).toHaveCount(0);

	expect(problems).toEqual([]);
});

test('the explorer works with the keyboard alone', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

	// Tab from the top of the page to the capture, past the skip link and the links before it.
	const capture = page.getByRole('textbox', { name: 'Bytes to decode' });
	for (let i = 0; i < 30 && !(await capture.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(capture).toBeFocused();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('81 05 48 65 6c 6c 6f');
	await expect(page.getByText('A strict client accepts this.')).toBeVisible();

	// Tab on until a byte of the strip has focus; the bytes are a single Tab stop.
	const bytes = page.locator('.strip button.byte');
	await expect(bytes).toHaveCount(7);
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await bytes.first().evaluate((el) => el === document.activeElement)) break;
	}
	await expect(bytes.first()).toBeFocused();
	await expect(page.locator('tr[data-field="fin"]')).toHaveClass(/active/);

	await page.keyboard.press('ArrowRight');
	await expect(bytes.nth(1)).toBeFocused();
	await expect(page.locator('tr[data-field="mask"]')).toHaveClass(/active/);

	await page.keyboard.press('ArrowRight');
	await expect(bytes.nth(2)).toBeFocused();
	await expect(page.locator('tr[data-field="payload"]')).toHaveClass(/active/);
	await expect(page.locator('tr.active')).toHaveCount(1);

	await page.keyboard.press('End');
	await expect(bytes.nth(6)).toBeFocused();

	// The next Tab leaves the strip for the field table.
	await page.keyboard.press('Tab');
	await expect(page.locator('tbody button').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('tr[data-field="rsv1"]')).toHaveClass(/active/);

	expect(problems).toEqual([]);
});

test('the skip link jumps to the main content', async ({ page }) => {
	await page.goto('/');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
