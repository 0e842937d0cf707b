import { buildWorkload, freshInput } from './bench/workloads.ts';
import { decode, FrameDecoder } from '../src/lib/protocol/index.ts';
const w = buildWorkload(process.argv[2] === 'binary' ? 'binary' : 'text', 100_000, 20);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let r = 0; r < 10; r++) {
	const [buf] = freshInput(w);
	let t = cpu();
	const res = decode(buf!, { from: 'client', annotate: false });
	const a = cpu() - t;
	const [buf2] = freshInput(w);
	t = cpu();
	const d = new FrameDecoder({ from: 'client', annotate: false });
	d.push(buf2!); d.end();
	const b = cpu() - t;
	t = cpu();
	const n = res.frames.length;
	const c = cpu() - t;
	t = cpu();
	const n2 = res.messages.length;
	const e = cpu() - t;
	console.log(`decode ${a.toFixed(1)} ms, FrameDecoder ${b.toFixed(1)} ms, frames ${c.toFixed(1)} ms, messages ${e.toFixed(1)}`, n+n2);
}
import { wsReceiver, streamingReceiver } from './bench/contenders.ts';
for (let r = 0; r < 6; r++) {
	let t = cpu();
	wsReceiver.run(freshInput(w), w);
	const a = cpu() - t;
	t = cpu();
	streamingReceiver.run(freshInput(w), w);
	const b = cpu() - t;
	console.log(`ws ${a.toFixed(1)} ms, streaming receiver ${b.toFixed(1)}`);
}
