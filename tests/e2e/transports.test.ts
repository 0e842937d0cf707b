import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import {
	checkHandshake,
	clockStops,
	DEFAULT_SCENARIO,
	nextStop,
	presetScenario,
	previousStop,
	progressOf,
	simulate,
	simulateAll,
	TRANSPORT_NAMES,
	type Scenario,
	type SimulationResult
} from '$lib/protocol/index.ts';
import { SLIDERS } from '../../src/routes/transports/controls.ts';
import { watchProblems } from './problems.ts';

const writeHash = (value: unknown): string =>
	deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');

/** Opens /transports and waits until it has read its link and shows the engine's results. A plain
 * visit shows the controls, the lanes and the counters as the build rendered them (StaticFirst);
 * `live`: the link holds another view, which they must be live to show. */
async function open(page: Page, path = '/transports', { live = false } = {}): Promise<void> {
	await page.goto(path);
	await ready(page, { live });
}

/** Waits for the engine's results of the scenario set, and (`live`, after a change) for the views
 * that follow it to be live: until then they show the build's runs. */
async function ready(page: Page, { live = true } = {}): Promise<void> {
	await expect(page.locator('.intro')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('.intro')).toHaveAttribute('data-state', 'ready');
	// The summary chart's runs too, so that leaving the page never cuts its worker's download.
	await expect(page.locator('section.sweep')).not.toHaveAttribute('data-points', '0', {
		timeout: 20_000
	});
	if (!live) return;
	for (const view of ['.scenario', '.stage', '.counters'])
		await expect(page.locator(`.static-first[data-live] > ${view}`).first()).toBeAttached();
}

const clock = (page: Page) => page.locator('output.time');
const timeOf = async (page: Page) => Number(await clock(page).getAttribute('data-time'));

/** A cell's raw value: `table` is 'now' or 'totals'. */
async function cell(page: Page, table: string, transport: string, metric: string) {
	const value = await page
		.locator(`table.${table} tr[data-transport="${transport}"] td[data-metric="${metric}"]`)
		.getAttribute('data-value');
	return value === '' ? null : Number(value);
}

async function expectTotals(page: Page, results: SimulationResult[]): Promise<void> {
	for (const r of results) {
		const m = r.metrics;
		const expected: Record<string, number | null> = {
			messagesDelivered: m.messagesDelivered,
			latencyMean: m.latencyMs.mean,
			latencyP95: m.latencyMs.p95,
			requests: m.requests,
			connections: m.connections,
			emptyResponses: m.emptyResponses,
			headerBytes: m.headerBytes,
			framingBytes: m.framingBytes,
			payloadBytes: m.payloadBytes,
			totalBytes: m.totalBytes
		};
		for (const [metric, value] of Object.entries(expected)) {
			const shown = await cell(page, 'totals', r.transport, metric);
			expect(shown, `${r.transport} ${metric}`).toBeCloseTo(value!, 6);
		}
	}
}

async function expectNow(page: Page, results: SimulationResult[], t: number): Promise<void> {
	for (const r of results) {
		const p = progressOf(r).at(t);
		for (const metric of ['delivered', 'requests', 'connections', 'bytes', 'inFlight'] as const) {
			expect(await cell(page, 'now', r.transport, metric), `${r.transport} ${metric} at ${t}`).toBe(
				p[metric]
			);
		}
	}
}

/** The timeline's elements with their attributes in order and their text: the drawing itself,
 * whatever order the attributes were set in or which comments the framework left. */
function drawing(page: Page): Promise<string> {
	return page.locator('svg[data-domain]').evaluate((svg) => {
		const walk = (el: Element): string => {
			const attrs = [...el.attributes]
				.filter((a) => a.name !== 'class' || !a.value.startsWith('svelte-'))
				.map((a) => `${a.name}="${a.value.replace(/ ?svelte-\w+/, '')}"`)
				.sort()
				.join(' ');
			const text = el.children.length === 0 ? (el.textContent ?? '') : '';
			return `<${el.tagName} ${attrs}>${text}${[...el.children].map(walk).join('')}</>`;
		};
		return walk(svg);
	});
}

test('the page shows the engine’s metrics for the default scenario', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	await expectTotals(page, simulateAll(DEFAULT_SCENARIO));
	await expect(page.locator('svg .lane')).toHaveCount(TRANSPORT_NAMES.length);
	expect(await problems()).toEqual([]);
});

test('play, pause, step and scrub move one clock, and the counters follow it', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	const results = simulateAll(DEFAULT_SCENARIO);
	const stops = clockStops(results);
	const end = Math.max(...results.map((r) => r.endsAt));

	// Step from 0 goes to the first moment anything is sent or arrives, Back returns.
	await page.getByRole('button', { name: 'Step ▶' }).click();
	const first = nextStop(stops, 0);
	await expect(clock(page)).toHaveAttribute('data-time', String(first));
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(clock(page)).toHaveAttribute('data-time', String(nextStop(stops, first)));
	await page.getByRole('button', { name: '◀ Back' }).click();
	await expect(clock(page)).toHaveAttribute('data-time', String(first));

	// Play runs the clock; Pause stops it where it is.
	await page.getByRole('button', { name: '▶ Play' }).click();
	await expect.poll(() => timeOf(page)).toBeGreaterThan(first + 200);
	await page.getByRole('button', { name: /Pause/ }).click();
	const paused = await timeOf(page);
	await page.waitForTimeout(300);
	expect(await timeOf(page)).toBe(paused);
	await expectNow(page, results, paused);

	// The scrubber sets the time; every lane's counters are the engine's at that moment.
	const scrub = page.getByRole('slider', { name: 'Time', exact: true });
	await scrub.fill(String(Math.round(end / 2)));
	const scrubbed = await timeOf(page);
	expect(Math.abs(scrubbed - end / 2)).toBeLessThanOrEqual(Math.max(1, Math.round(end / 500)));
	await expectNow(page, results, scrubbed);
	// The cursor is drawn at that time on the shared axis.
	const cursor = Number(await page.locator('.lanes .cursor').getAttribute('data-x'));
	const [d0, d1] = (await page.locator('svg[data-domain]').getAttribute('data-domain'))!
		.split(' ')
		.map(Number);
	const left = Number(await page.locator('.lane line.host').first().getAttribute('x1'));
	const right = Number(await page.locator('.lane line.host').first().getAttribute('x2'));
	expect(cursor).toBeCloseTo(left + ((scrubbed - d0!) / (d1! - d0!)) * (right - left), 3);

	await page.getByRole('button', { name: 'End ⇥' }).click();
	await expect(clock(page)).toHaveAttribute('data-time', String(end));
	await expectNow(page, results, end);
	await page.getByRole('button', { name: '⇤ Start' }).click();
	await expect(clock(page)).toHaveAttribute('data-time', '0');
	expect(previousStop(stops, first)).toBe(0);
	expect(await problems()).toEqual([]);
});

test('moving a scenario slider gives the counters the engine computes', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	const builtSweep = await page.locator('section.sweep').getAttribute('data-points');
	const spec = SLIDERS.find((s) => s.id === 'pollIntervalMs')!;
	const index = spec.stops.indexOf(5000);
	await page.locator('[data-field="pollIntervalMs"] input').fill(String(index));
	await ready(page);
	const scenario: Scenario = { ...DEFAULT_SCENARIO, pollIntervalMs: 5000 };
	await expectTotals(page, [simulate(scenario, 'polling'), simulate(scenario, 'websocket')]);
	expect(await cell(page, 'totals', 'polling', 'requests')).not.toBe(
		simulate(DEFAULT_SCENARIO, 'polling').metrics.requests
	);

	const rate = SLIDERS.find((s) => s.id === 'serverEvents')!;
	await page.locator('[data-field="serverEvents"] input').fill(String(rate.stops.indexOf(5)));
	await ready(page);
	await expectTotals(
		page,
		simulateAll({ ...scenario, serverEvents: { kind: 'poisson', perSecond: 5 } })
	);

	await page.locator('[data-field="tls"] input').check();
	await ready(page);
	await expectTotals(
		page,
		simulateAll({ ...scenario, serverEvents: { kind: 'poisson', perSecond: 5 }, tls: true })
	);

	await page.locator('[data-preset="classroom"]').click();
	await ready(page);
	await expect(page.locator('[data-preset="classroom"]')).toHaveAttribute('aria-pressed', 'true');
	await expectTotals(page, simulateAll(presetScenario('classroom')));

	// Back to the scenario the page was built with: its summary chart is drawn again (the build's
	// markup of it is not in the client), from the engine's sweep.
	await page.locator('[data-preset="chat"]').click();
	await ready(page);
	await expect(page.locator('section.sweep')).toHaveAttribute('data-points', builtSweep!);
	await expect(page.locator('section.sweep svg').first()).toBeVisible();
	expect(await problems()).toEqual([]);
});

test('activating an arrow shows the bytes it stands for', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page, '/transports');
	await page.locator('[data-preset="classroom"]').click();
	await ready(page);
	const results = simulateAll(presetScenario('classroom'));
	const ws = results.find((r) => r.transport === 'websocket')!;

	// A click on the Upgrade request's arrow: its text as sent, CRLFs shown.
	const upgrade = ws.timeline.find((i) => i.kind === 'http-request')!;
	const line = page.locator(`#wire-websocket-${upgrade.id}`);
	const [x1, y1, x2, y2] = await Promise.all(
		['x1', 'y1', 'x2', 'y2'].map(async (a) => Number(await line.getAttribute(a)))
	);
	await page.locator('.lane[data-transport="websocket"]').scrollIntoViewIfNeeded();
	const box = (await page.locator('svg[data-domain]').boundingBox())!;
	await page.mouse.click(box.x + (x1! + x2!) / 2, box.y + (y1! + y2!) / 2);
	const detail = page.locator('section.detail');
	await expect(detail).toHaveAttribute('data-item', String(upgrade.id));
	await expect(detail.locator('pre.text')).toHaveText(upgrade.text!.replace(/\r\n/g, '\\r\\n\n'));
	await expect(detail.locator('[data-kind="headers"]')).toHaveAttribute(
		'data-value',
		String(upgrade.bytes.headers)
	);

	// A server frame: its bytes in hex, and a link that opens them in the decoder.
	const frame = ws.timeline.find((i) => i.kind === 'ws-frame' && i.deliversEvents?.length)!;
	const listbox = page.locator('.lane[data-transport="websocket"] [role="slider"]');
	await listbox.focus();
	await page.keyboard.press('Home');
	for (let i = 1; i < frame.id; i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(detail).toHaveAttribute('data-item', String(frame.id));
	await expect(detail.locator('pre.hex')).toHaveAttribute('data-hex', frame.hex!);
	await expect(clock(page)).toHaveAttribute('data-time', String(frame.sentAt));
	const decoder = detail.getByRole('link', { name: /decoder/ });
	await expect(decoder).toHaveAttribute(
		'href',
		new RegExp(`/decode#hex=${frame.hex}&from=server$`)
	);
	await decoder.click();
	// The decoder soon rewrites the hash as its own state (on a busy machine, before a check of the
	// URL could see it): what must hold is that it shows those bytes as the server's.
	await page.waitForURL(/\/decode#/);
	await expect
		.poll(async () => (await page.locator('#capture-server').inputValue()).replace(/\s/g, ''))
		.toBe(frame.hex);
	expect(await problems()).toEqual([]);
});

test('the WebSocket lane’s Upgrade opens in the handshake lab, which the engine finds valid', async ({
	page
}) => {
	const problems = await watchProblems(page);
	await open(page, '/transports');
	await page.locator('[data-preset="classroom"]').click();
	await ready(page);
	const ws = simulateAll(presetScenario('classroom')).find((r) => r.transport === 'websocket')!;
	const request = ws.timeline.find((i) => i.kind === 'http-request')!;
	const response = ws.timeline.find((i) => i.kind === 'http-response')!;
	const expected = checkHandshake(request.text!, response.text!);
	expect(expected.verdict.ok).toBe(true);

	const lane = page.locator('.lane[data-transport="websocket"] [role="slider"]');
	await lane.focus();
	await page.keyboard.press('Home');
	for (let i = 1; i < request.id; i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page.locator('section.detail')).toHaveAttribute('data-item', String(request.id));
	await page.getByTestId('open-handshake').click();
	await expect(page).toHaveURL(/\/handshake#/);
	const verdict = page.locator('section.verdict');
	await expect(verdict).toHaveAttribute('data-status', String(expected.verdict.status));
	await expect(verdict).toHaveAttribute('data-client-accepts', 'true');
	await expect(page.locator('.link-error')).toHaveCount(0);
	expect(await problems()).toEqual([]);
});

test('the same link gives the same view', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	await page.locator('[data-preset="stock_ticker"]').click();
	await ready(page);
	await page.locator('[data-field="latencyMs"] input').fill('6'); // 150 ms
	await ready(page);
	await page.getByRole('slider', { name: 'Time', exact: true }).fill('7000');
	await page.getByLabel('Window').selectOption({ label: '5 s' });
	const listbox = page.locator('.lane[data-transport="sse"] [role="slider"]');
	await listbox.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page.locator('section.detail')).not.toHaveAttribute('data-item', '');
	await page.locator('h1').click();
	await expect.poll(() => new URL(page.url()).hash.length).toBeGreaterThan(1);
	await page.waitForTimeout(500);
	const url = page.url();
	const picture = await drawing(page);
	const item = await page.locator('section.detail').getAttribute('data-item');
	const counters = await page.locator('table.now').innerText();
	const time = await timeOf(page);

	await page.goto('about:blank');
	await open(page, url.slice(url.indexOf('/transports')), { live: true });
	await expect(page.locator('section.detail')).toHaveAttribute('data-item', item!);
	expect(await timeOf(page)).toBe(time);
	await expect(page.locator('[data-field="latencyMs"] output')).toHaveAttribute(
		'data-value',
		'150'
	);
	await page.locator('h1').click();
	expect(await page.locator('table.now').innerText()).toBe(counters);
	// The picture is the same drawing, element for element.
	expect(await drawing(page)).toBe(picture);
	// And the same pixels, from one opening of the link to the next.
	const shot = await page.locator('.lanes').screenshot();
	await page.goto('about:blank');
	await open(page, url.slice(url.indexOf('/transports')), { live: true });
	await page.locator('h1').click();
	const again = await page.locator('.lanes').screenshot();
	expect(Buffer.compare(again, shot), 'the same pixels').toBe(0);
	expect(await problems()).toEqual([]);
});

test('a malformed link says so and shows the default view', async ({ page }) => {
	// Seven loads of the heaviest page, one after the other: slow on a busy machine.
	test.setTimeout(120_000);
	const problems = await watchProblems(page);
	const defaults = simulateAll(DEFAULT_SCENARIO);
	for (const hash of [
		'not-a-wsviz-link!',
		writeHash({ v: 1, s: { latencyMs: 'fast' }, t: 0, x: 1, z: 0 }),
		writeHash({ v: 1, s: { pollIntervalMs: 0 }, t: 0, x: 1, z: 0 }),
		writeHash({ v: 1, s: {}, t: -5, x: 1, z: 0 }),
		writeHash({ v: 1, s: { serverEvents: { kind: 'schedule', atMs: [1e9] } }, t: 0, x: 1, z: 0 }),
		writeHash({ v: 1, s: { __proto__: 1 }, t: 0, x: 7, z: 0 }),
		writeHash([1, 2, 3])
	]) {
		await page.goto('about:blank');
		await open(page, `/transports#${hash}`);
		await expect(page.getByRole('alert')).toContainText('This link could not be opened');
		// Leaving may cut the simulation worker's script short: watchProblems forgives that abort.
		await expectTotals(page, defaults.slice(0, 1));
	}
	expect(await problems()).toEqual([]);
});

test('keyboard alone: Tab to the controls, presenter keys on the clock', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page);
	const stops = clockStops(simulateAll(DEFAULT_SCENARIO));
	const end = Math.max(...simulateAll(DEFAULT_SCENARIO).map((r) => r.endsAt));

	// Presenter keys from the page itself (nothing focused that answers them).
	await page.keyboard.press('ArrowRight');
	await expect(clock(page)).toHaveAttribute('data-time', String(nextStop(stops, 0)));
	await page.keyboard.press('PageDown');
	await expect(clock(page)).toHaveAttribute(
		'data-time',
		String(nextStop(stops, nextStop(stops, 0)))
	);
	await page.keyboard.press('PageUp');
	await expect(clock(page)).toHaveAttribute('data-time', String(nextStop(stops, 0)));
	await page.keyboard.press('End');
	await expect(clock(page)).toHaveAttribute('data-time', String(end));
	await page.keyboard.press('Home');
	await expect(clock(page)).toHaveAttribute('data-time', '0');
	await page.keyboard.press(' ');
	await expect.poll(() => timeOf(page)).toBeGreaterThan(100);
	await page.keyboard.press(' ');
	const paused = await timeOf(page);
	await page.waitForTimeout(200);
	expect(await timeOf(page)).toBe(paused);

	// Tab reaches the presets, a slider, the clock's buttons and a lane; each shows its focus.
	const play = page.getByRole('button', { name: '▶ Play' });
	for (let i = 0; i < 60 && !(await play.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(play).toBeFocused();
	const outline = await play.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(play.or(page.getByRole('button', { name: /Pause/ }))).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('Enter');
	const lane = page.locator('.lane[data-transport="polling"] [role="slider"]');
	for (let i = 0; i < 20 && !(await lane.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(lane).toBeFocused();
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	await expect(page.locator('section.detail')).toHaveAttribute('data-item', '1');
	expect(await problems()).toEqual([]);
});

test('the Korean page speaks Korean, RFC terms beside', async ({ page }) => {
	const problems = await watchProblems(page);
	await open(page, '/ko/transports');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	for (const text of [
		await page.locator('h1').innerText(),
		await page.locator('.lane[data-transport="long-polling"] .lane-name').textContent(),
		await page.locator('table.totals thead').innerText()
	]) {
		expect(text).toMatch(/[\uac00-\ud7a3]/);
	}
	await expect(page.locator('.lane[data-transport="long-polling"] .lane-name')).toContainText(
		'long polling'
	);
	await expectTotals(page, simulateAll(DEFAULT_SCENARIO).slice(0, 2));
	expect(await problems()).toEqual([]);
});

test('the timeline downloads as a standalone SVG in the theme’s colours, and as a PNG', async ({
	page
}) => {
	const problems = await watchProblems(page);
	await open(page, '/transports?theme=dark');
	const [svgFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the timeline (SVG)' }).click()
	]);
	expect(svgFile.suggestedFilename()).toBe('wsviz-transports.svg');
	const text = (await import('node:fs')).readFileSync((await svgFile.path())!, 'utf8');
	expect(text).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(text).not.toContain('var(--');
	expect(text.match(/<line /g)!.length).toBeGreaterThan(
		simulate(DEFAULT_SCENARIO, 'websocket').timeline.length
	);
	const [pngFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the timeline (PNG)' }).click()
	]);
	expect(pngFile.suggestedFilename()).toBe('wsviz-transports.png');
	const png = (await import('node:fs')).readFileSync((await pngFile.path())!);
	expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
	expect(await problems()).toEqual([]);
});
