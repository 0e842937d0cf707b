import { expect, test, type Page } from '@playwright/test';

/** Console errors, uncaught exceptions and CSP violations, so each test can assert there were none. */
function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	return problems;
}

const client = (page: Page) => page.getByRole('textbox', { name: 'Client → server' });
const server = (page: Page) => page.getByRole('textbox', { name: 'Server → client' });
const section = (page: Page, role: 'client' | 'server') =>
	page.locator(`section.direction[data-role="${role}"]`);

const EXAMPLES: [string, 'client' | 'server', RegExp][] = [
	['“Hello” both ways', 'client', /A strict server accepts this\./],
	['A fragmented text message', 'server', /A strict client accepts this\./],
	['Ping from the server', 'client', /A strict server accepts this\./],
	['256-byte binary message', 'server', /A strict client accepts this\./],
	['two compressed “Hello”s', 'server', /A strict client accepts this\./],
	['A compressed conversation', 'client', /A strict server accepts this\./],
	['server_no_context_takeover', 'server', /A strict client accepts this\./],
	['RSV1 set without an extension', 'client', /closes with 1002 \(Protocol Error\) because RSV1/],
	[
		'A server frame that is masked',
		'server',
		/closes with 1002 \(Protocol Error\) because a server/
	],
	['Invalid UTF-8 split', 'client', /closes with 1007 \(Invalid frame payload data\)/i],
	['Close code 1005', 'client', /closes with 1002 \(Protocol Error\) because close code 1005/],
	['Ends mid-frame', 'client', /accepts this so far/],
	['does not inflate', 'server', /closes with 1007/]
];

test('each example decodes to its verdict', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const menu = page.getByRole('combobox', { name: 'Examples' });
	for (const [label, role, verdict] of EXAMPLES) {
		const value = await menu.locator('option', { hasText: label }).getAttribute('value');
		await menu.selectOption(value!);
		await expect(section(page, role).locator('.verdict .sentence')).toHaveText(verdict);
	}
	// The compressed conversation shows the wire bytes beside the inflated ones.
	await menu.selectOption('deflate-conversation');
	await expect(
		section(page, 'client')
			.getByText(/On the wire, compressed/)
			.first()
	).toBeVisible();
	await expect(
		section(page, 'client').getByText('Hello, server! 안녕하세요').first()
	).toBeVisible();
	// Ending mid-frame says how many bytes are missing.
	await menu.selectOption('broken-truncated');
	await expect(section(page, 'client').getByText(/frame 1 needs 7 more bytes/)).toBeVisible();
	expect(problems).toEqual([]);
});

test('a broken capture shows its diagnostic and marks its bytes', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await client(page).fill('81 85 37 fa 21 3d 7f 9f 4d 51 58\nc1 85 40 99 21 b7 33 f4 40 db 2c');
	const results = section(page, 'client');
	const diagnostic = results.locator('li[data-code="rsv_bit_without_extension"] button');
	await expect(diagnostic).toBeVisible();
	await diagnostic.click();
	await expect(diagnostic).toHaveAttribute('aria-pressed', 'true');
	// RSV1 is bit 1 of byte 11, the first byte of frame 2: that byte is marked, and frame 2 selected.
	await expect(results.locator('.hex .byte.marked')).toHaveCount(1);
	await expect(results.locator('.hex .byte.marked')).toHaveAttribute('data-offset', '11');
	await expect(results.locator('[role="option"][aria-selected="true"]')).toContainText('2');
	await expect(results.locator('tr.marked')).toHaveAttribute('data-field', 'rsv1');
	await expect(results.getByRole('link', { name: 'RFC 6455 §5.2' }).first()).toHaveAttribute(
		'href',
		'https://www.rfc-editor.org/rfc/rfc6455#section-5.2'
	);
	expect(problems).toEqual([]);
});

test('the state survives a reload through the URL hash', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await client(page).fill('81 85 37 fa 21 3d 7f 9f 4d 51 58 81 85 37 fa 21 3d 7f 9f 4d 51 58');
	await server(page).fill('c1 07 f2 48 cd c9 c9 07 00');
	await page.getByLabel(/Negotiated extensions/).fill('permessage-deflate');
	await section(page, 'client').getByRole('option').nth(1).click();
	await expect(page).toHaveURL(/#.{20,}/);
	await page.waitForTimeout(600); // the hash is written a moment after the last edit
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(client(page)).toHaveValue(
		'81 85 37 fa 21 3d 7f 9f 4d 51 58 81 85 37 fa 21 3d 7f 9f 4d 51 58'
	);
	await expect(server(page)).toHaveValue('c1 07 f2 48 cd c9 c9 07 00');
	await expect(page.getByLabel(/Negotiated extensions/)).toHaveValue('permessage-deflate');
	await expect(section(page, 'client').locator('[aria-selected="true"]')).toContainText('2');
	await expect(section(page, 'server').locator('.verdict .sentence')).toHaveText(/accepts this/);
	expect(problems).toEqual([]);
});

test('a malformed link says so and opens an empty page', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode#AAAAbroken%%');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('alert')).toContainText('This link could not be opened');
	await expect(client(page)).toHaveValue('');
	await expect(server(page)).toHaveValue('');
	// The simple form opens too.
	await page.goto('/decode#hex=810548656c6c6f&from=server');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(server(page)).toHaveValue('810548656c6c6f');
	await expect(section(page, 'server').locator('.verdict .sentence')).toHaveText(/accepts this/);
	expect(problems).toEqual([]);
});

test('pasted text is only ever text', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// A text frame whose payload is an XSS probe.
	const probe = '<img src=x onerror=alert(1)>';
	const hex = [0x81, probe.length, ...Buffer.from(probe)].map((b) =>
		b.toString(16).padStart(2, '0')
	);
	await server(page).fill(hex.join(' '));
	await expect(section(page, 'server').locator('q.text')).toHaveText(probe);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('the page works with the keyboard alone', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/decode');
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const box = client(page);
	for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(box).toBeFocused();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('81 85 37 fa 21 3d 7f 9f 4d 51 58 c1 85 40 99 21 b7 33 f4 40 db 2c');
	const results = section(page, 'client');
	await expect(results.locator('.verdict .sentence')).toHaveText(/closes with 1002/);
	// Tab to the frame list and move the selection with the arrow keys.
	const list = results.getByRole('listbox');
	for (let i = 0; i < 20 && !(await list.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(list).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(results.locator('[aria-selected="true"]')).toContainText('2');
	await expect(results.getByRole('heading', { name: 'Frame 2: its fields' })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(results.getByRole('heading', { name: 'Frame 1: its fields' })).toBeVisible();
	// The diagnostic is a button: Tab to it and press Enter to mark its bits.
	const diagnostic = results.locator('li[data-code="rsv_bit_without_extension"] button');
	for (
		let i = 0;
		i < 10 && !(await diagnostic.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(diagnostic).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(results.locator('.hex .byte.marked')).toHaveAttribute('data-offset', '11');
	expect(problems).toEqual([]);
});
