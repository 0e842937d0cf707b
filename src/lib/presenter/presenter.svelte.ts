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
	/** A stand-in for a view still prerendered (static-first-stepper.ts): makes the view live and
	 * resolves with the live view's own stepper. */
	live?(): Promise<Stepper | undefined>;
}

/** How many pixels of an element are inside the window. */
function visibleArea(element: HTMLElement): number {
	const box = element.getBoundingClientRect();
	const width = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
	const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
	return Math.max(0, width) * Math.max(0, height);
}

export class Presenter {
	// Plain fields, not $state: no key reads them in a template, and a view's removal runs in an
	// effect's teardown, where $state reads as it was before the change (a view registered meanwhile,
	// the live one taking over from its stand-in, would be dropped). A $state proxy would also make
	// `s !== stepper` true for the very stepper registered.
	#steppers: Stepper[] = [];
	#current: Stepper | null = null;
	/** Who waits for a stepper on an element that is not registered yet (see registered()). */
	#awaited: { element: HTMLElement; resolve: (stepper: Stepper) => void }[] = [];
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

	/** The stepper of `element`, once one is registered (a view that went live registers after its
	 * markup is in, perhaps after fetching more code). */
	registered(element: HTMLElement): Promise<Stepper> {
		const known = this.#steppers.find((s) => s.element === element);
		if (known) return Promise.resolve(known);
		return new Promise((resolve) => this.#awaited.push({ element, resolve }));
	}

	/** Registers a view; returns the function that removes it (an $effect's cleanup). */
	register(stepper: Stepper): () => void {
		this.#steppers = [...this.#steppers, stepper];
		const waiting = this.#awaited.filter((w) => w.element === stepper.element);
		this.#awaited = this.#awaited.filter((w) => w.element !== stepper.element);
		for (const w of waiting) w.resolve(stepper);
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
