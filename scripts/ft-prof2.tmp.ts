import { buildWorkload, freshInput } from './bench/workloads.ts';
import { streamingReceiver } from './bench/contenders.ts';
const w = buildWorkload('text', 100_000, 20);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = [];
for (let r = 0; r < 30; r++) {
	const input = freshInput(w);
	const t = cpu();
	streamingReceiver.run(input, w);
	times.push(cpu() - t);
}
times.sort((a, b) => a - b);
console.log('streaming receiver median CPU ms', times[15]!.toFixed(1));
