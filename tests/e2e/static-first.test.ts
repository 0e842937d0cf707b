// Views opened on a build-time reading are prerendered and become live components on first need
// (src/lib/components/StaticFirst.svelte): what the visitor does on the static markup must do what
// it did when the views were live from the start, and the swap must not move the focus or log errors.
import { expect, test, type Page } from '@playwright/test';

function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
	page.on('pageerror', (error) => problems.push(error.message));
	return problems;
}

async function open(page: Page, route: string): Promise<void> {
	await page.goto(route);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** The frame views still static, i.e. not swapped for the live component yet. */
const staticFrames = (page: Page) => page.locator('.static-first[data-static] .frame');

test('/: a click on a field row of the static view selects it, as the live view does', async ({
	page
}) => {
	const problems = watchProblems(page);
	await open(page, '/');
	await expect(staticFrames(page)).toHaveCount(1);
	const row = page.locator('.frame tr[data-field="opcode"]');
	await row.locator('button.name').click();
	await expect(staticFrames(page)).toHaveCount(0);
	await expect(row).toHaveClass(/active/);
	await expect(row.locator('button.name')).toBeFocused();
	// The same field is lit in the bit grid and the byte strip too: the live view answers.
	await expect(page.locator('.frame .active').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test('/: Tab into the static view keeps the focus where it landed after the swap', async ({
	page
}) => {
	const problems = watchProblems(page);
	await open(page, '/');
	await expect(staticFrames(page)).toHaveCount(1);
	// The field legend's last stop comes right before the frame's first one: focus the view by Tab.
	/** The focused element as its place among the frame's buttons and its text, if in the frame. */
	const inFrame = () =>
		page.evaluate(() => {
			const at = document.activeElement;
			const frame = at?.closest('.frame');
			if (!at || !frame) return null;
			return `${[...frame.querySelectorAll('button')].indexOf(at as HTMLButtonElement)}|${at.textContent}`;
		});
	await page.locator('#explorer-title').evaluate((h) => {
		h.setAttribute('tabindex', '-1');
		(h as HTMLElement).focus();
	});
	let landed: string | null = null;
	for (let i = 0; i < 40 && landed === null; i++) {
		await page.keyboard.press('Tab');
		landed = await inFrame();
	}
	expect(landed).not.toBeNull();
	await expect(staticFrames(page)).toHaveCount(0);
	// Still on the same element, now the live one: the arrow keys move along its row.
	expect(await inFrame()).toBe(landed);
	await page.keyboard.press('ArrowRight');
	const next = await inFrame();
	expect(next).not.toBeNull();
	expect(next).not.toBe(landed);
	expect(problems).toEqual([]);
});

test('/decode: a click that lands before the code arrives is given to the live view', async ({
	page
}) => {
	const problems = watchProblems(page);
	await open(page, '/decode');
	const results = page.locator('section.direction[data-role="client"]');
	await expect(
		page.locator('.static-first[data-static] section.direction[data-role="client"]')
	).toHaveCount(1);
	// A click with no pointer movement before it (a touch, a script): nothing preloaded the code.
	const wire = results.getByRole('radio', { name: 'As sent (masked)' });
	await wire.dispatchEvent('click');
	await expect(
		page.locator('.static-first[data-static] section.direction[data-role="client"]')
	).toHaveCount(0);
	await expect(wire).toBeChecked();
	await expect(results.getByRole('radio', { name: 'Unmasked' })).not.toBeChecked();
	expect(problems).toEqual([]);
});

test('/ko/decode: the first input makes the views live, with no error', async ({ page }) => {
	const problems = watchProblems(page);
	await open(page, '/ko/decode');
	const box = page.locator('textarea#capture-client');
	await box.fill('81 05 48 65 6c 6c 6f');
	const results = page.locator('section.direction[data-role="client"]');
	await expect(results.locator('[role="option"]')).toHaveCount(1);
	await expect(
		page.locator('.static-first[data-static] section.direction[data-role="client"]')
	).toHaveCount(0);
	expect(problems).toEqual([]);
});
