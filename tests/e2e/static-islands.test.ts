// Parts of pages marked `data-static` (scripts/vite-static-islands.ts): their text is in the
// prerendered HTML, stays after hydration, and is not downloaded a second time as script.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { prerendered, prerenderedHtml } from './prerendered.ts';

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
	// /build's form and copy panel: their code and texts load on first focus or pointer.
	['/en/build', 'form.controls', 'A client must mask every frame'],
	['/ko/build', 'form.controls', '클라이언트는 모든 프레임을 마스킹(masking)해야 합니다'],
	['/en/build', '.copy', 'Open in decoder (as sent by the'],
	// The layout's header and footer, on every page.
	['/glossary', '.site-footer', 'The wsviz engine follows'],
	['/transports', '.site-header .tagline', 'every byte of a WebSocket, explained'],
	['/ko/decode', '.site-header .tagline', '모든 바이트를 풀어 보여 줍니다'],
	// /transports: its lede, the counters' note, and the summary chart rendered at build time.
	['/transports', '.intro .lede', 'The same server events and chat messages, carried five ways'],
	['/transports', 'section.counters .note', 'Latency is from the moment an event happens'],
	['/transports', 'section.sweep', 'The scenario above at other server event rates'],
	// /transports' controls, clock, lanes and counters: live when acted on or when the view moves.
	['/transports', '.scenario [data-field="keepAlive"]', 'HTTP keep-alive (persistent connections)'],
	['/ko/transports', '.scenario [data-field="keepAlive"]', 'HTTP keep-alive (지속 연결)'],
	['/transports', '.stage .legend', 'carries a message (frame, chunk, event)'],
	['/ko/transports', '.stage .legend', '메시지를 나름 (프레임, 청크, 이벤트)'],
	['/transports', 'table.now thead', 'On the wire'],
	// Fixed labels of live controls: the element is hydrated (its handler runs), its text is not.
	['/transports', '.export', 'Download the timeline (SVG)'],
	['/glossary', '.site-header .copy-link', 'Copy link'],
	['/ko/transports', '.site-header .copy-link', '링크 복사']
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

// Svelte marks an element with its component's class (svelte-…) only when the component's styles
// select it: every such class in a prerendered page must be styled by a stylesheet the page links.
// (A component used only inside a static element has no code in the client build, and would take
// its stylesheet with it: scripts/vite-static-islands.ts imports it with ?prerender for that.)
test('every page links the styles of every component it prerendered', () => {
	const scoped = (text: string) => new Set(text.match(/svelte-[a-z0-9]+/g) ?? []);
	const unstyled: string[] = [];
	for (const path of prerendered()) {
		const html = prerenderedHtml(path);
		const sheets = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) =>
			readFileSync(`build/_app/${m[1]!.split('/_app/')[1]}`, 'utf8')
		);
		const styled = scoped([...sheets, ...(html.match(/<style[\s\S]*?<\/style>/g) ?? [])].join());
		const used = scoped(html.replace(/<style[\s\S]*?<\/style>/g, ''));
		for (const name of used) if (!styled.has(name)) unstyled.push(`${path}: ${name}`);
	}
	expect(unstyled).toEqual([]);
});
