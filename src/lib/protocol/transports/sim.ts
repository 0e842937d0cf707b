// The discrete-event core: a clock and a queue of tasks ordered by time, then by the order they
// were scheduled, so two things due at the same moment always run in the same order (determinism).

export interface Task {
	readonly at: number;
	readonly seq: number;
	readonly run: () => void;
	cancelled: boolean;
}

/** A bound on work, not on time: a model bug that schedules forever fails instead of hanging. */
const MAX_STEPS = 5_000_000;

export class Sim {
	now = 0;
	private heap: Task[] = [];
	private seq = 0;

	/** Runs `run` at `time`; a time in the past means now, after what is already due now. */
	at(time: number, run: () => void): Task {
		const task: Task = { at: Math.max(time, this.now), seq: this.seq++, run, cancelled: false };
		this.heap.push(task);
		this.up(this.heap.length - 1);
		return task;
	}

	cancel(task: Task | undefined): void {
		if (task) task.cancelled = true;
	}

	run(): void {
		for (let steps = 0; this.heap.length > 0; steps++) {
			if (steps > MAX_STEPS) throw new Error('simulation ran away: too many steps');
			const task = this.pop();
			if (task.cancelled) continue;
			this.now = task.at;
			task.run();
		}
	}

	private pop(): Task {
		const top = this.heap[0]!;
		const last = this.heap.pop()!;
		if (this.heap.length > 0) {
			this.heap[0] = last;
			this.down(0);
		}
		return top;
	}

	private up(i: number): void {
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.before(i, parent)) return;
			this.swap(i, parent);
			i = parent;
		}
	}

	private down(i: number): void {
		for (;;) {
			let first = i;
			for (const child of [2 * i + 1, 2 * i + 2]) {
				if (child < this.heap.length && this.before(child, first)) first = child;
			}
			if (first === i) return;
			this.swap(i, first);
			i = first;
		}
	}

	private before(a: number, b: number): boolean {
		const x = this.heap[a]!;
		const y = this.heap[b]!;
		return x.at < y.at || (x.at === y.at && x.seq < y.seq);
	}

	private swap(a: number, b: number): void {
		const t = this.heap[a]!;
		this.heap[a] = this.heap[b]!;
		this.heap[b] = t;
	}
}
