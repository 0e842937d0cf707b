import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeRun, WCAG } from './axe.ts';
import { readFileSync } from 'node:fs';

// Issue 13: a HAR is one conversation in the capture view a pcap gets. The HAR here is real: headless
// Chromium records it (Playwright's recordHar, content embedded, which writes `_webSocketMessages`
// as Chrome DevTools does, with times in milliseconds) while a page talks to the live lab's echo
// server, which `vite preview` serves.
const SENT = ['hello', '{"n":1}', 'bytes'] as const;

/** Records a HAR of one WebSocket: three messages, each echoed before the next, then a close. */
async function recordHar(browser: Browser, baseURL: string, path: string): Promise<Buffer> {
	const context = await browser.newContext({ baseURL, recordHar: { path, content: 'embed' } });
	const page = await context.newPage();
	await page.goto('/decode');
	await page.evaluate(async (sent) => {
		const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/live/echo`, ['chat']);
		ws.binaryType = 'arraybuffer';
		await new Promise((resolve) => (ws.onopen = resolve));
		for (const text of sent) {
			const echoed = new Promise((resolve) => (ws.onmessage = resolve));
			ws.send(text === 'bytes' ? new Uint8Array([0, 1, 2, 255]) : text);
			await echoed;
		}
		const closed = new Promise((resolve) => (ws.onclose = resolve));
		ws.close(1000);
		await closed;
	}, SENT);
	await context.close();
	return readFileSync(path);
}

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const capture = (page: Page) => page.locator('section.capture');
const rows = (page: Page) => capture(page).locator('[role="grid"] .body [role="row"]');
const selectedRow = (page: Page) => capture(page).locator('[role="row"][aria-selected="true"]');

test('a HAR recorded by Chromium: its connection, the conversation in order, marks and rows select each other', async ({
	browser,
	page,
	baseURL
}, info) => {
	const har = await recordHar(browser, baseURL!, info.outputPath('session.har'));
	const recorded = JSON.parse(har.toString()) as { log: { entries: Record<string, unknown>[] } };
	const socket = recorded.log.entries.find((e) => e._webSocketMessages);
	expect((socket?._webSocketMessages as unknown[]).length).toBe(6);

	await open(page, '/decode');
	await page
		.locator('input[type="file"]')
		.first()
		.setInputFiles({ name: 'session.har', mimeType: 'application/json', buffer: har });
	await expect(capture(page).locator('.status')).toHaveText(
		'HAR file: WebSocket connections recorded: 1'
	);
	await expect(capture(page).locator('.har-note')).toContainText('not the frames');
	const list = capture(page).locator('table');
	await expect(list.locator('tbody td.url')).toHaveText(/^ws:\/\/localhost:\d+\/live\/echo$/);
	await expect(list.locator('tbody td').nth(7)).toHaveText('6');
	// The handshake came from the recorded headers: the subprotocol the server chose is named.
	await expect(capture(page).locator('pre').first()).toContainText('GET /live/echo HTTP/1.1');
	await expect(capture(page).locator('pre').nth(1)).toContainText('Sec-WebSocket-Protocol: chat');

	// One conversation, in time order: each message, then its echo.
	await expect(rows(page)).toHaveCount(6);
	const senders = await rows(page).locator('[role="gridcell"]:nth-child(2)').allTextContents();
	expect(senders).toEqual(['client', 'server', 'client', 'server', 'client', 'server']);
	const types = await rows(page).locator('[role="gridcell"]:nth-child(3)').allTextContents();
	expect(types).toEqual(['text', 'text', 'text', 'text', 'binary', 'binary']);
	await expect(rows(page).nth(3).locator('.content')).toHaveText('{"n":1}');
	await expect(rows(page).nth(5).locator('.content')).toHaveText('00 01 02 ff');

	// A mark picked by mouse selects its row and shows the message.
	const marks = capture(page).locator('.timeline .mark');
	await expect(marks).toHaveCount(6);
	// At its left edge: the server's next message came a millisecond or two later on a loaded
	// machine, and its mark, drawn over this one's right half, would take a click at the centre.
	await capture(page)
		.getByRole('button', { name: /^server message 2,/ })
		.click({ position: { x: 1, y: 8 } });
	await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '5');
	await expect(capture(page).locator('.timeline .mark.chosen')).toHaveCount(1);
	// By keyboard: the arrow keys move through the marks, Enter picks the focused one.
	await page.keyboard.press('ArrowLeft');
	await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '4');
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '2');
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^client message 1,/);
	// And back: a row picked in the table highlights its mark.
	await rows(page).nth(5).click();
	await expect(capture(page).getByRole('button', { name: /^server message 3,/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(capture(page).locator('.timeline .mark.chosen')).toHaveAttribute(
		'aria-label',
		/^server message 3,/
	);
	const violations = await axeRun(page, {
		include: 'section.capture',
		tags: WCAG
	});
	expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('/ko: a pasted HAR in Korean, projector theme; a broken one is a catalogued diagnostic', async ({
	page
}) => {
	await open(page, '/ko/decode?theme=projector');
	const har = {
		log: {
			entries: [
				{
					startedDateTime: '2023-11-14T22:13:20.000Z',
					request: { url: 'wss://example.com/chat' },
					_webSocketMessages: [
						{ type: 'send', time: 1_700_000_000.25, opcode: 1, data: 'hi 안녕' },
						{ type: 'receive', time: 1_700_000_000.5, opcode: 2, data: 'AAEC' }
					]
				}
			]
		}
	};
	await page.locator('#capture-client').fill(JSON.stringify(har, null, 1));
	await expect(capture(page).locator('.status')).toHaveText('HAR 파일: 기록된 웹소켓 연결 1개');
	await expect(rows(page)).toHaveCount(2);
	await expect(rows(page).first().locator('.content')).toHaveText('hi 안녕');
	// The box it was pasted in empties: the HAR replaced both panes.
	await expect(page.locator('#capture-client')).toHaveValue('');
	await capture(page).locator('.lane[data-role="server"] .mark').first().focus();
	await page.keyboard.press('Enter');
	await expect(selectedRow(page)).toHaveAttribute('aria-rowindex', '3');
	const violations = await axeRun(page, {
		include: 'section.capture',
		tags: WCAG
	});
	expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	await page.locator('#capture-client').fill('{"log": {"entries": [,]}}');
	await expect(capture(page).locator('[data-code="har_json_invalid"]')).toContainText(
		'1번째 줄 22번째 칸'
	);
});
