import { expect, test } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

test('the home page loads cleanly: no console errors, failed requests or CSP violations', async ({
	page
}) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	// Chromium also logs violations to the console, but the event says exactly what was blocked.
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});

	const response = await page.goto('/');
	expect(response?.status()).toBe(200);
	await page.waitForLoadState('networkidle');

	// The policy really is in force (a prerendered page carries it in a <meta>), so "no violations"
	// means something.
	const header = response?.headers()['content-security-policy'] ?? '';
	const meta = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
	expect([header, ...meta].join(' ')).toContain("default-src 'self'");

	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	const violations = await page.evaluate(() => window.__cspViolations ?? []);
	expect(violations, 'CSP violations').toEqual([]);
	expect(problems, 'console errors, exceptions and failed requests').toEqual([]);
});
