import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { prerendered } from './prerendered.ts';

// Every page in every theme, in both languages: zero violations of WCAG 2.2 A and AA, as axe-core
// checks them (contrast included, so the themes' colours are checked too).
const THEMES = ['light', 'dark', 'projector'] as const;
const pages = prerendered().filter((p) => !/^\/en(\/|$)/.test(p)); // /en/x is the same page as /x

for (const path of pages) {
	test(`${path} has no accessibility violations in any theme`, async ({ page }) => {
		// Three full axe runs: a long lab page takes 10-40 s on a busy 2-core machine.
		test.setTimeout(90_000);
		for (const theme of THEMES) {
			await page.goto(`${path}?theme=${theme}`);
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const found = results.violations.map(
				(v) =>
					`${theme}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
			);
			expect(found, `${path} in the ${theme} theme`).toEqual([]);
		}
	});
}
