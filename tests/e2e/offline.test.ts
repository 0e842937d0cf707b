import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every page opens with the network off, in both languages', async ({
	page,
	context
}) => {
	await page.goto('/');
	// The worker stores the whole site while it installs; it is active once that is done.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!registration.active) throw new Error('no active service worker');
	});

	// Workers' chunks (a payload decoder, the frame reader) are stored too, though SvelteKit's list
	// of the build's files does not name them: offline, a worker imports them from the store.
	const stored = await page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		return paths;
	});
	const chunks = readdirSync('build/_app/immutable/workers/chunks');
	expect(chunks.length).toBeGreaterThan(0);
	for (const chunk of chunks) expect(stored).toContain(`/_app/immutable/workers/chunks/${chunk}`);

	await context.setOffline(true);
	for (const path of ['/ko/build', '/en/decode', '/decode?theme=projector', '/ko']) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// The page is alive offline, not just its HTML: the builder still builds.
	await page.goto('/en/build');
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('textbox').first().fill('Hi');
	// The form's code and the engine load (from the worker's store) on this first edit.
	await expect(page.getByText('81 82', { exact: false }).first()).toBeVisible({
		timeout: 15_000
	});
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the site is installable: a manifest with icons that load', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifestUrl = new URL(href!, page.url());
	const manifest = (await (await request.get(manifestUrl.href)).json()) as {
		name: string;
		start_url: string;
		display: string;
		icons: { src: string; sizes: string }[];
	};
	expect(manifest).toMatchObject({ display: 'standalone' });
	expect(manifest.icons.map((i) => i.sizes)).toEqual(
		expect.arrayContaining(['192x192', '512x512'])
	);
	for (const icon of manifest.icons) {
		const response = await request.get(new URL(icon.src, manifestUrl).href);
		expect(response.ok(), icon.src).toBe(true);
	}
});
