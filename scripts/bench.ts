// `npm run bench`: our frame decoder against ws's Receiver on the same masked client frames, in one
// process. Prints the median of several runs per decoder and workload, then the aims of the issue.
//
//   npm run bench                  every workload (well under a minute)
//   npm run bench -- MiB chunks    only the workloads whose name contains every word given
//   npm run bench -- capture       only the capture bench (WSVIZ_BENCH_CAPTURE_MB sets its size, 100)
//
// Not part of `npm test`: timings depend on the machine. `npm run bench` starts Node with a 256 MB old
// space: with the default, V8 grows the heap with full collections that land inside the 8-10 ms runs
// of the 16 MiB workloads (5-30 ms each, on every contender alike, but they halve a fast decoder's
// ratio and hide in a slow one's). The gc() before each run (bench/measure.ts) cannot prevent those.
import os from 'node:os';
import {
	annotatedDecode,
	decodeReadingAll,
	plainDecode,
	plainFrameDecoder,
	streamingFrameDecoder,
	streamingReceiver,
	WS_OPTIONS,
	wsReceiver
} from './bench/contenders.ts';
import { measure, type Budget, type Contender, type Timing } from './bench/measure.ts';
import { fixed, rate, table } from './bench/table.ts';
import { benchCapture } from './bench/capture.ts';
import { describeWs, wsVersion } from './bench/ws-peer.ts';
import { buildWorkload, inChunks, type Workload } from './bench/workloads.ts';

const KiB = 1024;
const MiB = 1024 * KiB;
const CHUNK = 64 * KiB;

const BUDGET: Budget = { warmupMs: 300, measureMs: 600, minRuns: 3, maxRuns: 7 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CONTENDERS: Contender<any>[] = [
	wsReceiver,
	streamingReceiver,
	streamingFrameDecoder,
	plainFrameDecoder,
	plainDecode,
	annotatedDecode,
	decodeReadingAll
];

function workloads(): Workload[] {
	const text = buildWorkload('text', 100_000, 20);
	const small = buildWorkload('binary', 100_000, 20);
	const all = [text, inChunks(text, CHUNK), small];
	for (const w of [
		buildWorkload('binary', 10_000, KiB),
		buildWorkload('binary', 8, MiB),
		buildWorkload('binary', 1, 16 * MiB)
	]) {
		all.push(w, inChunks(w, CHUNK));
	}
	const words = process.argv.slice(2);
	return all.filter((w) => words.every((word) => w.name.includes(word)));
}

async function main(): Promise<void> {
	const ws = describeWs();
	const cpu = `${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores)`;
	const load = os.loadavg()[0]!.toFixed(1);
	console.log(`Node ${process.version}, ${cpu}, load average ${load}`);
	console.log(
		'Medians of wall time and of the CPU time the process spent (every thread: GC included). Speeds\n' +
			'and aims are judged on CPU time: on a shared machine the wall time mostly measures the others.'
	);
	const maxPayload = `${WS_OPTIONS.maxPayload / MiB} MiB`;
	console.log(`ws ${wsVersion} Receiver { isServer: true, maxPayload: ${maxPayload} }`);
	console.log(`  unmasking: ${ws.unmask}`);
	console.log(`  UTF-8 validation (text messages): ${ws.utf8}`);
	console.log(
		'ours: streaming receiver = FrameDecoder + MessageAssembler, each handing on, keeping nothing;'
	);
	console.log(
		'      FrameDecoder { annotate: false, from: client } push + end, streaming or keeping frames;'
	);
	console.log(
		'      decode() = frames + messages, plain or annotated; objects are made when first read:'
	);
	console.log('      "all read" reads every frame and message (text decoded) inside the clock\n');

	const rows: string[][] = [];
	const results: { w: Workload; times: Map<string, Timing> }[] = [];
	for (const w of workloads()) {
		const times = new Map<string, Timing>();
		for (const c of CONTENDERS) times.set(c.name, await measure(c, w, BUDGET));
		results.push({ w, times });
		const ws = times.get(wsReceiver.name)!;
		const mb = w.bytes.length / 1e6;
		CONTENDERS.forEach((c, i) => {
			const t = times.get(c.name)!;
			const seconds = t.cpuMs / 1000;
			rows.push([
				i === 0 ? `${w.name} (${fixed(mb, 1)} MB)` : '',
				c.name,
				fixed(t.medianMs, 1),
				fixed(t.cpuMs, 1),
				fixed(mb / seconds, 0),
				rate(w.frames / seconds),
				c === wsReceiver ? '' : `${fixed(ws.cpuMs / t.cpuMs, 2)}×`,
				c === wsReceiver ? '' : `${fixed(ws.medianMs / t.medianMs, 2)}×`,
				String(t.runs)
			]);
		});
		process.stderr.write('.');
	}
	process.stderr.write('\n');
	const header = ['workload (masked client frames)', 'decoder', 'wall ms', 'CPU ms', 'MB/s'];
	console.log(table([...header, 'frames/s', 'vs ws (CPU)', 'vs ws (wall)', 'runs'], rows));
	console.log(
		'\nvs ws = ws time / our time (above 1 means faster than ws); MB/s and frames/s of CPU time\n'
	);
	console.log(aims(results));
	const words = process.argv.slice(2);
	if (words.length === 0 || words.includes('capture')) {
		console.log(`\n${benchCapture(Number(process.env.WSVIZ_BENCH_CAPTURE_MB ?? 100))}`);
	}
}

function aims(results: { w: Workload; times: Map<string, Timing> }[]): string {
	const rows: string[][] = [];
	let allMet = true;
	const row = (aim: string, w: Workload, value: [number, number], goal: string, met: boolean) => {
		allMet &&= met;
		const [cpu, wall] = value.map((v) => `${fixed(v, 2)}×`);
		rows.push([aim, w.name, cpu!, wall!, goal, met ? 'met' : 'MISSED']);
	};
	for (const { w, times } of results) {
		const ms = (c: Contender<unknown>): [number, number] => {
			const t = times.get(c.name)!;
			return [t.cpuMs, t.medianMs];
		};
		const ratio = (a: Contender<unknown>, b: Contender<unknown>): [number, number] => {
			const [x, y] = [ms(a), ms(b)];
			return [x[0] / y[0], x[1] / y[1]];
		};
		// Issue #17: at least ws's speed on small frames, and the large-frame wins (≥ 3×) kept.
		const goal = w.payloadSize >= MiB ? 3 : 1;
		// ws keeps nothing: the streaming receiver is its counterpart; FrameDecoder and decode() keep
		// every frame (and message), which the pages need.
		for (const c of [streamingReceiver, plainFrameDecoder, plainDecode]) {
			const speed = ratio(wsReceiver, c);
			row(`${c.name} vs ws`, w, speed, `≥ ${goal}×`, speed[0] >= goal);
		}
		const slowdown = ratio(annotatedDecode, plainDecode);
		row('annotated / plain decode() time', w, slowdown, '≤ 4×', slowdown[0] <= 4);
	}
	const summary = allMet
		? 'Every aim is met (on CPU time).'
		: 'Some aims are missed on CPU time (MISSED above).';
	const header = ['aim', 'workload', 'CPU', 'wall', 'goal', ''];
	return `${table(header, rows)}\n\n${summary}`;
}

await main();
