// Hostile input on /handshake: a request whose Sec-WebSocket-Protocol holds 100k tokens (789 kB),
// pasted and opened by a short link. The engine reads 1024 list elements and stops (431); the
// editor shows the text without its highlight layer (laying out 789 kB twice took ~2 s of main
// thread), and no view draws the whole value.
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectBounded, forgetLongTasks, ready, watchLongTasks } from './hostile-figures.ts';

const tokens = Array.from({ length: 100_000 }, (_, i) => `p${i}`).join(', ');
const request = [
	'GET /chat HTTP/1.1',
	'Host: example.com',
	'Upgrade: websocket',
	'Connection: Upgrade',
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
	'Sec-WebSocket-Version: 13',
	`Sec-WebSocket-Protocol: ${tokens}`,
	'',
	''
].join('\r\n');

/** A /handshake link (src/routes/handshake/link.ts: deflate-raw JSON, base64url) for `request`. */
function handshakeLink(): string {
	const build = ['wss://server.example.com/chat', '', '', '', 'dGhlIHNhbXBsZSBub25jZQ=='];
	const json = JSON.stringify({ v: 1, q: request, r: '', s: 0, p: 'check', b: build });
	return `/handshake#${deflateRawSync(json, { level: 9 }).toString('base64url')}`;
}

test.beforeEach(async ({ page }) => watchLongTasks(page));

async function expectLimited(page: Page, what: string): Promise<void> {
	await expect(page.locator('section.verdict')).toHaveAttribute('data-status', '431', {
		timeout: 60_000
	});
	await expect(page.locator('[data-code="handshake_list_too_long"]').first()).toBeVisible();
	// The request editor is a plain box past its highlight limit, and says so.
	const request = page.locator('.message-editor[data-side="request"]');
	await expect(request.locator('[data-limit="highlight_off"]')).toBeVisible();
	await expect(request.locator('.layer')).toHaveCount(0);
	const { nodes } = await expectBounded(page, what);
	expect(nodes).toBeLessThan(20_000); // 500k before
}

test('100k subprotocol tokens pasted on /handshake: 431, bounded', async ({ page }) => {
	test.setTimeout(120_000);
	await ready(page, '/handshake');
	// Pasted as the clipboard would (the page's paste handler puts a long text in by hand).
	await page.evaluate((text) => {
		const box = document.querySelector<HTMLTextAreaElement>('#editor-request')!;
		box.select();
		const data = new DataTransfer();
		data.setData('text/plain', text);
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, request);
	await expectLimited(page, `/handshake, ${request.length}-char request pasted`);
});

test('100k subprotocol tokens by a short link on /handshake: 431, bounded', async ({ page }) => {
	test.setTimeout(120_000);
	const link = handshakeLink();
	await ready(page, '/handshake');
	await forgetLongTasks(page);
	await page.goto(link);
	await expectLimited(page, `/handshake, a ${link.length}-character link`);
});
