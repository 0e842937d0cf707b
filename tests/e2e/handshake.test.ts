import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	acceptFor,
	buildHandshake,
	checkHandshake,
	computeAccept,
	handshakePresets,
	RFC_EXAMPLE_KEY
} from '$lib/protocol/index.ts';
import { DEFAULT_BUILD_FORM, buildOptionsOf } from '../../src/routes/handshake/build-form.ts';

declare global {
	interface Window {
		__cspViolations?: string[];
		__probed?: number;
	}
}

/** Console errors, uncaught exceptions, CSP violations and requests to other origins. */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== 'localhost') problems.push(`request to another origin: ${url.href}`);
	});
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`)
		);
	});
	return async () => [...problems, ...(await page.evaluate(() => window.__cspViolations ?? []))];
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

/** A state hash as url-state.ts writes it: base64url of deflate-raw JSON. */
const readHash = (hash: string): unknown =>
	JSON.parse(
		inflateRawSync(
			Buffer.from(hash.replace(/^#/, '').replace(/-/g, '+').replace(/_/g, '/'), 'base64')
		).toString('utf8')
	);
const writeHash = (value: unknown): string =>
	deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');

/** Opens /handshake and waits until it runs and has read its link. */
async function open(page: Page, path = '/handshake'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('.intro')).toHaveAttribute('data-ready', 'true');
}

const request = (page: Page) => page.getByRole('textbox', { name: /^Request/ });
const response = (page: Page) => page.getByRole('textbox', { name: /^Response/ });
const keyField = (page: Page) => page.getByRole('textbox', { name: /^Sec-WebSocket-Key/ });
const verdict = (page: Page) => page.locator('section.verdict');
const value = (page: Page, id: string) => page.locator(`[data-value="${id}"]`);

async function stepTo(page: Page, step: number): Promise<void> {
	const steps = page.locator('.accept-steps');
	const next = page.getByRole('button', { name: 'Step ▶' });
	const back = page.getByRole('button', { name: '◀ Back' });
	for (let i = 0; i < 8; i++) {
		const at = Number(await steps.getAttribute('data-step'));
		if (at === step) return;
		await (at < step ? next : back).click();
	}
	await expect(steps).toHaveAttribute('data-step', String(step));
}

test('editing the key recomputes the accept value, as the engine computes it', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	await stepTo(page, 3);
	await expect(value(page, 'base64')).toHaveText(computeAccept(RFC_EXAMPLE_KEY).base64);
	await expect(value(page, 'base64')).toHaveText('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');

	// In the key field: the request follows, and so does every step.
	const key = 'x3JJHMbDL1EzLkh9GBhXDw==';
	await keyField(page).fill(key);
	await expect(request(page)).toHaveValue(
		new RegExp(`Sec-WebSocket-Key: ${key.replace(/\+/g, '\\+')}\n`)
	);
	await expect(value(page, 'base64')).toHaveText(acceptFor(key));
	await expect(value(page, 'sha1')).toHaveText(computeAccept(key).sha1Hex);
	await stepTo(page, 4);
	await expect(page.locator('[data-value="compare"]')).toHaveAttribute('data-matches', 'false');
	await expect(verdict(page)).toHaveAttribute('data-code', 'handshake_accept_mismatch');

	// In the request itself: the key field and the steps follow.
	const typed = 'AAECAwQFBgcICQoLDA0ODw==';
	const text = await request(page).inputValue();
	await request(page).fill(text.replace(key, typed));
	await expect(keyField(page)).toHaveValue(typed);
	await expect(value(page, 'base64')).toHaveText(acceptFor(typed));
	await page.getByRole('button', { name: /in the response/ }).click();
	await expect(response(page)).toHaveValue(new RegExp(acceptFor(typed).replace(/\+/g, '\\+')));
	await expect(verdict(page)).toHaveAttribute('data-state', 'opens');
	expect(await problems()).toEqual([]);
});

test('each preset gets the engine’s verdict', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	for (const preset of handshakePresets()) {
		const r = checkHandshake(preset.request, preset.response || undefined);
		await page.locator(`[data-preset="${preset.id}"]`).click();
		await expect(page.locator(`[data-preset="${preset.id}"]`)).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		const v = verdict(page);
		await expect(v).toHaveAttribute('data-status', String(r.verdict.status ?? 'none'));
		await expect(v).toHaveAttribute(
			'data-client-accepts',
			String(r.verdict.clientAccepts ?? 'none')
		);
		const code = r.verdict.clientError?.code ?? r.verdict.serverError?.code ?? 'none';
		await expect(v).toHaveAttribute('data-code', code);
		await expect(v).toHaveAttribute('data-state', r.verdict.ok ? 'opens' : /fails|refused/);
	}
	// The broken ones, by what a strict peer does.
	const expected: Record<string, [string, string, string]> = {
		missing_upgrade: ['400', 'none', 'handshake_upgrade_missing'],
		version_8: ['426', 'none', 'handshake_version_unsupported'],
		key_15_bytes: ['400', 'none', 'handshake_key_invalid'],
		wrong_accept: ['101', 'false', 'handshake_accept_mismatch'],
		subprotocol_not_offered: ['101', 'false', 'handshake_subprotocol_not_offered']
	};
	for (const [id, [status, accepts, code]] of Object.entries(expected)) {
		await page.locator(`[data-preset="${id}"]`).click();
		await expect(verdict(page)).toHaveAttribute('data-status', status);
		await expect(verdict(page)).toHaveAttribute('data-client-accepts', accepts);
		await expect(verdict(page)).toHaveAttribute('data-code', code);
	}
	expect(await problems()).toEqual([]);
});

test('a link reopens the same view', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	await page.locator('[data-preset="wrong_accept"]').click();
	await stepTo(page, 2);
	await response(page).fill((await response(page).inputValue()).replace('websocket', 'WebSocket'));
	await page.getByRole('tab', { name: 'Build one from a URL' }).click();
	await page.getByRole('textbox', { name: /^URL/ }).fill('ws://localhost:9000/feed?x=1');
	await expect
		.poll(() => {
			const hash = new URL(page.url()).hash;
			return hash ? (readHash(hash) as { p: string; b: string[] }).b[0] : '';
		})
		.toBe('ws://localhost:9000/feed?x=1');
	const url = page.url();
	const state = readHash(new URL(url).hash) as { q: string; r: string; s: number; p: string };
	expect(state).toMatchObject({ s: 2, p: 'build' });
	expect(state.r).toContain('Upgrade: WebSocket\r\n');

	await page.goto('about:blank');
	await open(page, url.slice(url.indexOf('/handshake')));
	await expect(page.getByRole('tab', { name: 'Build one from a URL' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('textbox', { name: /^URL/ })).toHaveValue(
		'ws://localhost:9000/feed?x=1'
	);
	await page.getByRole('tab', { name: 'Check a handshake' }).click();
	await expect(response(page)).toHaveValue(/Upgrade: WebSocket\n/);
	await expect(page.locator('.accept-steps')).toHaveAttribute('data-step', '2');
	await expect(verdict(page)).toHaveAttribute('data-code', 'handshake_accept_mismatch');
	expect(await problems()).toEqual([]);
});

test('a malformed link says so and shows the default view', async ({ page }) => {
	const problems = await watchProblems(page);
	const rfc = handshakePresets()[0]!;
	for (const hash of [
		'not-a-wsviz-link!',
		writeHash({ v: 1, q: 5 }),
		writeHash({ v: 1, q: '', r: '', s: 99, p: 'check', b: ['', '', '', '', ''] }),
		writeHash([1, 2, 3])
	]) {
		await page.goto('about:blank');
		await open(page, `/handshake#${hash}`);
		await expect(page.getByRole('alert')).toContainText('This link could not be opened');
		await expect(request(page)).toHaveValue(rfc.request.replace(/\r\n/g, '\n'));
		await expect(verdict(page)).toHaveAttribute('data-state', 'opens');
	}
	expect(await problems()).toEqual([]);
});

test('pasted markup is only ever text', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	const probe = '<img src=x onerror="window.__probed=1">';
	const text = await request(page).inputValue();
	await request(page).fill(
		text.replace('Origin: http://example.com', `Origin: ${probe}\nX-${probe}: 1`)
	);
	await expect(page.locator('[data-line="request_header_origin"]')).toBeVisible();
	await page.locator('[data-line="request_header_origin"] button').focus();
	await expect(page.locator('[data-line="request_header_origin"] .details')).toBeVisible();
	await keyField(page).fill(probe);
	await expect(page.locator('.key-error')).toBeVisible();
	await page.getByRole('tab', { name: 'Build one from a URL' }).click();
	await page.getByRole('textbox', { name: /^Origin/ }).fill(probe);
	await expect(page.locator('pre[aria-label="curl command"]')).toContainText(probe);
	await expect(page.locator('main img')).toHaveCount(0);
	expect(await page.evaluate(() => window.__probed)).toBeUndefined();
	expect(await problems()).toEqual([]);
});

test('the build part gives the engine’s handshake; its default snippets come highlighted', async ({
	page
}) => {
	const problems = await watchProblems(page);
	await open(page);
	await page.getByRole('tab', { name: 'Build one from a URL' }).click();
	const built = buildHandshake(buildOptionsOf(DEFAULT_BUILD_FORM));
	if (!built.ok) throw new Error('the default form does not build');
	const curl = page.locator('pre[aria-label="curl command"]');
	await expect(curl).toHaveText(built.curl.replace(/\n$/, ''));
	await expect(curl).toHaveAttribute('data-highlighted', 'true');
	await expect(
		page.locator('pre[aria-label="nginx configuration"] .tok-keyword').first()
	).toBeVisible();
	await expect(page.locator('pre[aria-label="JavaScript"]')).toContainText(
		"new WebSocket('wss://server.example.com/chat', ['chat', 'superchat'])"
	);
	// Once edited, the code is the engine's new text, shown plain.
	await page.getByRole('textbox', { name: /^Subprotocols/ }).fill('mqtt');
	await expect(curl).toHaveAttribute('data-highlighted', 'false');
	await expect(curl).toContainText("-H 'Sec-WebSocket-Protocol: mqtt'");
	// A bad URL is the engine's problem to name.
	await page.getByRole('textbox', { name: /^URL/ }).fill('http://example.com/');
	await expect(page.locator('#build-url-problem')).toContainText('ws:// or wss://');
	await page.getByRole('textbox', { name: /^URL/ }).fill('ws://example.com/live');
	await page.getByRole('button', { name: 'Check this handshake ▶' }).click();
	await expect(page.getByRole('tab', { name: 'Check a handshake' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(request(page)).toHaveValue(/^GET \/live HTTP\/1\.1\nHost: example\.com\n/);
	await expect(verdict(page)).toHaveAttribute('data-state', 'opens');
	expect(await problems()).toEqual([]);
});

test('the page works with the keyboard alone', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	// A preset, by Tab and Enter.
	const preset = page.locator('[data-preset="version_8"]');
	await tabTo(page, preset);
	await page.keyboard.press('Enter');
	await expect(verdict(page)).toHaveAttribute('data-status', '426');

	// Into the request's lines: one Tab stop, the arrows move, focus opens a line, with a visible ring.
	const first = page.locator('[data-side="request"] .header-list button').first();
	await tabTo(page, first);
	const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
	const version = page.locator('[data-line="request_header_sec_websocket_version"]');
	await expect(version.locator('button')).toBeFocused();
	await expect(version.locator('.details')).toContainText('Sec-WebSocket-Version is "8"');
	// The link inside the open line is reachable too.
	await page.keyboard.press('Tab');
	await expect(version.locator('.details a').first()).toBeFocused();

	// The accept steps: Tab to Step, Enter steps, and the live region says so.
	const next = page.getByRole('button', { name: 'Step ▶' });
	await tabTo(page, next);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(page.locator('[aria-live="polite"][data-role="announce"]')).toContainText(
		'Step 3 of 5'
	);

	// The parts are tabs: arrows switch them.
	const check = page.getByRole('tab', { name: 'Check a handshake' });
	await tabTo(page, check);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('tab', { name: 'Build one from a URL' })).toBeFocused();
	await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'panel-build');
	const url = page.getByRole('textbox', { name: /^URL/ });
	await tabTo(page, url);
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('ws://example.org/k');
	await expect(page.locator('pre[aria-label="request"]')).toContainText('Host: example.org');
	expect(await problems()).toEqual([]);
});
