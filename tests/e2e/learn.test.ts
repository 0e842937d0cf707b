import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
	DEFAULT_SCENARIO,
	decode,
	encodeFrame,
	parseInput,
	simulateAll
} from '$lib/protocol/index.ts';
import { liveEmbed } from './lesson-embed.ts';
import { prerendered, prerenderedHtml } from './prerendered.ts';
import { watchProblems } from './problems.ts';

const pages = prerendered();
const lessons = pages
	.filter((p) => /^\/learn\/[^/]+$/.test(p) && p !== '/learn/review')
	.map((p) => p.slice('/learn/'.length));

/** The lesson slugs in the order of the index page. */
async function indexOrder(page: Page): Promise<string[]> {
	await page.goto('/learn');
	const hrefs = await page
		.getByTestId('lesson-link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	return hrefs.map((h) => h.replace(/^.*\/learn\//, ''));
}

/** A lesson's first question (each lesson has three or more). */
const exercise = (page: Page) => page.locator('form.exercise').first();

/** Opens a lesson and waits until it runs (a click before that would submit the form natively). */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(exercise(page)).toHaveAttribute('data-ready', 'true');
}
const result = (page: Page) => exercise(page).locator('.result');

test('the index lists thirteen lessons, each prerendered in English and in Korean', async ({
	page
}) => {
	const order = await indexOrder(page);
	expect(order).toHaveLength(13);
	expect([...order].sort()).toEqual([...lessons].sort());
	for (const slug of order) {
		expect(pages).toContain(`/en/learn/${slug}`);
		expect(pages).toContain(`/ko/learn/${slug}`);
	}
});

// Each lesson's parts, RFC link, prose language and first question are checked in the one visit
// tests/e2e/pages.test.ts makes to every page (expectLesson in page-checks.ts).

test('code samples are highlighted in the prerendered page, and shiki is not shipped', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js')) scripts.push(await r.text());
	});
	await open(page, '/learn/deployment');
	await page.waitForLoadState('networkidle');
	const blocks = page.locator('main pre[data-highlighted="true"]');
	await expect(blocks).toHaveCount(2);
	await expect(blocks.first()).toContainText('proxy_set_header Upgrade');
	expect(
		await blocks.first().locator('.tok-keyword, .tok-string, .tok-function').count()
	).toBeGreaterThan(0);
	expect(scripts.some((s) => s.includes('createHighlighterCore'))).toBe(false);
});

test('the bytes on a lesson are the engine’s', async ({ page }) => {
	await open(page, '/learn/frame');
	const hello = encodeFrame({
		opcode: 'text',
		text: 'Hello',
		mask: Uint8Array.of(0x37, 0xfa, 0x21, 0x3d)
	});
	const hex = Buffer.from(hello)
		.toString('hex')
		.replace(/(..)(?!$)/g, '$1 ');
	// RFC 6455 §5.7's masked "Hello", in the prose and in the embedded frame.
	expect(hex).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
	await expect(page.locator('[data-part] code', { hasText: hex })).toHaveCount(1);
	await expect(page.locator('.embed .verdict')).toHaveAttribute('data-state', 'accepts');
});

test('a choice question marks a wrong answer wrong and the right one right', async ({ page }) => {
	await open(page, '/learn/close');
	await exercise(page)
		.getByRole('radio', { name: /^1000 / })
		.check();
	await exercise(page).getByRole('button', { name: 'Check' }).click();
	await expect(result(page)).toHaveAttribute('data-result', 'wrong');
	await expect(exercise(page).locator('.explain')).toHaveCount(0);
	await exercise(page)
		.getByRole('radio', { name: /^1007 / })
		.check();
	await exercise(page).getByRole('button', { name: 'Check' }).click();
	await expect(result(page)).toHaveAttribute('data-result', 'correct');
	await expect(exercise(page).locator('.explain')).toBeVisible();
});

test('a number question reads the typed number', async ({ page }) => {
	await open(page, '/learn/frame');
	const field = exercise(page).getByRole('textbox', { name: 'Your answer' });
	await field.fill('6');
	await field.press('Enter');
	await expect(result(page)).toHaveAttribute('data-result', 'wrong');
	// 2 bytes of flags and 7-bit length, 2 of extended length, 4 of masking key (RFC 6455 §5.2).
	await field.fill(String(2 + 2 + 4));
	await field.press('Enter');
	await expect(result(page)).toHaveAttribute('data-result', 'correct');
});

test('a pick-the-byte question is answered by clicking a byte', async ({ page }) => {
	await open(page, '/ko/learn/utf8');
	const bytes = exercise(page).locator('label.byte');
	const shown = (await bytes.locator('.mono').allInnerTexts()).join(' ');
	const parsed = parseInput(shown);
	if (!parsed.ok) throw new Error('the question shows no bytes');
	const first = decode(parsed.bytes, { from: 'server' }).verdict.firstError!;
	await bytes.nth(0).click();
	await exercise(page).getByRole('button', { name: '채점' }).click();
	await expect(result(page)).toHaveAttribute('data-result', 'wrong');
	await bytes.nth(Math.floor(first.bitOffset / 8)).click();
	await exercise(page).getByRole('button', { name: '채점' }).click();
	await expect(result(page)).toHaveAttribute('data-result', 'correct');
	await expect(result(page)).toContainText('정답');
});

test('the frame a client sends for 안녕 is built by hand and checked by the decoder', async ({
	page
}) => {
	await open(page, '/learn/masking');
	const field = exercise(page).getByRole('textbox', { name: /Your frame/ });
	const check = exercise(page).getByRole('button', { name: 'Check' });
	const text = new TextEncoder().encode('안녕');

	// Unmasked, as a server would send it: a strict server refuses it with 1002.
	await field.fill(`81 0${text.length} ${Buffer.from(text).toString('hex')}`);
	await check.click();
	await expect(result(page)).toHaveAttribute('data-result', 'rejected');
	await expect(result(page)).toContainText('1002');

	// Masked by hand, with Node's own XOR: any key will do.
	const key = [0x12, 0x34, 0x56, 0x78];
	const masked = [...text].map((b, i) => b ^ key[i % 4]!);
	const frame = [0x81, 0x80 | text.length, ...key, ...masked];
	await field.fill(Buffer.from(frame).toString('hex'));
	await check.click();
	await expect(result(page)).toHaveAttribute('data-result', 'correct');

	await field.fill('not bytes at all');
	await check.click();
	await expect(result(page)).toHaveAttribute('data-result', 'unreadable');
});

test('next and previous walk the path, in the page’s language', async ({ page }) => {
	const order = await indexOrder(page);
	await open(page, `/ko/learn/${order[0]}`);
	await expect(page.getByTestId('previous-lesson')).toHaveCount(0);
	await page.getByTestId('next-lesson').click();
	await expect(page).toHaveURL(new RegExp(`/ko/learn/${order[1]}$`));
	await expect(page.getByTestId('lesson-number')).toContainText('2');
	await page.getByTestId('previous-lesson').click();
	await expect(page).toHaveURL(new RegExp(`/ko/learn/${order[0]}$`));
	await open(page, `/learn/${order.at(-1)}`);
	await expect(page.getByTestId('next-lesson')).toHaveCount(0);
});

test('presenter keys step through a lesson’s parts, then on to the next lesson', async ({
	page
}) => {
	const order = await indexOrder(page);
	const at = order.indexOf('frame');
	await open(page, '/learn/frame');
	const parts = page.locator('main [data-part]');
	const count = await parts.count();
	await expect(page.locator('main [data-part].current')).toHaveCount(0);

	await page.keyboard.press('PageDown');
	await expect(parts.nth(0)).toHaveClass(/current/);
	await expect(parts.nth(0).locator('h2')).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(parts.nth(1)).toHaveClass(/current/);
	await expect(page.locator('main [data-part].current')).toHaveCount(1);
	await page.keyboard.press('End');
	await expect(parts.nth(count - 1)).toHaveClass(/current/);
	await page.keyboard.press('Home');
	await expect(parts.nth(0)).toHaveClass(/current/);

	// From the first part, back goes to the lesson before; from the last, on to the next.
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(new RegExp(`/learn/${order[at - 1]}$`));
	await open(page, '/learn/frame');
	await page.keyboard.press('End');
	await page.keyboard.press('PageDown');
	await expect(page).toHaveURL(new RegExp(`/learn/${order[at + 1]}$`));
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/frame/i);
});

test('the lab links open each lab on the lesson’s preset', async ({ page }) => {
	// /build: the masking lesson's 안녕, masked with RFC 6455 §5.7's key.
	await open(page, '/learn/masking');
	await page.getByTestId('lab-link').click();
	await expect(page).toHaveURL(/\/build#/);
	const built = encodeFrame({
		opcode: 'text',
		text: '안녕',
		mask: Uint8Array.of(0x37, 0xfa, 0x21, 0x3d)
	});
	await expect(page.locator('.bytes-line code')).toHaveText(
		Buffer.from(built)
			.toString('hex')
			.replace(/(..)(?!$)/g, '$1 ')
	);

	// /decode: the myths lesson's hixie-76 bytes, from the server.
	await open(page, '/ko/learn/myths');
	await page.getByTestId('lab-link').click();
	await expect(page).toHaveURL(/\/ko\/decode#/);
	await expect(page.locator('#capture-server')).toHaveValue(/^00\s*48\s*65\s*6c\s*6c\s*6f\s*ff$/i);

	// /handshake: the extensions lesson's Chromium handshake with permessage-deflate.
	await open(page, '/learn/extensions');
	await page.getByTestId('lab-link').click();
	await expect(page).toHaveURL(/\/handshake#/);
	await expect(page.locator('[data-preset="chromium_deflate"]')).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the home page and the site header link to the lesson path', async ({ page }) => {
	await page.goto('/ko');
	await page.locator('main').getByRole('link', { name: '강의 순서' }).click();
	await expect(page).toHaveURL(/\/ko\/learn$/);
	await expect(page.locator('header nav a[aria-current="page"]')).toHaveText('배우기');
});

test('every lesson’s lab link is one its lab can open', async ({ page }) => {
	// Each link as its prerendered lesson carries it (the lesson's own visit is tested above), the
	// lab then opened from it: 13 page loads.
	test.setTimeout(90_000);
	const problems = await watchProblems(page);
	for (const slug of lessons) {
		const path = `/learn/${slug}`;
		const tag = /<a [^>]*data-testid="lab-link"[^>]*>/.exec(prerenderedHtml(path))?.[0];
		if (tag === undefined) continue;
		const href = (/ href="([^"]+)"/.exec(tag)?.[1] ?? '').replaceAll('&amp;', '&');
		const url = new URL(href, `http://site${path}`);
		expect(url.pathname + url.hash, slug).toMatch(
			/^(\/en)?\/(build|decode|handshake|transports)#./
		);
		// A full load each time: from one lab's link to another's would only change the hash.
		await page.goto('about:blank');
		await page.goto(url.pathname + url.hash);
		await page.waitForLoadState('networkidle');
		// The lab read the hash as its state: no "this link could not be opened", and the hash stays.
		await expect(page.locator('.link-error'), slug).toHaveCount(0);
		expect(new URL(page.url()).hash.length, slug).toBeGreaterThan(1);
	}
	expect(await problems()).toEqual([]);
});

test('the embedded accept recomputes for a typed key, as SHA-1 and base64 say', async ({
	page
}) => {
	await open(page, '/learn/handshake');
	await liveEmbed(page);
	const accept = page.getByTestId('accept');
	await expect(accept.locator('[data-value="accept"]')).toHaveText('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
	const key = Buffer.from('wsviz learn key!').toString('base64');
	await accept.getByRole('textbox').fill(key);
	const expected = createHash('sha1')
		.update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
		.digest('base64');
	await expect(accept.locator('[data-value="accept"]')).toHaveText(expected);
	await expect(accept.locator('.problem')).toHaveCount(0);
	await accept.getByRole('textbox').fill('short');
	await expect(accept.locator('.problem')).toBeVisible();
});

test('the transports table runs the simulation again at another event rate', async ({ page }) => {
	await open(page, '/learn/why-websocket');
	await liveEmbed(page);
	const longPolling = page.locator('[data-transport="long-polling"] td').first();
	const before = await longPolling.innerText();
	const rate = page.getByRole('slider', { name: /Server events per second/ });
	await rate.fill('3');
	const expected = simulateAll({
		...DEFAULT_SCENARIO,
		serverEvents: { kind: 'poisson', perSecond: 3 }
	}).find((r) => r.transport === 'long-polling')!.metrics.requests;
	await expect(longPolling).toHaveText(expected.toLocaleString('en'));
	expect(await longPolling.innerText()).not.toBe(before);
});
