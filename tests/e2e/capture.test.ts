import { expect, test, type Page } from '@playwright/test';
import { axeRun, WCAG } from './axe.ts';
import { fromHex } from '../helpers.ts';
import { conversation, pcap, records, REQUEST, RESPONSE } from '../unit/capture/build.ts';

// Issue 13: a capture file dropped or opened on /decode is read (by its magic number, in a worker)
// into its connections; the selected one shows its handshake, its frames on one time axis and its
// messages, and a frame opens in the frame view by mouse and by keyboard.
const sent = [
	...conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		start: 1_700_000_000,
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'client', data: fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58'), at: 0.25 },
			{ from: 'server', data: fromHex('81 05 48 65 6c 6c 6f'), at: 0.5 },
			{ from: 'client', data: fromHex('89 80 00 00 00 01'), at: 0.6 },
			{ from: 'server', data: fromHex('8a 00'), at: 0.7 },
			{ from: 'client', data: fromHex('88 82 11 22 33 44 12 ca'), at: 0.9 },
			{ from: 'server', data: fromHex('88 02 03 e8'), at: 1 }
		]
	}),
	...conversation({
		client: ['10.0.0.1', 50001],
		server: ['10.0.0.2', 80],
		start: 1_700_000_002,
		sends: [{ from: 'client', data: 'GET /poll HTTP/1.1\r\nHost: x\r\n\r\n', at: 0.01 }]
	})
];
// A name that does not say "pcap": the page tells the format by the magic number.
const file = {
	name: 'traffic.bin',
	mimeType: 'application/octet-stream',
	buffer: Buffer.from(pcap(records(sent)))
};

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const capture = (page: Page) => page.locator('section.capture');

test('an opened capture file lists its connections and opens frames from the timeline', async ({
	page
}) => {
	await open(page, '/decode');
	await page.locator('input[type="file"]').first().setInputFiles(file);
	await expect(capture(page).locator('.status')).toHaveText('pcap: 19 packets, 2 TCP connections');
	const select = capture(page).getByRole('button', { name: 'Show connection 1' });
	await expect(select).toHaveAttribute('aria-pressed', 'true');
	await expect(capture(page).getByRole('link', { name: /handshake checker/ })).toHaveAttribute(
		'href',
		/\/handshake#.+/
	);
	const marks = capture(page).locator('.timeline .mark');
	await expect(marks).toHaveCount(6);
	// The first frame is open; a click opens the server's first frame.
	await expect(capture(page).locator('#capture-frame-title')).toHaveText('Frame 1 from the client');
	await capture(page)
		.getByRole('button', { name: /^server frame 1,/ })
		.click();
	await expect(capture(page).locator('#capture-frame-title')).toHaveText('Frame 1 from the server');
	// The mark's message is selected in the table (the second row, after the header).
	const selectedRow = capture(page).locator('[role="row"][aria-selected="true"]');
	await expect(selectedRow).toHaveAttribute('aria-rowindex', '3');
	// The keyboard moves through the marks in time order: the client's ping comes next.
	await page.keyboard.press('ArrowRight');
	await expect(capture(page).locator('#capture-frame-title')).toHaveText('Frame 2 from the client');
	await expect(selectedRow).toHaveAttribute('aria-rowindex', '4');
	// And back: a row picked in the table highlights its frame's mark.
	await capture(page).locator('[role="grid"] .body [role="row"]').nth(5).click();
	await expect(capture(page).locator('.timeline .mark.chosen')).toHaveAttribute(
		'aria-label',
		/^server frame 3,/
	);
	await capture(page)
		.getByRole('button', { name: /^client frame 2,/ })
		.focus();
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^client frame 2,/);
	await page.keyboard.press('End');
	await expect(capture(page).locator('#capture-frame-title')).toHaveText('Frame 3 from the server');
	// The message list opens frames too; the other connection is plain HTTP.
	await expect(capture(page).locator('[role="grid"] .body [role="row"]')).toHaveCount(6);
	await capture(page).getByRole('button', { name: 'Show connection 2' }).click();
	await expect(capture(page).locator('h3').first()).toHaveText('Connection 2: HTTP');
	const violations = await axeRun(page, {
		include: 'section.capture',
		tags: WCAG
	});
	expect(violations.map((v) => v.id)).toEqual([]);
});

test('a capture dropped on /ko/decode is shown in Korean, and axe finds nothing in dark', async ({
	page
}) => {
	await open(page, '/ko/decode?theme=dark');
	const bytes = [...file.buffer];
	await page.evaluate((content) => {
		const data = new DataTransfer();
		data.items.add(new File([new Uint8Array(content)], 'lo.pcap'));
		const box = document.querySelector('#capture-client')!;
		box.dispatchEvent(
			new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true })
		);
	}, bytes);
	await expect(capture(page).locator('h2')).toHaveText('캡처 파일 lo.pcap');
	await expect(capture(page).locator('.status')).toHaveText('pcap: 패킷 19개, TCP 연결 2개');
	await expect(capture(page).locator('.timeline .mark')).toHaveCount(6);
	await capture(page).locator('.lane[data-role="server"] .mark').first().focus();
	await page.keyboard.press('Enter');
	await expect(capture(page).locator('#capture-frame-title')).toHaveText(/^서버.*의 프레임 1$/);
	const violations = await axeRun(page, {
		include: 'section.capture',
		tags: WCAG
	});
	expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
