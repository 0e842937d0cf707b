// What must never happen on a page: console errors, uncaught exceptions, failed requests, HTTP
// errors and Content-Security-Policy violations. Call before page.goto; read after the page settles.
import type { Page, Request } from '@playwright/test';

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
	// A load the test cut short by leaving the page (a worker's script still on its way) is not the
	// page's problem: count the page's own navigations, and forgive an abort that one of them caused.
	// A navigation to about:blank makes no request, so its commit counts (a hash change must not);
	// and the abort may be reported before that commit, so aborts are judged when problems are read.
	let navigations = 0;
	const startedAt = new WeakMap<Request, number>();
	const aborted: { url: string; startedAt: number }[] = [];
	page.on('request', (request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
		else startedAt.set(request, navigations);
	});
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame() && frame.url() === 'about:blank') navigations++;
	});
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText;
		if (error === 'net::ERR_ABORTED')
			aborted.push({ url: request.url(), startedAt: startedAt.get(request) ?? navigations });
		else problems.push(`request failed: ${request.url()} (${error})`);
	});
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
		const unexplained = aborted
			.filter((a) => a.startedAt >= navigations)
			.map((a) => `request failed: ${a.url} (net::ERR_ABORTED)`);
		return [...problems, ...unexplained, ...violations.map((v) => `CSP violation: ${v}`)];
	};
}
