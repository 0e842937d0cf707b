// Timing: a full GC and a turn of the event loop before each run (both outside the timed region), a
// few warm-up runs, then the median of several. Each run decodes a fresh copy of the input.
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
	medianMs: number;
	runs: number;
}

export interface Budget {
	warmupMs: number;
	measureMs: number;
	minRuns: number;
	maxRuns: number;
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function measure<T>(c: Contender<T>, w: Workload, budget: Budget): Promise<Timing> {
	const once = async (): Promise<number> => {
		const chunks = freshInput(w);
		gc();
		await settle();
		const start = performance.now();
		const outcome = c.run(chunks, w);
		const ms = performance.now() - start;
		const problem = c.check(outcome, w);
		if (problem) throw new Error(`${c.name} on ${w.name}: ${problem}`);
		return ms;
	};
	let spent = 0;
	for (let i = 0; i < 3 && (i === 0 || spent < budget.warmupMs); i++) spent += await once();
	const times: number[] = [];
	spent = 0;
	while (
		times.length < budget.maxRuns &&
		(times.length < budget.minRuns || spent < budget.measureMs)
	) {
		const ms = await once();
		times.push(ms);
		spent += ms;
	}
	return { medianMs: median(times), runs: times.length };
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
