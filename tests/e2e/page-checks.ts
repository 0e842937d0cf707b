// What tests/e2e/pages.test.ts checks on each page in its one visit: axe in the themes that differ,
// a lesson's own parts, and that a lesson fits the classroom's screens.
import { expect, type Page } from '@playwright/test';
import { axeRun, WCAG } from './axe.ts';

/** What a change of colours alone can break (the dark theme changes nothing else). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every page is checked in the light theme. The dark theme changes colours only: its contrast is
 * checked on a set of pages that between them show every kind of component (the labs, a lesson,
 * the glossary, a handshake step, the home page's explorer; Korean text once). The projector theme
 * also enlarges the type and thickens the rules, so the same pages get every rule in it.
 */
export const REPRESENTATIVE = [
	'/',
	'/decode',
	'/build',
	'/handshake',
	'/transports',
	'/glossary',
	'/learn',
	'/learn/frame',
	'/ko/handshake'
];

export type CheckedTheme = 'light' | 'dark' | 'projector';

export const themesOf = (path: string): CheckedTheme[] =>
	REPRESENTATIVE.includes(path) ? ['light', 'dark', 'projector'] : ['light'];

/**
 * Whether the colour rules run on this page. A Korean page has its English twin's elements with its
 * twin's colours and type sizes (no style depends on the language), and the twin's contrast is
 * checked; contrast is most of an axe run's time. Every other rule (names, labels, roles, lang,
 * target sizes: what a translation can break) runs on every page, and the representative Korean
 * page gets the colour rules too.
 */
export const coloursCheckedOn = (path: string): boolean =>
	!/^\/ko(\/|$)/.test(path) || REPRESENTATIVE.includes(path);

/** Switches the page to `theme` with the header's theme menu (the page starts in the system's light). */
async function useTheme(page: Page, theme: CheckedTheme): Promise<void> {
	if (theme === 'light' || (await page.locator('html').getAttribute('data-theme')) === theme)
		return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.locator('header label.theme select').selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Switches the page to `theme`, lets any transition settle, and returns axe's violations, one line
 * each.
 */
export async function axeViolations(
	page: Page,
	theme: CheckedTheme,
	colours = true
): Promise<string[]> {
	await useTheme(page, theme);
	await page.evaluate(() =>
		Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)))
	);
	const violations = await axeRun(
		page,
		theme === 'dark' ? { rules: COLOUR_RULES } : { tags: WCAG, skip: colours ? [] : COLOUR_RULES }
	);
	return violations.map(
		(v) => `${theme}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}

const HANGUL = /[\uac00-\ud7a3]/;

export const isLesson = (path: string) =>
	/^(\/ko)?\/learn\/[^/]+$/.test(path) && !path.endsWith('/review');

/** A lesson: its parts, its RFC link, prose in its language and a question. */
export async function expectLesson(page: Page, language: 'en' | 'ko'): Promise<void> {
	const main = page.locator('main');
	expect(await main.locator('[data-part]').count(), 'lesson parts').toBeGreaterThanOrEqual(3);
	await expect(page.getByTestId('rfc-link')).toHaveAttribute(
		'href',
		/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc6455#section-[\d.]+$/
	);
	// The prose without the engine's values (a Korean string is a value in English lessons too).
	const text = await main.locator('[data-part] > p').evaluateAll((ps) =>
		ps.map((p) => {
			const copy = p.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('code').forEach((c) => c.remove());
			return copy.textContent ?? '';
		})
	);
	expect(HANGUL.test(text.join(' ')), 'Hangul in the prose').toBe(language === 'ko');
	await expect(page.locator('form.exercise').first()).toBeVisible();
}

/** The classroom's projector screens (issue 16). */
export const SCREENS = [
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 }
];

/** The lessons and the review, which a teacher shows on a projector (in either language). */
export const isClassroomPage = (path: string) => /^(\/ko)?\/learn\/[^/]+$/.test(path);

/**
 * In the projector theme, the page fits the width of both screens: no horizontal scroll (the layout
 * follows the window's size, so one visit is measured at each).
 */
export async function expectFitsScreens(page: Page, path: string): Promise<void> {
	await useTheme(page, 'projector');
	for (const screen of SCREENS) {
		await page.setViewportSize(screen);
		const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		const where = `${path} at ${screen.width}×${screen.height}, projector theme`;
		expect(overflowX, `${where}: no horizontal scroll`).toBeLessThanOrEqual(0);
	}
}
