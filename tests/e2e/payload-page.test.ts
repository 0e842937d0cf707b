// /decode reads what messages carry: conversations made by the protocols' own encoders
// (payload-conversations.ts) are pasted, and the decoded application fields are read back by data
// attributes; a message over 2048 bytes; the subprotocol and the protocol choice in a link; Korean
// diagnostics; and a payload field lighting its bytes in the hex view.
import { expect, test, type Page } from '@playwright/test';
import {
	bigSocketIoMessage,
	graphqlConversation,
	mqttConversation,
	socketIoConversation,
	stompConversation
} from './payload-conversations.ts';

const results = (page: Page) => page.locator('section.direction[data-role="server"]');
const serverBox = (page: Page, name = 'Server → client') => page.getByRole('textbox', { name });
const payloads = (page: Page, protocol: string, summary: string) =>
	results(page).locator(`section.payload[data-protocol="${protocol}"][data-summary="${summary}"]`);

async function open(page: Page, path = '/decode', client = 'Client → server'): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor();
	await page.getByRole('textbox', { name: client }).fill('');
}

async function paste(page: Page, frames: string[], subprotocol = ''): Promise<void> {
	await page.getByLabel(/Sec-WebSocket-Protocol/).fill(subprotocol);
	await serverBox(page).fill(frames.join('\n'));
}

/** The field with this id and value, inside one payload section. */
const fieldIn = (section: ReturnType<typeof payloads>, id: string, value: string) =>
	section.locator(`[data-field="${id}"][data-value="${value.replace(/"/g, '\\"')}"]`);

test('a Socket.IO conversation shows the event, its arguments and the acknowledgement', async ({
	page
}) => {
	await open(page);
	await paste(page, socketIoConversation());
	const event = payloads(page, 'socket.io', 'socketio_event');
	await expect(event).toHaveCount(1);
	await expect(event).toHaveAttribute('data-detected-by', 'content');
	await expect(fieldIn(event, 'socketio_type', 'EVENT')).toHaveCount(1);
	await expect(fieldIn(event, 'socketio_id', '12')).toHaveCount(1);
	await expect(fieldIn(event, 'json_string', 'chat')).toHaveCount(1);
	await expect(fieldIn(event, 'json_string', '안녕')).toHaveCount(1);
	const ack = payloads(page, 'socket.io', 'socketio_ack');
	await expect(fieldIn(ack, 'socketio_id', '12')).toHaveCount(1);
	await expect(fieldIn(ack, 'json_string', 'ok')).toHaveCount(1);
});

test('a STOMP conversation under v12.stomp shows the commands, headers and body', async ({
	page
}) => {
	await open(page);
	await paste(page, stompConversation(), 'v12.stomp');
	const message = payloads(page, 'stomp', 'stomp_frame').nth(1);
	await expect(message).toHaveAttribute('data-detected-by', 'subprotocol');
	await expect(fieldIn(message, 'stomp_command', 'MESSAGE')).toHaveCount(1);
	await expect(fieldIn(message, 'stomp_header', '/topic/chat')).toHaveCount(1);
	await expect(fieldIn(message, 'stomp_body', '안녕')).toHaveCount(1);
	await expect(
		fieldIn(payloads(page, 'stomp', 'stomp_frame').first(), 'stomp_command', 'CONNECTED')
	).toHaveCount(1);
});

test('an MQTT conversation under mqtt shows CONNACK and the PUBLISH topic, QoS id and payload', async ({
	page
}) => {
	await open(page);
	await paste(page, mqttConversation(), 'mqtt');
	await expect(payloads(page, 'mqtt', 'mqtt_packet')).toHaveCount(1);
	const publish = payloads(page, 'mqtt', 'mqtt_publish');
	await expect(publish).toHaveAttribute('data-detected-by', 'subprotocol');
	await expect(fieldIn(publish, 'mqtt_topic', 'sensors/1')).toHaveCount(1);
	await expect(fieldIn(publish, 'mqtt_packet_id', '7')).toHaveCount(1);
	await expect(fieldIn(publish, 'mqtt_payload', '21.5')).toHaveCount(1);
});

test('a GraphQL over WebSocket conversation shows the message types, the id and the data', async ({
	page
}) => {
	await open(page);
	await paste(page, graphqlConversation(), 'graphql-transport-ws');
	const messages = payloads(page, 'graphql-ws', 'graphql_message');
	await expect(messages).toHaveCount(2);
	await expect(fieldIn(messages.first(), 'json_string', 'connection_ack')).toHaveCount(1);
	await expect(fieldIn(messages.nth(1), 'json_string', 'op-1')).toHaveCount(1);
	await expect(fieldIn(messages.nth(1), 'json_string', '안녕')).toHaveCount(1);
});

test('a message over 2048 bytes is decoded whole (in the worker)', async ({ page }) => {
	await open(page);
	await paste(page, [bigSocketIoMessage(3000)]);
	const event = payloads(page, 'socket.io', 'socketio_event');
	await expect(event).toHaveCount(1);
	await expect(event.locator('.summary')).toContainText('"big"');
	await expect(fieldIn(event, 'socketio_type', 'EVENT')).toHaveCount(1);
	// the event's argument is all of the filler, past the 2048 bytes the page keeps of a message
	const filler = event.locator('[data-field="json_string"][data-value^="xxxxxxxx"]');
	await expect(filler).toHaveCount(1);
	expect((await filler.getAttribute('data-value'))?.length).toBe(3000 - '42["big",""]'.length);
});

test('the subprotocol and the protocol choice round-trip through a link', async ({ page }) => {
	await open(page);
	await paste(page, mqttConversation(), 'mqtt');
	await page.getByLabel('Read messages as').selectOption('mqtt');
	await expect(payloads(page, 'mqtt', 'mqtt_publish')).toHaveAttribute(
		'data-detected-by',
		'option'
	);
	await page.waitForTimeout(600); // the hash is written a moment after the last edit
	const url = page.url();
	await page.goto('about:blank');
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor();
	await expect(page.getByLabel(/Sec-WebSocket-Protocol/)).toHaveValue('mqtt');
	await expect(page.getByLabel('Read messages as')).toHaveValue('mqtt');
	await expect(payloads(page, 'mqtt', 'mqtt_publish')).toHaveAttribute(
		'data-detected-by',
		'option'
	);

	// The simple form a person writes by hand, and a choice wsviz does not know
	const [, publish] = mqttConversation();
	await page.goto(`/decode#hex=${publish}&from=server&protocol=mqtt`);
	await expect(page.getByLabel(/Sec-WebSocket-Protocol/)).toHaveValue('mqtt');
	await expect(payloads(page, 'mqtt', 'mqtt_publish')).toHaveAttribute(
		'data-detected-by',
		'subprotocol'
	);
	await page.goto('about:blank');
	await page.goto(`/decode#hex=${publish}&from=server&payload=smtp`);
	await expect(page.getByRole('alert')).toContainText('smtp');
});

test('/ko shows a payload diagnostic in Korean, and marks its bytes', async ({ page }) => {
	await open(page, '/ko/decode', '클라이언트 → 서버');
	await page.getByLabel(/Sec-WebSocket-Protocol/).fill('mqtt');
	// A PUBLISH with both QoS bits set (MQTT §3.3.1.2), framed by hand: 82 len | 36 ...
	await serverBox(page, '서버 → 클라이언트').fill('82 08 36 06 00 01 61 00 01 78');
	const problem = results(page).locator('section.payload li[data-code="mqtt_invalid_qos"]');
	await expect(problem).toHaveCount(1);
	await expect(problem).toHaveAttribute('data-severity', 'error');
	await expect(problem.locator('.sentence')).toContainText(/[가-힣]/);
	await expect(problem.locator('.sentence')).not.toContainText(/both QoS bits/);
	await problem.getByRole('button').click();
	await expect(results(page).locator('section.payload .strip button.bad')).toHaveCount(1);
});

test('/ko names the MQTT fields in Korean, by their label codes', async ({ page }) => {
	await open(page, '/ko/decode', '클라이언트 → 서버');
	await page.getByLabel(/Sec-WebSocket-Protocol/).fill('mqtt');
	await serverBox(page, '서버 → 클라이언트').fill(mqttConversation().join('\n'));
	const publish = payloads(page, 'mqtt', 'mqtt_publish');
	const topic = fieldIn(publish, 'mqtt_topic', 'sensors/1').locator('[data-label="topic_name"]');
	await expect(topic).toContainText(/[가-힣]/);
	await expect(topic).not.toContainText('topic name');
	// A name its data gives (the packet's own name) stays as it is.
	await expect(publish.locator('[data-field="mqtt_packet"] > .label').first()).toHaveText(
		'PUBLISH'
	);
});

test('a payload field lights its bytes in the hex view, and a hex byte lights its field', async ({
	page
}) => {
	await open(page);
	await paste(page, mqttConversation(), 'mqtt');
	const publish = payloads(page, 'mqtt', 'mqtt_publish');
	await publish.locator('summary').click();
	await page.mouse.move(0, 0); // the pointer, when over a field, wins over focus
	const topic = publish.locator('[data-field="mqtt_topic"]');
	await topic.focus();
	// the topic: two length bytes and "sensors/1", at input bytes 10..20 (after CONNACK's 6 bytes
	// and the PUBLISH frame's 2-byte header, the packet's 2-byte fixed header)
	const lit = results(page).locator('.hex .byte.lit');
	await expect(lit).toHaveCount(11);
	await expect(lit.first()).toHaveAttribute('data-offset', '10');
	await topic.blur();
	await expect(lit).toHaveCount(0);
	await results(page).locator('.hex .byte[data-offset="22"]').hover();
	await expect(publish.locator('[data-field="mqtt_packet_id"]')).toHaveClass(/\bon\b/);
});

test('/live shows what a sent message carries, in the frames list and under the message', async ({
	page
}) => {
	await page.goto('/live');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
	await expect(page.locator('[data-server]')).toHaveAttribute('data-server', 'ready');
	await page.getByRole('button', { name: 'Connect' }).click();
	await expect(page.locator('[data-socket]')).toHaveAttribute('data-socket', 'open');
	await page.getByLabel('Text').fill('{"type":"chat","text":"안녕"}');
	await page.getByRole('button', { name: 'Send text' }).click();
	const echoed = page.locator('tr[data-from="server"][data-type="text"] td.content');
	await expect(echoed).toHaveAttribute('data-payload', 'json_value');
	const payload = page.locator('section[data-side="server"] section.payload[data-protocol="json"]');
	await expect(payload.locator('[data-field="json_string"][data-value="안녕"]')).toHaveCount(1);
});

test('the socket.io lesson shows the session from long polling to WebSocket, both sides, read by the payload layer', async ({
	page
}) => {
	for (const path of ['/learn/socket-io', '/ko/learn/socket-io']) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', '');
		const embed = page.locator('[data-embed="engine-io"]');
		const steps = embed.locator('[data-testid="engine-io-steps"] > li');
		// Engine.IO v4 §Upgrade: polling handshake and bodies, the probe, NOOP, UPGRADE, then events.
		expect(await steps.evaluateAll((ls) => ls.map((l) => (l as HTMLElement).dataset.from))).toEqual(
			[
				'client',
				'server',
				'client',
				'server',
				'client',
				'server',
				'client',
				'client',
				'server'
			].concat(['client', 'server', 'server', 'client', 'client', 'server'])
		);
		const payloads = embed.locator('section.payload[data-protocol="socket.io"]');
		await expect(payloads).toHaveCount(9);
		await expect(payloads.and(page.locator('[data-summary="engineio_polling"]'))).toHaveCount(4);
		// A body of two packets shows the record separator between them.
		await expect(steps.nth(5).locator('.rs')).toHaveCount(1);
		const event = steps.nth(13).locator('section.payload[data-summary="socketio_event"]');
		await expect(event.locator('[data-field="json_string"][data-value="안녕"]')).toHaveCount(1);
		await expect(steps.nth(14).locator('section.payload[data-summary="socketio_ack"]')).toHaveCount(
			1
		);
	}
});
