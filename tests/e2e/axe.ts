// axe-core, run in the page itself: its source is evaluated once per document, then axe.run as
// often as a test asks (switching the theme does not reload the page). @axe-core/playwright's
// AxeBuilder evaluates the half-megabyte source twice per run, collects every node's result, and
// finishes each run in a new blank page; the same rules run here at about half the cost (a first
// WCAG run on /learn/close, /decode, /transports: 1.1-1.6 s instead of 2.0-3.2 s on a loaded machine).
// The site has no frames: a page with one fails here rather than leave the frame unchecked
// (AxeBuilder injects axe into frames; this runner does not).
import axe, { type Result } from 'axe-core';
import { expect, type Page } from '@playwright/test';

declare global {
	interface Window {
		axe?: typeof axe;
	}
}

/** WCAG 2.2 A and AA, as axe-core checks them. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeScope {
	/** A CSS selector: only this part of the page is checked (default: the whole document). */
	include?: string;
	/** Run the rules with these tags (e.g. 'wcag2aa') … */
	tags?: string[];
	/** … or exactly these rules. */
	rules?: string[];
	/** Rules left out of the run (of those `tags` select). */
	skip?: string[];
}

/** axe's violations on the page as it is now (only violations are collected, not every pass). */
export async function axeRun(page: Page, scope: AxeScope): Promise<Result[]> {
	expect(page.frames(), 'frames would go unchecked').toHaveLength(1);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async ({ include, tags, rules, skip = [] }) => {
		const runOnly = rules
			? { type: 'rule' as const, values: rules }
			: { type: 'tag' as const, values: tags ?? [] };
		const results = await window.axe!.run(include ? { include: [include] } : document, {
			runOnly,
			rules: Object.fromEntries(skip.map((rule) => [rule, { enabled: false }])),
			resultTypes: ['violations']
		});
		return results.violations;
	}, scope);
}
