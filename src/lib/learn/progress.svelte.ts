// The path's progress, remembered in this browser only (localStorage; no account, nothing leaves the
// device): the lessons read, the questions answered right ("slug/id"; the mixed review's are
// "review/slug/id"), the lessons and the review all of whose questions are, and the lesson last
// opened, so /learn can offer "resume where you left off". Storage may hold anything: reading never throws.

export const PROGRESS_KEY = 'wsviz-learn-progress';

export interface ProgressData {
	read: string[];
	/** Lessons (and 'review') whose every question was answered right. */
	done: string[];
	/** Questions answered right: "slug/id". */
	solved: string[];
	last: string | null;
}

const EMPTY: ProgressData = { read: [], done: [], solved: [], last: null };

/** The key of a question in `solved`. */
export const questionKey = (group: string, id: string): string => `${group}/${id}`;

const isStrings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What storage holds, or an empty record when it holds nothing usable. */
export function parseProgress(text: string | null): ProgressData {
	try {
		const o: unknown = JSON.parse(text ?? 'null');
		if (typeof o !== 'object' || o === null) return { ...EMPTY };
		const { read, done, solved, last } = o as Record<string, unknown>;
		return {
			read: isStrings(read) ? read : [],
			done: isStrings(done) ? done : [],
			solved: isStrings(solved) ? solved : [],
			last: typeof last === 'string' ? last : null
		};
	} catch {
		return { ...EMPTY };
	}
}

export class Progress {
	data = $state<ProgressData>({ ...EMPTY });

	/** Reads storage: call in the browser (onMount), never during prerendering. */
	load(): this {
		try {
			this.data = parseProgress(localStorage.getItem(PROGRESS_KEY));
		} catch {
			// storage blocked: progress lives only as long as the page
		}
		return this;
	}

	#save(data: ProgressData): void {
		this.data = data;
		try {
			localStorage.setItem(PROGRESS_KEY, JSON.stringify(data));
		} catch {
			// storage blocked or full: the page still shows this visit's progress
		}
	}

	/** The lesson was opened: it counts as read, and is where to resume. */
	opened(slug: string): void {
		const read = this.data.read.includes(slug) ? this.data.read : [...this.data.read, slug];
		this.#save({ ...this.data, read, last: slug });
	}

	/** A question of `group` (a lesson, or 'review') was answered right; `all` are the group's ids. */
	solved(group: string, id: string, all: readonly string[]): void {
		const key = questionKey(group, id);
		const solved = this.data.solved.includes(key) ? this.data.solved : [...this.data.solved, key];
		const complete = all.every((other) => solved.includes(questionKey(group, other)));
		const done =
			complete && !this.data.done.includes(group) ? [...this.data.done, group] : this.data.done;
		this.#save({ ...this.data, solved, done });
	}

	isSolved(group: string, id: string): boolean {
		return this.data.solved.includes(questionKey(group, id));
	}

	/** How many of `group`'s questions were answered right. */
	count(group: string): number {
		return this.data.solved.filter((key) => key.startsWith(`${group}/`)).length;
	}

	reset(): void {
		this.#save({ ...EMPTY });
	}
}
