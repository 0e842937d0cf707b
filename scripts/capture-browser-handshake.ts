// Captures a real browser's opening handshake for tests/vectors/chromium-handshake.json: Chromium
// opens `new WebSocket(url, ['chat'])` from a page, a ws server with permessage-deflate answers, and a
// TCP relay between them records the bytes exactly as they travelled. Run by hand, never by the tests:
//
//   npx tsx scripts/capture-browser-handshake.ts > tests/vectors/chromium-handshake.json
import http from 'node:http';
import { chromium } from '@playwright/test';
import { WebSocketServer } from 'ws';
import { launchOptions } from '../chromium.config.ts';
import { listen, splitUpgrade, startRelay } from '../tests/peer/loopback.ts';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true });
await new Promise((resolve) => wss.once('listening', resolve));
const wsPort = (wss.address() as { port: number }).port;
const relay = await startRelay(wsPort);

// The page is served over http from another port, so the browser sends a real cross-port Origin.
const page = `<!doctype html><title>capture</title><script>
	const socket = new WebSocket('ws://127.0.0.1:${relay.port}/chat', ['chat']);
	socket.onopen = () => { document.title = 'open ' + socket.extensions; socket.close(1000); };
	socket.onerror = () => { document.title = 'error'; };
</script>`;
const site = http.createServer((_req, res) => res.end(page));
const sitePort = await listen(site);

const browser = await chromium.launch(launchOptions);
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${sitePort}/`);
await tab.waitForFunction(() => document.title.startsWith('open') || document.title === 'error');
const title = await tab.title();
const version = browser.version();
await browser.close();

const connection = relay.connections[0]!;
await connection.closed;
const head = (chunks: Buffer[]) => {
	const bytes = Buffer.concat(chunks);
	const frames = splitUpgrade(bytes)!.frames.length;
	return bytes.subarray(0, bytes.length - frames).toString('latin1');
};
const vector = {
	description:
		'A real browser’s opening handshake: Chromium ran new WebSocket(url, ["chat"]) from a page served at another port, a ws 8.23 WebSocketServer with perMessageDeflate answered, and a TCP relay recorded both heads byte for byte (scripts/capture-browser-handshake.ts).',
	browser: `Chromium ${version} (headless, driven by Playwright)`,
	server: 'ws 8.23.0 WebSocketServer { perMessageDeflate: true }',
	browserSaw: title,
	requestText: head(connection.up),
	responseText: head(connection.down)
};
process.stdout.write(`${JSON.stringify(vector, null, 1)}\n`);
await relay.close();
wss.close();
site.close();
