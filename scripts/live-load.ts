// A bounded load test of the live server (not a timed test): 200 `ws` clients on the loopback each
// send 100 messages to /live/echo and wait for every echo; then all leave. Prints the figures: time,
// messages, anything lost, and the heap before, at the peak and after they left.
// Run: npx tsx --expose-gc scripts/live-load.ts [clients] [messages]
import WebSocket from 'ws';
import { openClient, received, startLive } from '../tests/peer/live-helpers.ts';

const clients = Number(process.argv[2] ?? 200);
const messages = Number(process.argv[3] ?? 100);
const exposed = (globalThis as { gc?: () => void }).gc;
const gc = exposed ?? (() => {});
const heapMiB = () => {
	gc();
	return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1);
};

const running = await startLive();
const baseline = heapMiB();
const started = performance.now();
const open = await Promise.all(
	Array.from({ length: clients }, (_, i) =>
		openClient(running, `load-${i}`, { perMessageDeflate: false })
	)
);
const connected = performance.now();
for (const [i, c] of open.entries())
	for (let m = 0; m < messages; m++) c.ws.send(`client ${i} message ${m}`);
// The limit is 200 messages a second per connection; 100 in a burst stays under it.
await Promise.all(open.map((c) => received(c, messages)));
const echoed = performance.now();
const lost = open.reduce(
	(n, c, i) =>
		n + c.received.filter((r, m) => r.data.toString() !== `client ${i} message ${m}`).length,
	0
);
const peak = heapMiB();
// The clients live in this process too: drop what they kept, so the heap after shows the server's.
for (const c of open) c.received.length = 0;
for (const c of open) c.ws.close(1000);
await Promise.all(open.map((c) => c.closed));
await new Promise((r) => setTimeout(r, 1000));
const after = heapMiB();
await running.close();
await new Promise((r) => setTimeout(r, 500));
const closed = heapMiB();

const total = clients * messages;
console.log(`clients ${clients}, messages each ${messages}, total ${total}`);
console.log(`connect all: ${(connected - started).toFixed(0)} ms`);
console.log(
	`send and echo all: ${(echoed - connected).toFixed(0)} ms (${((total / (echoed - connected)) * 1000).toFixed(0)} messages/s)`
);
console.log(
	`lost or out of order: ${lost}; still open: ${open.filter((c) => c.ws.readyState !== WebSocket.CLOSED).length}`
);
console.log(
	`heap MiB: baseline ${baseline}, peak ${peak}, after they left ${after} (the tap keeps the last 64 connections), after the server closed ${closed}${exposed ? '' : ' (run with --expose-gc for exact figures)'}`
);
