// The reader's theme: the system's light or dark (the default), or one they chose. static/theme.js
// applies a remembered or linked choice before the first paint; this class keeps it afterwards.
export const THEMES = ['system', 'light', 'dark', 'projector'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** Where the theme switch remembers the choice (static/theme.js reads the same key). */
export const THEME_KEY = 'wsviz-theme';

export function isTheme(value: unknown): value is ThemeChoice {
	return (THEMES as readonly unknown[]).includes(value);
}

export class Theme {
	choice = $state<ThemeChoice>('system');

	/** Reads what static/theme.js applied. */
	constructor(root: HTMLElement = document.documentElement) {
		const applied = root.dataset.theme;
		if (isTheme(applied)) this.choice = applied;
		this.#root = root;
	}

	#root: HTMLElement;

	set(choice: ThemeChoice): void {
		this.choice = choice;
		if (choice === 'system') delete this.#root.dataset.theme;
		else this.#root.dataset.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, choice);
		} catch {
			// storage blocked: the choice lasts for this page only
		}
	}
}
