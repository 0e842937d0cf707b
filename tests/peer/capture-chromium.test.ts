// A real browser in a real capture: headless Chromium (Playwright, the system's Chromium) opens a
// WebSocket to a local `ws` server on 127.0.0.1 while tcpdump records the loopback. Our reading of the
// pcap must find that connection, its handshake (Chromium offers permessage-deflate, ws accepts it),
// and every message each side sent, inflated, equal to what the other side's own events received; the
// JSON messages' payloads, read by the payload layer, equal the values sent.
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { launchOptions } from '../../chromium.config.ts';
import { analyzeConnection, bytesToHex, readCapture } from '$lib/protocol/index.ts';
import { decodePayloads } from '$lib/protocol/payload/index.ts';
import type { DecodeResult } from '$lib/protocol/index.ts';
import { requireCaptureTools, startTcpdump } from './capture-tools.ts';
import { listen } from './loopback.ts';

const show = (data: WebSocket.RawData | string, binary: boolean) =>
	binary ? `binary:${Buffer.from(data as Buffer).toString('hex')}` : `text:${data.toString()}`;

/** What the page sends: JSON, plain text, bytes, a message over one TCP segment, a compressible one. */
const PAGE = (port: number) => `<!doctype html><title>capture</title><script>
const socket = new WebSocket('ws://127.0.0.1:${port}/feed');
socket.binaryType = 'arraybuffer';
const heard = [];
const show = (d) => typeof d === 'string' ? 'text:' + d
	: 'binary:' + Array.from(new Uint8Array(d), (b) => b.toString(16).padStart(2, '0')).join('');
socket.onmessage = (e) => {
	heard.push(show(e.data));
	if (heard.length === 3) socket.close(1000, 'done');
};
socket.onopen = () => {
	socket.send(JSON.stringify({ op: 'subscribe', topics: ['a', 'b'], n: 1 }));
	socket.send('hello from chromium');
	socket.send(new Uint8Array([0, 1, 2, 253, 254, 255]));
	socket.send('z'.repeat(70000));
	socket.send(JSON.stringify({ op: 'ping', at: 12.5 }));
};
socket.onclose = (e) => { window.result = { heard, extensions: socket.extensions, code: e.code }; };
</script>`;

function messagesOf(result: DecodeResult): string[] {
	return result.messages
		.filter((m) => m.type === 'text' || m.type === 'binary')
		.map((m) => (m.type === 'text' ? `text:${m.text}` : `binary:${bytesToHex(m.payload)}`));
}

describe('headless Chromium talking to ws, captured by tcpdump', () => {
	it('reads the browser connection as the peers heard it', { timeout: 60_000 }, async () => {
		requireCaptureTools();
		const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true });
		await new Promise((resolve) => server.once('listening', resolve));
		const port = (server.address() as { port: number }).port;
		const atServer: string[] = [];
		const closed = new Promise<[number, string]>((resolve) =>
			server.on('connection', (socket) => {
				socket.on('message', (data, binary) => {
					atServer.push(show(data, binary));
					// Three answers once the last message is in: JSON, bytes, a long compressible text.
					if (atServer.length === 5) {
						socket.send(JSON.stringify({ op: 'welcome', topics: 2 }));
						socket.send(Buffer.from([9, 8, 7]));
						socket.send('ab'.repeat(20000));
					}
				});
				socket.on('close', (code, reason) => resolve([code, reason.toString()]));
			})
		);
		const site = http.createServer((_req, res) => res.end(PAGE(port)));
		const sitePort = await listen(site);
		const file = join(mkdtempSync(join(tmpdir(), 'wsviz-chromium-capture-')), 'chromium.pcap');
		const recorder = await startTcpdump(port, file);
		const browser = await chromium.launch(launchOptions);
		let atPage: { heard: string[]; extensions: string; code: number };
		try {
			const tab = await browser.newPage();
			await tab.goto(`http://127.0.0.1:${sitePort}/`);
			await tab.waitForFunction(() => 'result' in window, undefined, { timeout: 30_000 });
			atPage = await tab.evaluate(() => (window as unknown as { result: typeof atPage }).result);
			expect(await closed).toEqual([1000, 'done']);
		} finally {
			await browser.close();
			await recorder.stop();
			site.close();
			await new Promise((resolve) => server.close(resolve));
		}

		const reading = readCapture(readFileSync(file));
		expect(reading.format).toBe('pcap');
		const connections = reading.connections.map((c) => analyzeConnection(c));
		expect(connections.map((c) => c.kind)).toEqual(['websocket']);
		const c = connections[0]!;
		expect(c.server.port).toBe(port);
		const ws = c.websocket!;
		expect(ws.handshake?.verdict.ok).toBe(true);
		expect([ws.handshake?.request?.method, ws.handshake?.request?.target]).toEqual([
			'GET',
			'/feed'
		]);
		expect(atPage.extensions).toMatch(/^permessage-deflate/);
		expect(ws.extensions).toBe(atPage.extensions);
		expect([ws.client.result.verdict.ok, ws.server.result.verdict.ok]).toEqual([true, true]);
		// Every message, inflated, equals what the other side's own events received.
		expect(messagesOf(ws.client.result)).toEqual(atServer);
		expect(messagesOf(ws.server.result)).toEqual(atPage.heard);
		expect(ws.client.result.messages.some((m) => m.compressed)).toBe(true);
		const close = ws.client.result.messages.find((m) => m.type === 'close');
		expect([close?.code, close?.reason]).toEqual([1000, 'done']);
		// Times: every frame has its packet's capture time, in order, within the connection.
		for (const d of [ws.client, ws.server]) {
			expect(
				d.frameTimes.every((t, i) => t >= c.start && t <= c.end && t >= (d.frameTimes[i - 1] ?? 0))
			).toBe(true);
		}
		// The payload layer reads the JSON messages as the values sent.
		const first = ws.client.result.messages[0]!;
		const [payload] = await decodePayloads([
			{ type: 'text', bytes: first.payload, text: first.text }
		]);
		expect(payload?.protocol).toBe('json');
		expect(payload?.value).toEqual({ op: 'subscribe', topics: ['a', 'b'], n: 1 });
	});
});
