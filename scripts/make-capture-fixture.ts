// Records tests/vectors/capture/ws-deflate.pcapng, the real capture the capture view's e2e test drops:
// Wireshark's own capture engine (dumpcap, pcapng) on the loopback while a `ws` client and server talk
// with permessage-deflate (JSON text, a binary message, a ping, a close). Run by hand (root, or
// dumpcap allowed to capture), never by the tests:
//
//   npx tsx scripts/make-capture-fixture.ts tests/vectors/capture/ws-deflate.pcapng
import { spawn } from 'node:child_process';
import WebSocket, { WebSocketServer } from 'ws';

const out = process.argv[2] ?? 'ws-deflate.pcapng';
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true });
await new Promise((resolve) => server.once('listening', resolve));
const port = (server.address() as { port: number }).port;
server.on('connection', (socket) =>
	socket.on('message', (data, binary) => socket.send(data, { binary }))
);

const dumpcap = spawn('dumpcap', ['-i', 'lo', '-f', `tcp port ${port}`, '-w', out, '-q'], {
	stdio: ['ignore', 'ignore', 'pipe']
});
await new Promise<void>((resolve) => {
	let err = '';
	dumpcap.stderr.on('data', (chunk: Buffer) => {
		err += chunk.toString();
		if (err.includes('Capturing on')) resolve();
	});
	setTimeout(resolve, 3000);
});
// dumpcap says it is capturing a moment before its filter is in place.
await new Promise((resolve) => setTimeout(resolve, 1500));

const client = new WebSocket(`ws://127.0.0.1:${port}/chat`, { perMessageDeflate: true });
await new Promise((resolve) => client.once('open', resolve));
let echoed = 0;
const total = 41;
const done = new Promise<void>((resolve) =>
	client.on('message', () => ++echoed === total && resolve())
);
for (let i = 0; i < 40; i++) {
	client.send(JSON.stringify({ type: i % 5 === 0 ? 'alert' : 'tick', seq: i, price: 100 + i / 4 }));
}
client.send(Buffer.from([0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3]));
client.ping('are you there');
await done;
const closed = new Promise((resolve) => client.once('close', resolve));
client.close(1000, 'bye');
await closed;
await new Promise((resolve) => setTimeout(resolve, 1000));
dumpcap.kill('SIGINT');
await new Promise((resolve) => dumpcap.once('exit', resolve));
server.close();
console.log(`wrote ${out}`);
