import { buildWorkload, freshInput } from './bench/workloads.ts';
import { decodeReadingAll } from './bench/contenders.ts';
const w = buildWorkload('text', 100_000, 20);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times = [];
for (let r = 0; r < 20; r++) {
	const input = freshInput(w);
	const t = cpu();
	decodeReadingAll.run(input, w);
	times.push(cpu() - t);
}
times.sort((a, b) => a - b);
console.log('all read median CPU ms', times[10]!.toFixed(1));
