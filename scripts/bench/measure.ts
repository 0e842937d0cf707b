// Timing: a full GC and a turn of the event loop before each run (both outside the timed region), a
// few warm-up runs, then the median of several. Each run decodes a fresh copy of the input. Each run
// is timed twice: wall time, and the CPU time the process spent (process.cpuUsage, every thread, so
// garbage collection on helper threads counts). On a machine shared with other work the wall time
// mostly measures the other work; the CPU time measures ours.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { freshInput, type Workload } from './workloads.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface Contender<T> {
	name: string;
	/** Decodes the chunks; whatever it returns is checked after the clock stops. */
	run(chunks: Buffer[], w: Workload): T;
	/** A problem with the outcome (wrong frame count, wrong payload, an error), if any. */
	check(outcome: T, w: Workload): string | undefined;
}

export interface Timing {
	/** Median wall time. */
	medianMs: number;
	/** Median CPU time of the process during a run. */
	cpuMs: number;
	runs: number;
}

export interface Budget {
	warmupMs: number;
	measureMs: number;
	minRuns: number;
	maxRuns: number;
}

/**
 * A short pause after the forced GC: V8 sweeps on helper threads, and that work (left by the run
 * before) would otherwise land in this run's CPU time.
 */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

export async function measure<T>(c: Contender<T>, w: Workload, budget: Budget): Promise<Timing> {
	const once = async (): Promise<{ ms: number; cpu: number }> => {
		const chunks = freshInput(w);
		gc();
		await settle();
		const cpuStart = process.cpuUsage();
		const start = performance.now();
		const outcome = c.run(chunks, w);
		const ms = performance.now() - start;
		const used = process.cpuUsage(cpuStart);
		const problem = c.check(outcome, w);
		if (problem) throw new Error(`${c.name} on ${w.name}: ${problem}`);
		return { ms, cpu: (used.user + used.system) / 1000 };
	};
	let spent = 0;
	for (let i = 0; i < 3 && (i === 0 || spent < budget.warmupMs); i++) spent += (await once()).ms;
	const times: number[] = [];
	const cpu: number[] = [];
	spent = 0;
	while (
		times.length < budget.maxRuns &&
		(times.length < budget.minRuns || spent < budget.measureMs)
	) {
		const run = await once();
		times.push(run.ms);
		cpu.push(run.cpu);
		spent += run.ms;
	}
	return { medianMs: median(times), cpuMs: median(cpu), runs: times.length };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
