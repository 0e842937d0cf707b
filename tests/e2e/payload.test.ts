import { expect, test, type Page } from '@playwright/test';

/** Console errors and uncaught exceptions, so each test can assert there were none. */
function watchProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	return problems;
}

const server = (page: Page) => page.locator('section.direction[data-role="server"]');

for (const [path, examples, fields, mqttField] of [
	['/decode', 'Examples', 'Fields', 'the topic "sensors/1"'],
	['/ko/decode', '예제', '필드', '토픽 "sensors/1"']
] as const) {
	test(`${path}: the Socket.IO and MQTT examples show what the messages carry`, async ({
		page
	}) => {
		const problems = watchProblems(page);
		// The decoders are not in the first load: no payload worker until there are messages.
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor();
		const menu = page.getByRole('combobox', { name: examples });
		await menu.selectOption('socket-io');
		const payloads = server(page).locator('section.payload');
		await expect(payloads.filter({ hasText: 'Socket.IO EVENT "chat" ["안녕"]' })).toHaveCount(1);
		await expect(payloads.first()).toContainText('Engine.IO OPEN');
		await expect(payloads.filter({ hasText: 'Socket.IO ACK' })).toHaveCount(1);
		expect(workers.some((u) => u.includes('payload.worker'))).toBe(true);

		await menu.selectOption('mqtt');
		const publish = payloads.filter({ hasText: 'MQTT PUBLISH sensors/1 QoS 1' });
		await expect(publish).toHaveCount(1);
		await publish.getByText(fields).click();
		const topic = publish.getByRole('button', { name: mqttField });
		await topic.click();
		await expect(topic).toHaveAttribute('aria-pressed', 'true');
		// bytes 2..12 (the length and "sensors/1") are marked in the strip
		await expect(publish.locator('.strip button.on')).toHaveCount(11);
		// and a byte selects the innermost field over it: the packet identifier at bytes 13-14
		await publish.locator('.strip button').nth(13).click();
		await expect(publish.getByRole('button', { pressed: true })).toHaveAttribute(
			'data-field',
			'mqtt_packet_id'
		);
		expect(problems).toEqual([]);
	});
}
