// The classroom side of /live against the live server that `vite preview` carries (a server on the
// loopback: the teacher view is open, no token): students' `ws` clients connect and send; the teacher
// view shows each one, anonymised, with the masking key their client chose, and the join address as a
// QR code; the keyboard alone narrows the feed to one student. Then the five transports run for real
// from the page, each measured beside the model.
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { watchProblems } from './problems.ts';

async function student(base: string, text: string): Promise<WebSocket> {
	const url = new URL('/live/echo', base);
	url.protocol = 'ws:';
	const ws = new WebSocket(url, { perMessageDeflate: false });
	await new Promise<void>((resolve, reject) => {
		ws.once('open', () => resolve());
		ws.once('error', reject);
	});
	ws.send(text);
	await new Promise((resolve) => ws.once('message', resolve));
	return ws;
}

test('the teacher view shows every student, their messages and how to join, by keyboard too', async ({
	page,
	baseURL
}) => {
	const problems = await watchProblems(page);
	const texts = ['first student was here', 'second student was here', 'third student was here'];
	const students = await Promise.all(texts.map((t) => student(baseURL!, t)));
	try {
		await page.goto('/live/teacher?theme=projector');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
		await expect(page.locator('[data-class]')).toHaveAttribute('data-class', 'ready');
		await expect(page.locator('svg.qr')).toHaveAttribute(
			'data-qr',
			`${new URL(baseURL!).origin}/live`
		);
		for (const text of texts)
			await expect(page.locator('td.content', { hasText: text })).toHaveCount(1);
		const row = page.locator('tr[data-student]', { hasText: texts[1]! });
		await expect(row).toHaveAttribute('data-mask', /^[0-9a-f]{8}$/);
		const number = await row.getAttribute('data-student');

		// Keyboard only: Tab to that student's button, Enter narrows the feed to them.
		const chip = page.locator(`button[data-student="${number}"]`);
		await page.locator('body').focus();
		for (let i = 0; i < 80 && !(await chip.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(chip).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('tr[data-student]')).toHaveCount(1);
		await expect(page.getByTestId('student-detail')).toBeVisible();

		// A student who leaves shows their close code (1000: normal closure).
		students[1]!.close(1000, 'bye');
		await expect(page.getByTestId('student-detail').locator('[data-close="1000"]')).toBeVisible();
		expect(await problems()).toEqual([]);
	} finally {
		for (const ws of students) ws.terminate();
	}
});

test('the five transports run for real, each beside the model', async ({ page }) => {
	await page.goto('/live');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'ready');
	await page.getByLabel('Event every (ms)').fill('100');
	await page.getByLabel('Events', { exact: true }).fill('3');
	await page.getByLabel('Poll every (ms)').fill('300');
	await page.getByRole('button', { name: 'Run all five' }).click();
	const measured = page.locator('tr[data-row="measured"]');
	await expect(measured).toHaveCount(5, { timeout: 30_000 });
	for (const transport of ['polling', 'long-polling', 'streaming', 'sse', 'websocket']) {
		const row = page.locator(`tr[data-row="measured"][data-transport="${transport}"]`);
		await expect(row.locator('td').first()).toHaveText('3');
		expect(Number(await row.locator('td[data-bytes]').getAttribute('data-bytes'))).toBeGreaterThan(
			100
		);
		const model = page.locator(`tr[data-row="model"][data-transport="${transport}"]`);
		await expect(model.locator('td').first()).toHaveText('3');
	}
	// One request for the pushes, one per poll for polling; polling's wait is explained.
	await expect(
		page.locator('tr[data-row="measured"][data-transport="websocket"] td').nth(3)
	).toHaveText('1');
	await expect(page.locator('[data-note="poll_wait"]')).toHaveCount(1);
});
