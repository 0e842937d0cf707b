// The path's progress, remembered in this browser only (localStorage; no account, nothing leaves the
// device): the lessons read, the exercises answered right, and the lesson last opened, so /learn can
// offer "resume where you left off". Storage may be blocked or hold anything: reading never throws.

export const PROGRESS_KEY = 'wsviz-learn-progress';

export interface ProgressData {
	read: string[];
	done: string[];
	last: string | null;
}

const EMPTY: ProgressData = { read: [], done: [], last: null };

const isStrings = (v: unknown): v is string[] =>
	Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What storage holds, or an empty record when it holds nothing usable. */
export function parseProgress(text: string | null): ProgressData {
	try {
		const o: unknown = JSON.parse(text ?? 'null');
		if (typeof o !== 'object' || o === null) return { ...EMPTY };
		const { read, done, last } = o as Record<string, unknown>;
		return {
			read: isStrings(read) ? read : [],
			done: isStrings(done) ? done : [],
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

	/** The lesson's exercise was answered right. */
	solved(slug: string): void {
		if (this.data.done.includes(slug)) return;
		this.#save({ ...this.data, done: [...this.data.done, slug] });
	}

	reset(): void {
		this.#save({ ...EMPTY });
	}
}
