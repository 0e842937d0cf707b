// /live/events/websocket: the event source over a WebSocket, against a `ws` client. Each message is an
// event of the shared clock ({ seq, sentAt: seq × interval }), `count` of them, then a 1000 close; the
// tap's server bytes, decoded by the engine, are the same messages in unmasked, uncompressed frames.
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readTap, startLive, tapOf, type Running } from './live-helpers.ts';

let running: Running;
beforeAll(async () => (running = await startLive()));
afterAll(() => running.close());

it('sends count events on the shared clock, then closes with 1000; the tap agrees', async () => {
	const ws = new WebSocket(
		`ws://127.0.0.1:${running.port}/live/events/websocket?interval=50&count=3&tap=events-socket-test`
	);
	const texts: string[] = [];
	ws.on('message', (data) => texts.push(String(data)));
	const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
	expect(code).toBe(1000);
	expect(texts).toHaveLength(3);
	for (const text of texts) {
		const event = JSON.parse(text) as { seq: number; sentAt: number };
		expect(event.sentAt).toBe(event.seq * 50);
	}
	let tapped;
	do [tapped] = await tapOf(running, 'events-socket-test');
	while (!tapped || tapped.endedAt === null);
	expect(tapped.transport).toBe('websocket-events');
	const server = readTap(tapped).server;
	expect(server.frames.every((f) => !f.masked && !f.rsv1)).toBe(true);
	expect(server.messages.filter((m) => m.type === 'text').map((m) => m.text)).toEqual(texts);
	expect(server.messages.at(-1)).toMatchObject({ type: 'close', code: 1000 });
});
