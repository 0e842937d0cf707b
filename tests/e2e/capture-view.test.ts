import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeRun, WCAG } from './axe.ts';
import { conversation, pcap, records, REQUEST, RESPONSE } from '../unit/capture/build.ts';
import { fromHex } from '../helpers.ts';

// Issue 13: a real capture (Wireshark's dumpcap on the loopback while `ws` peers talked with
// permessage-deflate; scripts/make-capture-fixture.ts) dropped on /decode: its connection, the
// handshake verdict, the timeline, every message inflated, the filter, the JSON export (the CLI's),
// and a share link that reopens the selection. A generated capture of 3000 messages shows that the
// message table keeps only the rows on screen in the page.
const FIXTURE = 'tests/vectors/capture/ws-deflate.pcapng';
const real = readFileSync(FIXTURE);

/** 3000 server text messages after a handshake: over 64 KiB, so the link cannot carry it. */
function longCapture(): Buffer {
	const frames = Array.from({ length: 3000 }, (_, i) => {
		const text = `message ${i} ${'·'.repeat(10)}`;
		const payload = new TextEncoder().encode(text);
		return {
			from: 'server' as const,
			data: new Uint8Array([0x81, payload.length, ...payload]),
			at: 0.1 + i / 1000
		};
	});
	const sent = conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			...frames,
			{ from: 'client', data: fromHex('88 82 11 22 33 44 12 ca'), at: 3.2 }
		]
	});
	return Buffer.from(pcap(records(sent)));
}

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Drops a file on the client box as a person would (a DragEvent carrying the file). */
async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
	await page.evaluate(
		([name, content]) => {
			const data = new DataTransfer();
			data.items.add(new File([new Uint8Array(content as number[])], name as string));
			document
				.querySelector('#capture-client')!
				.dispatchEvent(
					new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
				);
		},
		[name, [...bytes]]
	);
}

const view = (page: Page) => page.locator('section.capture');
const grid = (page: Page) => view(page).getByRole('grid');
const rows = (page: Page) => grid(page).locator('.body [role="row"]');

/** Whether the selected row lies inside the table's scrolled viewport (below its sticky header). */
async function selectedRowShown(page: Page): Promise<boolean> {
	return grid(page).evaluate((viewport) => {
		const row = viewport.querySelector('[aria-selected="true"]');
		const head = viewport.querySelector('.head');
		if (!row || !head) return false;
		const box = row.getBoundingClientRect();
		const view = viewport.getBoundingClientRect();
		return box.top >= head.getBoundingClientRect().bottom - 1 && box.bottom <= view.bottom + 1;
	});
}

test('a real Wireshark capture: connection, verdict, timeline, inflated messages, filter, export, link', async ({
	page
}) => {
	await open(page, '/decode');
	await drop(page, 'ws-deflate.pcapng', real);
	await expect(view(page).locator('.status')).toHaveText(
		/^pcapng: \d+ packets, 1 TCP connections$/
	);
	await expect(
		view(page)
			.getByRole('row', { name: /WebSocket/ })
			.getByText('accepted')
	).toBeVisible();
	await expect(view(page).getByText('Negotiated extensions: permessage-deflate')).toBeVisible();
	// 41 messages each way and a ping, echoed; the close handshake: 86 frames, all on the timeline.
	await expect(view(page).locator('.timeline .mark')).toHaveCount(86);
	await expect(rows(page).first()).toContainText('inflated');
	await expect(rows(page).first()).toContainText('{"type":"alert","seq":0,"price":100}');

	// The filter: the server's alerts (seq 0, 5, ... 35).
	await view(page).getByLabel('Sender').selectOption('server');
	await view(page).getByLabel('Search the text').fill('"alert"');
	await expect(view(page).getByText('8 of 86 shown')).toBeVisible();
	await expect(rows(page)).toHaveCount(8);
	await view(page).getByLabel('Search the text').fill('seq":(3|4)\\d');
	await expect(view(page).getByText('10 of 86 shown')).toBeVisible();
	await view(page).getByLabel('Search the text').fill('');
	await view(page).getByLabel('Sender').selectOption('both');

	// Keyboard: into the grid, down two rows; the message shows whole, inflated, with its payload.
	await grid(page).focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const title = view(page).locator('#capture-message-title');
	await expect(title).toHaveText(/^client message 3: text, \d+ bytes$/);
	await expect(view(page).locator('.message pre')).toHaveText(
		'{"type":"tick","seq":2,"price":100.5}'
	);
	await expect(view(page).getByText(/^Sent compressed \(permessage-deflate\)/)).toBeVisible();
	await expect(view(page).getByRole('region', { name: 'Inside the message' })).toBeVisible();
	await expect(grid(page).locator('[aria-selected="true"]')).toHaveCount(1);

	// Export: the same JSON as `wsviz capture --json --connection 1`.
	const download = page.waitForEvent('download');
	await view(page).getByRole('button', { name: 'Export this connection as JSON' }).click();
	const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
	const cli = spawnSync(
		'node',
		['src/cli/bin.js', 'capture', '--json', '--connection', '1', FIXTURE],
		{
			encoding: 'utf8',
			maxBuffer: 64 << 20
		}
	);
	expect(cli.status).toBe(0);
	expect(exported).toEqual(JSON.parse(cli.stdout));

	// The link carries this small file and the selection: a new page reopens both.
	await expect(view(page).getByText(/carries this capture file/)).toBeVisible();
	await expect.poll(() => page.url()).toContain('#');
	await page.waitForTimeout(500); // the hash is written once edits pause
	const link = page.url();
	const other = await page.context().newPage();
	await open(other, link);
	await expect(view(other).locator('#capture-message-title')).toHaveText(/^client message 3: text/);
	await expect(grid(other).locator('[aria-selected="true"]')).toContainText('"seq":2');
});

test('3000 messages: only the rows on screen are in the page; a link asks for the file again', async ({
	page
}) => {
	await open(page, '/decode');
	await drop(page, 'long.pcap', longCapture());
	await expect(view(page).getByText('3001 of 3001 shown')).toBeVisible();
	await expect(view(page).getByText(/one for each slice of time/)).toBeVisible();
	expect(await view(page).locator('.timeline .mark').count()).toBeLessThanOrEqual(600);
	expect(await rows(page).count()).toBeLessThan(60);
	await grid(page).focus();
	await page.keyboard.press('End');
	await expect(view(page).locator('#capture-message-title')).toHaveText(/^client message 1: close/);
	await page.keyboard.press('ArrowUp');
	await expect(view(page).locator('.message pre')).toHaveText(/^message 2999 /);
	expect(await rows(page).count()).toBeLessThan(60);
	await expect(grid(page).locator('[aria-selected="true"]')).toBeInViewport();
	// A timeline mark picked by keyboard (its Tab stop, Home, Enter) selects its message and scrolls
	// the table back to its row at the top; one picked by mouse (the client's close, alone on its
	// lane) scrolls it down to the last row.
	const selected = grid(page).locator('[aria-selected="true"]');
	await view(page).locator('.timeline .mark[tabindex="0"]').focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	await expect(selected).toHaveAttribute('aria-rowindex', '2');
	await expect.poll(() => selectedRowShown(page)).toBe(true);
	await expect(view(page).locator('.timeline .mark.chosen').first()).toHaveAttribute(
		'aria-label',
		/^server frame 1,/
	);
	const before = page.url();
	await view(page).locator('.lane[data-role="client"] .mark').click();
	await expect(selected).toHaveAttribute('aria-rowindex', '3002');
	await expect.poll(() => selectedRowShown(page)).toBe(true);
	await expect(view(page).locator('#capture-message-title')).toHaveText(/^client message 1: close/);
	await expect(view(page).getByText(/must drop the file again/)).toBeVisible();

	// The hash is written once edits pause: wait until it holds the close's selection.
	await expect.poll(() => page.url()).not.toBe(before);
	await page.waitForTimeout(500);
	const link = page.url();
	const other = await page.context().newPage();
	await open(other, link);
	await expect(other.getByText(/connection 1 of the capture file long\.pcap/)).toBeVisible();
	await drop(other, 'long.pcap', longCapture());
	// The link kept the selection: the client's close, picked last from the timeline.
	await expect(view(other).locator('#capture-message-title')).toHaveText(
		/^client message 1: close/
	);
});

test('/ko: the capture view in Korean, dark, and axe finds nothing', async ({ page }) => {
	await open(page, '/ko/decode?theme=dark');
	await drop(page, 'ws-deflate.pcapng', real);
	await expect(view(page).getByText('86개 중 86개 표시')).toBeVisible();
	await grid(page).focus();
	await page.keyboard.press('Home');
	await expect(view(page).locator('#capture-message-title')).toHaveText(
		/^클라이언트\(client\) 메시지 1: text/
	);
	await expect(view(page).getByRole('button', { name: '메시지 복사' })).toBeVisible();
	await expect(view(page).getByText(/^압축되어 전송됨/)).toBeVisible();
	const violations = await axeRun(page, {
		include: 'section.capture',
		tags: WCAG
	});
	expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a stream pasted with its HTTP upgrade: the head is read as HTTP, the frames after it with the negotiated extensions', async ({
	page
}) => {
	const response =
		'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
		'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n' +
		'Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n';
	// RFC 7692 §7.2.3.1: "Hello" compressed, sent by the server; as Wireshark's hex dump copies it.
	const bytes = [
		...Buffer.from(response, 'latin1'),
		0xc1,
		0x07,
		0xf2,
		0x48,
		0xcd,
		0xc9,
		0xc9,
		0x07,
		0x00
	];
	const dump = Array.from({ length: Math.ceil(bytes.length / 16) }, (_, row) => {
		const part = bytes.slice(row * 16, row * 16 + 16);
		const hex = part.map((b) => b.toString(16).padStart(2, '0')).join(' ');
		const ascii = part.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
		return `${(row * 16).toString(16).padStart(4, '0')}   ${hex.padEnd(47)}   ${ascii}`;
	}).join('\n');
	await open(page, '/decode');
	await page.locator('#capture-client').fill('');
	await page.locator('#capture-server').fill(dump);
	const server = page.locator('section.direction[data-role="server"]');
	await expect(server.locator('.stream-head')).toContainText('starts with an HTTP response');
	await expect(page.getByLabel('Negotiated extensions', { exact: false })).toHaveValue(
		'permessage-deflate'
	);
	await expect(server.getByText('Hello', { exact: true }).first()).toBeVisible();
	// The head opens whole in /handshake, where the same dump pasted is read as HTTP too.
	await server.getByRole('link', { name: 'Check this handshake in the handshake checker' }).click();
	// A link loads its page whole: what is typed before the page is live would be lost.
	await expect(page).toHaveURL(/\/handshake/);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.locator('#editor-response')).toHaveValue(/^HTTP\/1\.1 101 Switching Protocols/);
	await page.locator('#editor-response').fill(dump);
	await expect(page.locator('.dumped')).toContainText(`hex dump of ${bytes.length} bytes`);
	await expect(page.locator('#editor-response')).toHaveValue(/^HTTP\/1\.1 101 Switching Protocols/);
});

test('RSV1 frames pasted without their handshake: the page says it looks like permessage-deflate and applies it', async ({
	page
}) => {
	await open(page, '/decode');
	await page.locator('#capture-client').fill('');
	// RFC 7692 §7.2.3.1: "Hello" compressed, from the server.
	await page.locator('#capture-server').fill('c1 07 f2 48 cd c9 c9 07 00');
	const server = page.locator('section.direction[data-role="server"]');
	const hint = server.locator('.deflate-hint');
	await expect(hint).toHaveAttribute('data-code', 'rsv1_looks_like_deflate');
	await hint.getByRole('button', { name: 'Apply permessage-deflate' }).click();
	await expect(page.getByLabel('Negotiated extensions', { exact: false })).toHaveValue(
		'permessage-deflate'
	);
	await expect(hint).toHaveCount(0);
	await expect(server.getByText('Hello', { exact: true }).first()).toBeVisible();
});
