// /live in real Chromium against the live server that `vite preview` carries (src/server/live): the
// page connects, sends "Hello" and a 100 KiB binary, and shows the frames the tap saw. Chromium's
// frames are masked with a key of its own, unmask to what was typed, carry RSV1 when deflate was
// negotiated; the echo comes back, and the close handshake shows 1000 both ways.
import { expect, test, type Page } from '@playwright/test';
import { decode, parseHandshake } from '$lib/protocol/index.ts';
import type { TapConnectionJson } from '../../src/server/live/tap.ts';
import { watchProblems } from './problems.ts';

const rows = (page: Page, from: 'client' | 'server', type: string) =>
	page.locator(`tr[data-from="${from}"][data-type="${type}"]`);

/** The page's own connection, by the label its socket's URL carries (`?tap=`): the live server is
 * shared with the other tests running beside this one, whose connections may come after it. */
async function tapOf(page: Page, socketUrl: string): Promise<TapConnectionJson> {
	const label = new URL(socketUrl).searchParams.get('tap') ?? '';
	const list = (await (
		await page.request.get(`/live/api/connections?label=${encodeURIComponent(label)}`)
	).json()) as TapConnectionJson[];
	return list.filter((c) => c.transport === 'websocket' && c.label === label).at(-1)!;
}

test('the browser talks to the echo, and every byte it sent is shown and explained', async ({
	page
}) => {
	const problems = await watchProblems(page);
	await page.goto('/live');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'ready');

	const socket = page.waitForEvent('websocket', (ws) => ws.url().includes('/live/echo'));
	await page.getByRole('button', { name: 'Connect' }).click();
	const socketUrl = (await socket).url();
	await expect(page.locator('[data-socket]')).toHaveAttribute('data-socket', 'open');
	await page.getByLabel('Text').fill('Hello');
	await page.getByRole('button', { name: 'Send text' }).click();
	await expect(rows(page, 'server', 'text')).toHaveCount(1);
	await page.getByLabel('Binary (bytes)').fill(String(100 * 1024));
	await page.getByRole('button', { name: 'Send binary' }).click();
	await expect(rows(page, 'server', 'binary').first()).toBeVisible();
	await expect(rows(page, 'server', 'binary').first().locator('td.content')).toHaveText(
		'102400 bytes'
	);

	// The handshake as Chromium sent it, its accept verified by the engine.
	await expect(page.locator('[data-accept]')).toHaveAttribute('data-accept', 'verified');
	const deflate = (await page.getByTestId('live-response').textContent())!.includes(
		'permessage-deflate'
	);

	// Chromium's own masking keys, never the RFC's example; RSV1 exactly when deflate was agreed.
	const clientRows = page.locator('tr[data-from="client"]');
	for (const mask of await clientRows.evaluateAll((trs) => trs.map((tr) => tr.dataset.mask))) {
		expect(mask).toMatch(/^[0-9a-f]{8}$/);
		expect(mask).not.toBe('37fa213d');
	}
	await expect(rows(page, 'client', 'text')).toHaveAttribute('data-rsv1', String(deflate));
	await expect(rows(page, 'client', 'text').locator('td.content')).toHaveText('Hello');
	await expect(rows(page, 'server', 'text').locator('td.content')).toHaveText('Hello');
	await rows(page, 'client', 'text').getByRole('button').click();
	await expect(page.locator('[data-note="mask"]')).toContainText('RFC 6455 §5.3');

	await page.getByLabel('Close code').fill('1000');
	await page.getByLabel('Reason').fill('bye');
	await page.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(page.locator('[data-socket]')).toHaveAttribute('data-socket', 'closed');
	await expect(rows(page, 'client', 'close').locator('td.content')).toHaveText('1000 bye');
	await expect(rows(page, 'server', 'close').locator('td.content')).toHaveText('1000 bye');
	await expect(page.locator('[data-socket]')).toContainText('1000');

	// The tap, read by the engine here too: the client's frames unmask to what was typed.
	const tap = await tapOf(page, socketUrl);
	const client = Buffer.from(tap.client.hex, 'hex');
	const rest = parseHandshake(client).rest!.bytes;
	const result = decode(rest, { from: 'client', extensions: tap.extensions });
	expect(result.verdict.ok).toBe(true);
	expect(result.messages.map((m) => m.type)).toEqual(['text', 'binary', 'close']);
	expect(result.messages[0]!.text).toBe('Hello');
	const binary = result.messages[1]!.payload;
	expect(binary.length).toBe(100 * 1024);
	expect(binary.every((b, i) => b === (i & 0xff))).toBe(true);
	expect(result.frames.every((f) => f.masked)).toBe(true);
	expect(
		result.frames.filter((f) => f.opcode !== 0).every((f) => f.rsv1 === (deflate && f.opcode < 8))
	).toBe(true);
	expect(await problems()).toEqual([]);
});

test('/ko/live is in Korean and works from the keyboard alone', async ({ page }) => {
	await page.goto('/ko/live');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'ready');
	const connect = page.getByRole('button', { name: '연결', exact: true });
	await connect.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-socket]')).toHaveAttribute('data-socket', 'open');
	await page.getByLabel('텍스트', { exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(rows(page, 'server', 'text')).toHaveCount(1);
});

test('without the live server the page says what it needs and shows the command', async ({
	page
}) => {
	await page.route('**/live/api/status', (route) =>
		route.fulfill({ status: 404, body: 'not found' })
	);
	await page.goto('/live');
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'offline');
	await expect(
		page.getByRole('heading', { name: 'This page needs the live server' })
	).toBeVisible();
	await expect(page.getByText('npx wsviz serve')).toBeVisible();
});

test('a broken frame from /build, sent raw, is refused by ws and by the strict server alike', async ({
	page
}) => {
	await page.goto('/build');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	const href = await page.getByTestId('send-live').getAttribute('href');
	// Prerendered, the link is relative to the page (./en/live#raw=…), as SvelteKit writes paths.
	const hex = /^\.?(?:\/en)?\/live#raw=([0-9a-f]+)$/.exec(href ?? '')?.[1];
	expect(hex).toBeDefined();
	await page.getByTestId('send-live').click();
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'ready');
	await expect(page.getByLabel('Frame bytes (hex)')).toHaveValue(hex!);

	// RSV1 set on a text frame with no extension negotiated: 1002 from both (RFC 6455 §5.2).
	await page.getByLabel('Frame bytes (hex)').fill('c1 82 37 fa 21 3d 5f 93');
	await page.getByRole('button', { name: 'Send raw' }).click();
	for (const peer of ['ws', 'strict']) {
		const answer = page.locator(`[data-peer="${peer}"]`);
		await expect(answer).toHaveAttribute('data-outcome', 'closed');
		await expect(answer).toContainText('1002');
	}
});
