// Questions that teach (issue 16), used with the keyboard alone: a wrong answer of each kind gets a
// hint naming its misconception (asserted by its code, data-hint, not by wording), then the right
// answer is accepted; Korean hints hold no English sentence; the mixed review is remembered.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { encodeFrame } from '$lib/protocol/index.ts';

const question = (page: Page, id: string) =>
	page.locator(`form.exercise[data-exercise-id="${id}"]`);

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('form.exercise').first()).toHaveAttribute('data-ready', 'true');
}

/** Picks a radio (an option, a byte, a part) with the keyboard: focus it, Space, Tab to Check, Enter. */
async function pick(form: Locator, value: string): Promise<void> {
	const radio = form.locator(`input[type="radio"][value="${value}"]`);
	await radio.focus();
	await radio.press('Space');
	await expect(radio).toBeChecked();
	await radio.press('Tab');
	await expect(form.locator('button[type="submit"]')).toBeFocused();
	await form.page().keyboard.press('Enter');
}

/** Types into the question's field and presses Enter (a textarea: Tab to Check, Enter). */
async function type(form: Locator, answer: string): Promise<void> {
	const field = form.locator('input[type="text"], textarea');
	await field.focus();
	await field.fill(answer);
	if ((await field.evaluate((el) => el.tagName)) === 'TEXTAREA') {
		await field.press('Tab');
		await form.page().keyboard.press('Enter');
	} else await field.press('Enter');
}

const result = (form: Locator) => form.locator('.result');
const hint = (form: Locator) => form.getByTestId('hint');

async function expectWrong(form: Locator, code: string): Promise<void> {
	await expect(result(form)).not.toHaveAttribute('data-result', 'correct');
	await expect(result(form)).not.toHaveAttribute('data-result', '');
	await expect(hint(form)).toBeVisible();
	await expect(hint(form)).toHaveAttribute('data-hint', code);
}

async function expectRight(form: Locator): Promise<void> {
	await expect(result(form)).toHaveAttribute('data-result', 'correct');
	await expect(hint(form)).toHaveCount(0);
	await expect(form.locator('.explain').last()).toBeVisible();
}

const KINDS: {
	kind: string;
	path: string;
	id: string;
	wrong: (form: Locator) => Promise<void>;
	because: string;
	right: (form: Locator) => Promise<void>;
}[] = [
	{
		kind: 'choice',
		path: '/learn/frame',
		id: 'first_byte',
		// 0x88: opcode 8 (close), not 9 (ping), RFC 6455 §11.8.
		wrong: (f) => pick(f, 'ping_final'),
		because: 'ping_final',
		right: (f) => pick(f, 'close_final')
	},
	{
		kind: 'number',
		path: '/learn/masking',
		id: 'client_frame_length',
		// A client's "Hi": 2 + 4 (masking key, §5.3) + 2.
		wrong: (f) => type(f, '4 bytes'),
		because: 'forgot_mask_key',
		right: (f) => type(f, '8바이트')
	},
	{
		kind: 'pick-byte',
		path: '/learn/browser-api',
		id: 'masked_from_server',
		// A masked server frame: byte 1 holds the MASK bit (§5.1).
		wrong: (f) => pick(f, '0'),
		because: 'fin',
		right: (f) => pick(f, '1')
	},
	{
		kind: 'build-frame',
		path: '/learn/masking',
		id: 'build_client_frame',
		wrong: (f) =>
			type(f, Buffer.from(encodeFrame({ opcode: 'text', text: '안녕' })).toString('hex')),
		because: 'client_frame_unmasked',
		right: (f) =>
			type(
				f,
				Buffer.from(
					encodeFrame({ opcode: 'text', text: '안녕', mask: Uint8Array.of(1, 2, 3, 4) })
				).toString('hex')
			)
	},
	{
		kind: 'spot-error',
		path: '/learn/close',
		id: 'long_ping',
		// A 126-byte ping: the 7-bit length breaks §5.5's 125, the opcode is fine.
		wrong: (f) => pick(f, 'opcode'),
		because: 'opcode',
		right: (f) => pick(f, 'payload_length')
	}
];

for (const k of KINDS) {
	test(`${k.kind}: a wrong answer gets its hint, then the right one passes (keyboard only)`, async ({
		page
	}) => {
		await open(page, k.path);
		const form = question(page, k.id);
		await expect(form).toHaveAttribute('data-exercise', k.kind);
		await k.wrong(form);
		await expectWrong(form, k.because);
		await k.right(form);
		await expectRight(form);
	});
}

for (const path of ['/learn/inside-message', '/ko/learn/inside-message'])
	test(`${path}: which packet is an ack? The EVENT that asks is not, the ACK is`, async ({
		page
	}) => {
		await open(page, path);
		const form = question(page, 'which_ack');
		// The options are the packets themselves, as they travel.
		await expect(form.getByText('431["ok"]', { exact: true })).toBeVisible();
		await pick(form, 'event');
		await expectWrong(form, 'event');
		await pick(form, 'ack');
		await expectRight(form);
	});

/** Three or more Latin words in a row: an English sentence (RFC terms in parentheses are single words). */
const ENGLISH = /[A-Za-z]{2,}[,:]? [A-Za-z]{2,}[,:]? [A-Za-z]{2,}/;

test('Korean hints and feedback hold no English sentence', async ({ page }) => {
	await open(page, '/ko/learn/frame');
	for (const [id, answer] of [
		['first_byte', 'ping_final'],
		['fragmented_ping', 'opcode'],
		['header_length', '4']
	] as const) {
		const form = question(page, id);
		if (id === 'header_length') await type(form, answer);
		else await pick(form, answer);
		await expect(hint(form)).toBeVisible();
		for (const text of [await hint(form).innerText(), await result(form).innerText()])
			expect(text, id).not.toMatch(ENGLISH);
	}
});

test('the mixed review draws several lessons, and is remembered', async ({ page }) => {
	await page.goto('/learn');
	await page.getByTestId('review-link').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/learn\/review$/);
	const forms = page.locator('form.exercise');
	await expect(forms.first()).toHaveAttribute('data-ready', 'true');
	expect(await forms.count()).toBeGreaterThanOrEqual(5);
	const kinds = await forms.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-exercise')));
	expect(new Set(kinds).size).toBeGreaterThanOrEqual(4);
	const froms = await page.locator('.from a').evaluateAll((as) => as.map((a) => a.textContent));
	expect(new Set(froms).size).toBeGreaterThanOrEqual(4);

	// A wrong answer, then the right one: 0x88 is a complete close frame (RFC 6455 §5.2).
	const first = page.locator('form.exercise[data-exercise-id="first_byte"]');
	await pick(first, 'text_final');
	await expectWrong(first, 'text_final');
	await pick(first, 'close_final');
	await expectRight(first);

	await page.reload();
	await expect(forms.first()).toHaveAttribute('data-ready', 'true');
	await expect(first).toHaveAttribute('data-solved', 'true');
	await expect(page.getByTestId('review-progress')).toContainText('1');
	await page.goto('/learn');
	await expect(page.getByTestId('review-entry').locator('[data-mark="solved"]')).toBeVisible();
});

test('the last lesson leads to the mixed review', async ({ page }) => {
	await open(page, '/ko/learn/myths');
	await expect(page.getByTestId('review-link')).toHaveAttribute('href', /\/ko\/learn\/review$/);
});

test('a lesson counts as done once all its questions are solved; /learn resumes and resets', async ({
	page
}) => {
	await open(page, '/learn/frame');
	// RFC 6455 §5.2: 2 + 2 (16-bit length) + 4 (key); 0x88 is a complete close; §5.5: FIN.
	await type(question(page, 'header_length'), '8');
	await pick(question(page, 'first_byte'), 'close_final');
	for (const id of ['header_length', 'first_byte'])
		await expect(result(question(page, id))).toHaveAttribute('data-result', 'correct');
	await page.goto('/learn');
	const entry = page.locator('li', { has: page.locator('a[href$="/learn/frame"]') });
	await expect(entry.locator('[data-mark="read"]')).toBeVisible();
	await expect(entry.locator('[data-mark="done"]')).toHaveCount(0);
	// Two of its three questions: shown as 2 / 3, read out as a sentence.
	const solved = entry.locator('[data-mark="solved"]');
	await expect(solved).toHaveAttribute('data-solved', '2');
	await expect(solved).toHaveAttribute('data-count', '3');
	await expect(solved.locator('[aria-hidden="true"]')).toHaveText('2 / 3');
	await expect(solved.locator('.visually-hidden')).toHaveText(/\b2\b.*\b3\b/);

	await open(page, '/learn/frame');
	await expect(question(page, 'header_length')).toHaveAttribute('data-solved', 'true');
	await pick(question(page, 'fragmented_ping'), 'fin');
	await expect(result(question(page, 'fragmented_ping'))).toHaveAttribute('data-result', 'correct');
	await page.goto('/learn');
	await expect(entry.locator('[data-mark="done"]')).toBeVisible();
	await expect(page.getByTestId('resume')).toHaveAttribute('href', /\/learn\/frame$/);
	await page.getByTestId('reset-progress').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('progress')).toHaveCount(0);
	await expect(entry.locator('[data-mark]')).toHaveCount(0);
});
