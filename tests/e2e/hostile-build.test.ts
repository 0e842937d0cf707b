// Hostile links to /build (src/lib/state/builder.svelte.ts readBuilderState: deflate-raw JSON,
// base64url): the largest payload a link may hold, one past it, more fragments than the builder
// cuts, and a small link that inflates past the 16 MiB state limit. Each ends in the frame or a
// limit message with its code, a responsive page (longest task, heap) and no crash.
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { expectBounded, ready, watchLongTasks } from './hostile-figures.ts';

const FRAME = {
	fin: true,
	rsv1: false,
	rsv2: false,
	rsv3: false,
	opcode: 1,
	payloadMode: 'text',
	text: 'Hello',
	hex: '48 65 6c 6c 6f',
	masked: true,
	key: '37fa213d',
	lengthBits: 7,
	length7: null,
	closeCode: null,
	reason: '',
	from: 'client',
	fragments: 1,
	ping: false,
	maskStep: 0
};

const link = (json: string) => `/build#${deflateRawSync(json, { level: 9 }).toString('base64url')}`;
const frameLink = (changes: Record<string, unknown>) =>
	link(JSON.stringify({ ...FRAME, ...changes }));

test.beforeEach(async ({ page }) => watchLongTasks(page));

const problems: string[] = [];
test.beforeEach(({ page }) => {
	problems.length = 0;
	page.on('pageerror', (e) => problems.push(e.message));
	page.on('crash', () => problems.push('crash'));
});

/** Opens `hash` on a loaded /build (a hash change: what is measured is the link, not the page). */
async function open(page: Page, hash: string): Promise<void> {
	await ready(page, '/build');
	await page.goto(hash);
}

async function expectBoundedAndQuiet(page: Page, what: string): Promise<void> {
	await expectBounded(page, what);
	expect(problems).toEqual([]);
}

test('a /build link with the largest payload (100k characters, 64-bit length) builds it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, frameLink({ text: '가'.repeat(100_000), lengthBits: 64, fragments: 8 }));
	await expect(page.locator('body')).toContainText('300000', { timeout: 60_000 });
	await expectBoundedAndQuiet(page, '/build, a 100k-character (300 kB) payload by link');
});

test('a /build link past the payload limit is refused with its code and limit', async ({
	page
}) => {
	await open(page, frameLink({ text: 'a'.repeat(100_001) }));
	const error = page.locator('.link-error');
	await expect(error).toBeVisible();
	await expect(error).toHaveAttribute('data-code', 'field_too_long');
	await expect(error).toContainText('100000');
	await expectBoundedAndQuiet(page, '/build, a payload past the limit by link');
});

test('a /build link with a billion fragments is refused with the fragment limit', async ({
	page
}) => {
	await open(page, frameLink({ fragments: 1_000_000_000 }));
	const error = page.locator('.link-error');
	await expect(error).toHaveAttribute('data-code', 'too_many_fragments');
	await expect(error).toContainText('8');
	await expectBoundedAndQuiet(page, '/build, a billion fragments by link');
});

test('a small /build link that inflates past 16 MiB stops at the state limit', async ({ page }) => {
	// 64 MiB of spaces inside the JSON: a ~64 kB link (a deflate bomb for the link reader).
	const json = `{"text":"a",${' '.repeat(64 * 1024 * 1024)}"fin":true}`;
	const bomb = link(json);
	await open(page, bomb);
	const error = page.locator('.link-error');
	await expect(error).toHaveAttribute('data-code', 'too_large');
	await expect(error).toContainText(String(16 * 1024 * 1024));
	await expectBoundedAndQuiet(page, `/build, a ${bomb.length}-character link inflating to 64 MiB`);
});
