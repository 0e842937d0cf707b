// Parts of pages marked `data-static` (scripts/vite-static-islands.ts): their text is in the
// prerendered HTML, stays after hydration, and is not downloaded a second time as script. Checked in
// the visit tests/e2e/pages.test.ts makes to each page (a page load is the costly part).
import { expect, type Page } from '@playwright/test';

/** Route, a static element on it, and a sentence only that element prints. */
export const ISLANDS: [route: string, selector: string, text: string][] = [
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
	['/ko/transports', '.site-header .copy-link', '링크 복사'],
	// /live's intro: its controls are hydrated, its explanation is not.
	['/live', '.intro .lede', 'the random masking key your browser chose'],
	['/ko/live', '.intro .lede', '브라우저가 고른 무작위 마스킹 키']
];

/** Every script body the page loads, as text. */
export function scriptsOf(page: Page): Promise<string>[] {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script')
			bodies.push(response.text().catch(() => ''));
	});
	return bodies;
}

/** /en/x is the page /x (pages.test.ts visits the unprefixed one). */
const visited = (route: string) => route.replace(/^\/en(?=\/|$)/, '') || '/';

/** The routes that have islands to check. */
export const ISLAND_ROUTES = new Set(ISLANDS.map(([route]) => visited(route)));

/**
 * The page's islands show their sentence, hydrated, and no script it loaded (`scripts`, gathered
 * by scriptsOf() from before the visit) holds it. Call once the network is idle.
 */
export async function expectIslands(page: Page, path: string, scripts: Promise<string>[]) {
	const here = ISLANDS.filter(([route]) => visited(route) === path);
	if (here.length === 0) return;
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const bodies = await Promise.all(scripts);
	expect(bodies.length, `${path}: scripts seen`).toBeGreaterThan(3);
	for (const [, selector, text] of here) {
		await expect(page.locator(selector), `${path} ${selector}`).toContainText(text);
		await expect(page.locator(selector), `${path} ${selector}`).toBeVisible();
		const carriers = bodies.filter((body) => body.includes(text)).length;
		expect(carriers, `${path} ${selector}: scripts holding "${text}"`).toBe(0);
	}
}
