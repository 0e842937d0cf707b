// One presenter per page: stepped views (the masking animation, the accept computation, the
// transports timeline ...) register with it, and the keys of src/lib/presenter/keys.ts drive the
// one on screen: the one the teacher last used if it is in sight, else the one that fills most of
// the window, else the last used, else the first on the page. A clicker never moves what nobody sees.
import { getContext, setContext } from 'svelte';

export interface Stepper {
	/** A short name, announced when keys start to drive this view. */
	name: string;
	/** The view's root element: focusing or clicking inside it makes it the driven one. */
	element: HTMLElement;
	next(): void;
	previous(): void;
	first(): void;
	last(): void;
	/** Play or pause; absent when the view does not play. */
	toggle?(): void;
	/** What full screen shows (a lesson's current part); the element when absent. */
	screen?(): HTMLElement;
	/** Brings what a step changed into sight; absent: the element is scrolled into view. */
	reveal?(): void;
}

/** How many pixels of an element are inside the window. */
function visibleArea(element: HTMLElement): number {
	const box = element.getBoundingClientRect();
	const width = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
	const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
	return Math.max(0, width) * Math.max(0, height);
}

export class Presenter {
	#steppers = $state<Stepper[]>([]);
	#current = $state<Stepper | null>(null);
	helpOpen = $state(false);

	/** The view the keys drive, chosen when a key is pressed (it reads where things are on screen). */
	get current(): Stepper | null {
		const used = this.#current;
		if (used && visibleArea(used.element) > 0) return used;
		const inSight = this.#steppers
			.map((s) => ({ s, area: visibleArea(s.element) }))
			.filter((v) => v.area > 0)
			.sort((a, b) => b.area - a.area)[0]?.s;
		return inSight ?? used ?? this.#steppers[0] ?? null;
	}

	/** After a key moved `view`: what changed is brought into sight (it may have been off screen). */
	reveal(view: Stepper): void {
		this.#current = view;
		if (view.reveal) view.reveal();
		else view.element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
	}

	get count(): number {
		return this.#steppers.length;
	}

	/** Registers a view; returns the function that removes it (an $effect's cleanup). */
	register(stepper: Stepper): () => void {
		this.#steppers = [...this.#steppers, stepper];
		const use = () => (this.#current = stepper);
		stepper.element.addEventListener('focusin', use);
		stepper.element.addEventListener('pointerdown', use);
		return () => {
			stepper.element.removeEventListener('focusin', use);
			stepper.element.removeEventListener('pointerdown', use);
			this.#steppers = this.#steppers.filter((s) => s !== stepper);
			if (this.#current === stepper) this.#current = null;
		};
	}
}

const KEY = Symbol('presenter');

export function setPresenter(presenter: Presenter): Presenter {
	return setContext(KEY, presenter);
}

export function getPresenter(): Presenter | undefined {
	return getContext<Presenter | undefined>(KEY);
}

/** The presenter among a component's contexts (getAllContexts), read after its initialisation. */
export function presenterOf(contexts: Map<unknown, unknown>): Presenter | undefined {
	return contexts.get(KEY) as Presenter | undefined;
}
