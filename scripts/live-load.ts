// A bounded load test of the live server (not a timed test): 200 `ws` clients on the loopback each
// send 100 messages to /live/echo and wait for every echo; then all leave. Prints the figures: time,
// messages, anything lost, and the heap before, at the peak and after they left. The baseline is taken
// after a warm-up round (a few clients that come and go), so the code V8 compiles on first use is not
// counted as retention; what stays after they leave is the tap's ring of the last 64 connections.
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
const coldBaseline = heapMiB();
await warmUp();
const baseline = heapMiB();
const started = performance.now();
let open = await Promise.all(
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
const stillOpen = async () => {
	for (const c of open) c.ws.close(1000);
	await Promise.all(open.map((c) => c.closed));
	return open.filter((c) => c.ws.readyState !== WebSocket.CLOSED).length;
};
const notClosed = await stillOpen();
open = [];
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
console.log(`lost or out of order: ${lost}; still open: ${notClosed}`);
console.log(
	`heap MiB: cold ${coldBaseline}, baseline after warm-up ${baseline}, peak ${peak}, after they left ${after} (the tap keeps the last 64 connections), after the server closed ${closed}${exposed ? '' : ' (run with --expose-gc for exact figures)'}`
);

/** Ten clients connect, send, and leave: the code paths the load takes are compiled before the baseline. */
async function warmUp(): Promise<void> {
	const few = await Promise.all(
		Array.from({ length: 10 }, (_, i) =>
			openClient(running, `warm-${i}`, { perMessageDeflate: false })
		)
	);
	for (const c of few) for (let m = 0; m < messages; m++) c.ws.send(`warm ${m}`);
	await Promise.all(few.map((c) => received(c, messages)));
	for (const c of few) c.ws.close(1000);
	await Promise.all(few.map((c) => c.closed));
}
