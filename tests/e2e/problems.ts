// What must never happen on a page: console errors, uncaught exceptions, failed requests, HTTP
// errors and Content-Security-Policy violations. Call before page.goto; read after the page settles.
import type { Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
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
	return async () => {
		const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
		return [...problems, ...violations.map((v) => `CSP violation: ${v}`)];
	};
}
