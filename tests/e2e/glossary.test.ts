import { expect, test } from '@playwright/test';

test('the Korean glossary keeps the English term beside each Korean one', async ({ page }) => {
	await page.goto('/ko/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('용어집');
	const polling = page.locator('#polling');
	await expect(polling.locator('dt')).toContainText('폴링');
	await expect(polling.locator('dt .other')).toHaveText('polling');
	await expect(polling).toContainText('풀링');
});

test('the filter finds a term in either language and says when nothing matches', async ({
	page
}) => {
	await page.goto('/en/glossary');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const filter = page.getByRole('searchbox', { name: 'Find a term' });
	// The list is static markup: the filter hides the terms it does not find.
	const terms = page.locator('.term:visible');
	const total = await terms.count();
	expect(total).toBeGreaterThan(20);

	// Korean words find terms on the English page too (the Korean texts are searched as well).
	await filter.fill('마스킹');
	await expect(page.locator('#polling')).toBeHidden();
	await expect(page.locator('#masking')).toBeVisible();
	expect(await terms.count()).toBeLessThan(5);

	await filter.fill('zzzz-no-such-term');
	await expect(terms).toHaveCount(0);
	await expect(page.getByText('No term matches “zzzz-no-such-term”.')).toBeVisible();

	await filter.fill('');
	await expect(terms).toHaveCount(total);
});

test('a term has its own link, and its lab link keeps the language', async ({ page }) => {
	await page.goto('/ko/glossary#masking');
	await expect(page.locator('#masking')).toBeInViewport();
	await page.locator('#masking').getByRole('link', { name: '프레임 만들기에서' }).click();
	await expect(page).toHaveURL(/\/ko\/build/);
});
