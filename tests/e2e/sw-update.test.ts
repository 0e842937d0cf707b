// The service worker across a deploy, with two real builds of the site: the one under test (build/)
// and a second one with another version name (scripts/next-deploy.js), served one after the other by a small
// static server of this test's own (the deploy is the switch of its folder). A tab opened on the
// first build sees "a new version is ready", keeps loading the first build's files after another tab
// took the update, and the tab that accepted it runs the second build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { nextDeployEnv } from '../../scripts/next-deploy.js';
import { staticFiles } from '../../src/server/static-files.ts';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.WSVIZ_E2E_PORT ?? 4173) + 10;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FIRST = 'build';
const CACHE = 'node_modules/.cache/wsviz';

let scratch = '';
let second = '';
let served = FIRST;
let server: Server | undefined;

function filesUnder(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(root, join(dir, e.name)) : [relative(root, join(dir, e.name))]
	);
}

test.beforeAll(async () => {
	test.setTimeout(600_000);
	// `npm test` has built it beside lint (scripts/test.js); on its own, the test builds it here.
	second = process.env.WSVIZ_E2E_NEXT_BUILD ?? '';
	if (!second) {
		// Inside the project: the build's server half imports packages from node_modules.
		mkdirSync(CACHE, { recursive: true });
		scratch = mkdtempSync(join(CACHE, 'sw-'));
		const env = nextDeployEnv(scratch);
		second = env.WSVIZ_BUILD_DIR!;
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			stdio: 'inherit',
			env: { ...process.env, ...env }
		});
	}
	server = createServer((req, res) => staticFiles(served)(req, res));
	await new Promise<void>((resolve) => server!.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function controlled(page: Page): Promise<void> {
	await page.locator('html[data-hydrated]').waitFor();
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
}

/** The app's entry script this page runs (its name differs between the two builds). */
const entryOf = (page: Page): Promise<string | undefined> =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname)
			.find((p) => p.startsWith('/_app/immutable/entry/app.'))
	);

test('after a deploy: a notice, one tab updates, the other keeps running its build', async ({
	context
}) => {
	test.setTimeout(180_000);
	const onlyFirst = new Set(filesUnder(join(FIRST, '_app/immutable')));
	for (const f of filesUnder(join(second, '_app/immutable'))) onlyFirst.delete(f);
	expect(onlyFirst.size, 'files the deploy removes').toBeGreaterThan(0);

	const old = await context.newPage();
	await old.goto(`${ORIGIN}/decode`);
	await controlled(old);
	const firstEntry = await entryOf(old);
	await expect(old.locator('[data-update-ready]')).toHaveCount(0);

	served = second; // the deploy
	await old.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
	const notice = old.locator('[data-update-ready]');
	await expect(notice).toBeVisible({ timeout: 60_000 });
	await expect(notice.getByRole('button')).toHaveText('Reload');
	await old.screenshot({ path: test.info().outputPath('update-notice.png') });

	// A second tab opens on the first build too (the new worker waits), and takes the update.
	const fresh = await context.newPage();
	await fresh.goto(`${ORIGIN}/ko/build`);
	await fresh.locator('html[data-hydrated]').waitFor();
	const ko = fresh.locator('[data-update-ready]');
	await expect(ko).toBeVisible();
	await expect(ko.getByRole('button')).toHaveText('새로 고침');
	await Promise.all([fresh.waitForEvent('load'), ko.getByRole('button').click()]);
	await controlled(fresh);
	const nextEntry = await entryOf(fresh);
	expect(nextEntry).not.toBe(firstEntry);
	expect(onlyFirst.has(nextEntry!.replace('/_app/immutable/', ''))).toBe(false);
	await expect(fresh.locator('[data-update-ready]')).toHaveCount(0);

	// The old tab: still the first build, its files still there although the server has none of them.
	expect(onlyFirst.has(firstEntry!.replace('/_app/immutable/', ''))).toBe(true);
	const statuses = await old.evaluate(
		(paths) => Promise.all(paths.map(async (p) => (await fetch(p)).status)),
		[...onlyFirst].map((f) => `/_app/immutable/${f}`)
	);
	expect(new Set(statuses)).toEqual(new Set([200]));
	await expect(old.locator('[data-update-ready]')).toBeVisible();
	// ... and it keeps working: a capture over 4 KiB goes to the decoding worker.
	await old.locator('#capture-client').fill('81 05 48 65 6c 6c 6f '.repeat(400));
	await expect(old.locator('section.direction[data-role="client"] .verdict')).toContainText(
		'400 frames'
	);
	await expect(old.locator('[data-failure]')).toHaveCount(0);
});

test('stored pages answer any query of their path; nothing else is stored', async ({ page }) => {
	served = second;
	await page.goto(`${ORIGIN}/build.html?a=1`);
	await controlled(page);
	const keys = await page.evaluate(async () => {
		await fetch('/build.html?a=1');
		await fetch('/not-a-page?x=1');
		const all = [];
		for (const name of await caches.keys())
			for (const r of await (await caches.open(name)).keys()) all.push(new URL(r.url));
		return all.filter((u) => u.search !== '' || u.pathname.startsWith('/not-')).map(String);
	});
	expect(keys).toEqual([]);
	await page.goto(`${ORIGIN}/build.html?a=2`);
	expect(page.url()).toContain('?a=2');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('offline, an unknown path gets the site’s 404 page, in its language', async ({
	page,
	context
}) => {
	served = second;
	await page.goto(`${ORIGIN}/`);
	await controlled(page);
	await context.setOffline(true);
	const response = await page.goto(`${ORIGIN}/ko/no-such-page`);
	expect(response?.status()).toBe(404);
	await expect(page.locator('[data-status="404"]')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('없는 페이지입니다');
});

test('a worker script that cannot be loaded is not called a bug: a reload is offered', async ({
	browser
}) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	served = second;
	await page.route('**/decode.worker-*.js', (route) => route.fulfill({ status: 404 }));
	await page.goto(`${ORIGIN}/decode`);
	await page.locator('html[data-hydrated]').waitFor();
	await page.locator('#capture-client').fill('81 05 48 65 6c 6c 6f '.repeat(400));
	const failure = page.locator('[data-failure="worker_unavailable"]');
	await expect(failure).toBeVisible();
	await expect(failure.getByRole('button')).toBeVisible();
	await context.close();
});
