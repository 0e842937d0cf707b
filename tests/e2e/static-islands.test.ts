// Parts of pages marked `data-static` (scripts/vite-static-islands.ts): their text is in the
// prerendered HTML, stays after hydration, and is not downloaded a second time as script.
import { expect, test, type Page } from '@playwright/test';

/** Route, a static element on it, and a sentence only that element prints. */
const ISLANDS: [route: string, selector: string, text: string][] = [
	['/', '.intro', 'Compare transports: watch HTTP polling'],
	['/ko', '.intro', '명령줄 도구로 프레임을 해석하고 만듭니다'],
	['/en/handshake', '.intro', 'asks to switch protocols'],
	['/ko/handshake', '.intro', '프로토콜을 바꾸자고 요청하는'],
	['/en/handshake', '.accept', '(from the request; edit it)'],
	['/en/build', '.intro', 'Flip any bit, change the payload'],
	['/en/build', '.mask-lab', 'Why clients mask'],
	// A lesson's prose, heading and text: only the server's render has the lesson's text module.
	['/learn/frame', '[data-part]:has(#part-0) .text', 'After the handshake, everything is frames.'],
	[
		'/ko/learn/frame',
		'[data-part]:has(#part-0) .text',
		'핸드셰이크가 끝나면 모든 것이 프레임입니다.'
	],
	['/learn/masking', '[data-part]:has(#part-0) .text', 'XOR with a key that cycles'],
	['/learn/review', '.review section:first-of-type', 'From the lesson'],
	// The terms are imported by the filter only, on the first search.
	['/glossary', '#websocket', 'A protocol for a long-lived, two-way connection'],
	['/ko/glossary', '#websocket', '양방향으로 주고받기 위한 프로토콜입니다'],
	// StaticFirst views (src/lib/components/StaticFirst.svelte): prerendered, live on first need.
	['/', '.explorer .frame', 'the final frame of its message'],
	['/ko', '.explorer .frame', '메시지의 마지막 프레임입니다'],
	['/decode', 'section.direction[data-role="client"] .fields', 'the final frame of its message'],
	['/ko/decode', 'section.direction[data-role="client"] .fields', '메시지의 마지막 프레임입니다'],
	// The layout's header and footer, on every page.
	['/glossary', '.site-footer', 'The wsviz engine follows'],
	['/transports', '.site-header .tagline', 'every byte of a WebSocket, explained'],
	['/ko/decode', '.site-header .tagline', '모든 바이트를 풀어 보여 줍니다'],
	// /transports: its lede, the counters' note, and the summary chart rendered at build time.
	['/transports', '.intro .lede', 'The same server events and chat messages, carried five ways'],
	['/transports', 'section.counters .note', 'Latency is from the moment an event happens'],
	['/transports', 'section.sweep', 'The scenario above at other server event rates']
];

/** Every script body the page loads, as text. */
function scriptsOf(page: Page): Promise<string>[] {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			bodies.push(response.text().catch(() => ''));
	});
	return bodies;
}

for (const [route, selector, text] of ISLANDS) {
	test(`${route}: ${selector} is in the page after hydration, and in no script`, async ({
		page
	}) => {
		const problems: string[] = [];
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
		const scripts = scriptsOf(page);
		await page.goto(route);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect(page.locator(selector)).toContainText(text);
		await expect(page.locator(selector)).toBeVisible();
		await page.waitForLoadState('networkidle');
		const bodies = await Promise.all(scripts);
		expect(bodies.length).toBeGreaterThan(3);
		expect(bodies.filter((body) => body.includes(text))).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('a link loads the next page whole, so its static parts are there', async ({ page }) => {
	await page.goto('/glossary');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const [, , text] = ISLANDS[0]!;
	// A full load starts a new document: the mark set on this one is gone after the click.
	await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
	await page.locator('a.brand').click();
	await expect(page).not.toHaveURL(/glossary/);
	expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBeUndefined();
	await expect(page.locator('.intro')).toContainText(text);
});
