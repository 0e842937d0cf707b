// Korean keeps the RFC terms beside its own words (the labs' language as a whole is checked in
// tests/e2e/pages.test.ts's visit to each lab: tests/e2e/lab-language.ts).
import { expect, test } from '@playwright/test';

test('Korean keeps the RFC terms and opcode names in English beside it', async ({ page }) => {
	await page.goto('/ko/build');
	const table = page.locator('main table').first();
	await expect(table).toContainText('마스킹 키 (masking key)');
	await expect(table).toContainText('옵코드 (opcode)');
	// The opcode's own name stays English: text, binary, close, ping, pong, continuation.
	await expect(table.locator('[data-field="opcode"] .meaning')).toContainText('text');
});
