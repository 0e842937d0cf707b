import { inflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Collects console errors (CSP violations included) and uncaught exceptions. */
function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	return problems;
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/** A state hash as url-state.ts writes it: base64url of deflate-raw JSON. */
function readHash(hash: string): unknown {
	const base64 = hash.replace(/^#/, '').replace(/-/g, '+').replace(/_/g, '/');
	return JSON.parse(inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'));
}

/** Opens /build and waits until it is live (hydrated), with its decoder link shown. */
async function open(page: Page, path = '/build'): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('link', { name: /Open in decoder/ })).toBeVisible();
}

const RFC_HELLO = '81 85 37 fa 21 3d 7f 9f 4d 51 58';

test('a frame is built with the keyboard alone', async ({ page }) => {
	const problems = watchProblems(page);
	await open(page);
	const hex = page.locator('.bytes-line code');
	await expect(hex).toHaveText(RFC_HELLO);

	// The payload: a Hangul syllable is 3 bytes of UTF-8.
	const text = page.getByRole('textbox', { name: 'Payload text' });
	await tabTo(page, text);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('Hi 한');
	await expect(page.getByRole('group', { name: 'Payload' })).toContainText(
		'4 characters in 6 bytes of UTF-8'
	);

	// A typed masking key.
	const key = page.getByRole('textbox', { name: 'Key (4 bytes)' });
	await tabTo(page, key);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('00000000');
	await expect(hex).toHaveText('81 86 00 00 00 00 48 69 20 ed 95 9c');
	await expect(page.locator('[data-code="mask_key_all_zero"]')).toBeVisible();

	// The bits: Tab in, arrows move, Space flips.
	const bits = page.locator('.bit-grid button.bit');
	await tabTo(page, bits.first());
	await page.keyboard.press('ArrowRight');
	await expect(bits.nth(1)).toBeFocused();
	await page.keyboard.press('Space');
	await expect(hex).toHaveText(/^c1 86/);
	await expect(page.locator('[data-code="rsv_bit_without_extension"]')).toContainText('1002');
	await expect(page.locator('.verdict').first()).toHaveAttribute('data-state', 'fails');
	await page.keyboard.press('Enter');
	await expect(hex).toHaveText(/^81 86/);
	await expect(page.locator('[data-code="rsv_bit_without_extension"]')).toHaveCount(0);

	// Opcode 1 → 2: bits 6 and 7; the menu follows.
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(bits.nth(6)).toBeFocused();
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	await expect(hex).toHaveText(/^82 86/);
	await expect(page.getByLabel('Opcode', { exact: true })).toHaveValue('2');

	// MASK off (bit 8): the client's frame is now unmasked, which a server refuses.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	await expect(hex).toHaveText('82 06 48 69 20 ed 95 9c');
	await expect(page.locator('[data-code="client_frame_unmasked"]')).toBeVisible();

	expect(problems).toEqual([]);
});

test('the URL holds the frame: a reload shows the same frame', async ({ page }) => {
	const problems = watchProblems(page);
	await open(page);
	await page.getByRole('textbox', { name: 'Payload text' }).fill('round trip');
	await page.getByLabel('16-bit (126 + 2 bytes)').check();
	await page.locator('.bit-grid button.bit').nth(3).click();
	const hex = page.locator('.bytes-line code');
	const built = '91 fe 00 0a 37 fa 21 3d 45 95 54 53 53 da 55 4f 5e 8a';
	await expect(hex).toHaveText(built);
	await expect(page).toHaveURL(/#.{20,}/);
	// The hash is written a moment after the last edit: wait until it holds this frame.
	await expect
		.poll(() => (readHash(new URL(page.url()).hash) as { rsv3: boolean }).rsv3)
		.toBe(true);

	await page.reload();
	await expect(hex).toHaveText(built);
	await expect(page.getByRole('textbox', { name: 'Payload text' })).toHaveValue('round trip');
	await expect(page.getByLabel('16-bit (126 + 2 bytes)')).toBeChecked();
	await expect(page.locator('[data-code="length_not_minimal"]')).toBeVisible();
	await expect(page.locator('[data-code="rsv_bit_without_extension"]')).toBeVisible();

	expect(problems).toEqual([]);
});

test('a damaged link says so and shows the default frame', async ({ page }) => {
	const problems = watchProblems(page);
	await page.goto('/build#not-a-wsviz-link!');
	await expect(page.getByRole('alert')).toContainText('This link could not be opened');
	await expect(page.locator('.bytes-line code')).toHaveText(RFC_HELLO);
	// JSON of the wrong shape ({"fin":"yes"}) is refused as well.
	await page.goto('/');
	await page.goto('/build#q1ZKy8xTslKqTC1WqgUA');
	await expect(page.getByRole('alert')).toContainText('This link could not be opened');
	await expect(page.locator('.bytes-line code')).toHaveText(RFC_HELLO);
	expect(problems).toEqual([]);
});

test('the frame copies in every format', async ({ page, context }) => {
	const problems = watchProblems(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page);
	const bytes = Buffer.from(RFC_HELLO.replace(/ /g, ''), 'hex');
	const expected: Record<string, string> = {
		hex: bytes.toString('hex'),
		'spaced hex': RFC_HELLO,
		base64: bytes.toString('base64'),
		'C array':
			'unsigned char bytes[] = {\n  0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58\n};\n',
		'hexdump -C':
			'00000000  81 85 37 fa 21 3d 7f 9f  4d 51 58                 |..7.!=..MQX|\n0000000b\n'
	};
	const box = page.getByRole('textbox', { name: /The frame as/ });
	for (const [label, text] of Object.entries(expected)) {
		await page.getByRole('radio', { name: label, exact: true }).check();
		await expect(box).toHaveValue(text);
		await page.getByRole('button', { name: `Copy as ${label}` }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
			`Copied 11 bytes as ${label}.`
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
	}
	expect(problems).toEqual([]);
});

test('Open in decoder carries the frame to /decode', async ({ page }) => {
	const problems = watchProblems(page);
	await open(page);
	await page.getByRole('radio', { name: 'server' }).check();
	await page.getByRole('radio', { name: 'not masked' }).check();
	await expect(page.locator('.bytes-line code')).toHaveText('81 05 48 65 6c 6c 6f');
	const link = page.getByRole('link', { name: /Open in decoder/ });
	await expect(link).toHaveAttribute('href', /^\/en\/decode#/);
	const href = (await link.getAttribute('href'))!;
	expect(readHash(href.slice(href.indexOf('#')))).toEqual({
		client: '',
		server: '81 05 48 65 6c 6c 6f',
		extensions: ''
	});
	await link.click();
	await expect(page).toHaveURL(/\/decode#/);
	expect(new URL(page.url()).hash).toBe(href.slice(href.indexOf('#')));
	expect(problems).toEqual([]);
});

test('the masked "Hello" of RFC 6455 §5.7 is built by clicking bits and typing', async ({
	page
}) => {
	const problems = watchProblems(page);
	await open(page);
	const hex = page.locator('.bytes-line code');
	const bits = page.locator('.bit-grid button.bit');
	await page.getByRole('radio', { name: 'not masked' }).check();
	await page.getByRole('textbox', { name: 'Payload text' }).fill('');
	await expect(hex).toHaveText('81 00');
	// MASK (bit 8) on: the key comes back.
	await bits.nth(8).click();
	await expect(hex).toHaveText('81 80 37 fa 21 3d');
	await page.getByRole('textbox', { name: 'Payload text' }).pressSequentially('Hello');
	await expect(hex).toHaveText(RFC_HELLO);
	await expect(page.locator('.verdict').first()).toHaveAttribute('data-state', 'accepts');
	// FIN (bit 0) off: a text frame that starts a fragmented message, never finished.
	await bits.nth(0).click();
	await expect(hex).toHaveText(/^01 85/);
	await expect(page.locator('[data-code="message_unfinished"]')).toBeVisible();
	expect(problems).toEqual([]);
});
