// One presenter per page: stepped views (the masking animation, the accept computation, the
// transports timeline ...) register with it, and the keys of src/lib/presenter/keys.ts drive the
// one the teacher last used, or else the first on the page.
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
}

export class Presenter {
	#steppers = $state<Stepper[]>([]);
	#current = $state<Stepper | null>(null);
	helpOpen = $state(false);

	/** The view the keys drive. */
	get current(): Stepper | null {
		return this.#current ?? this.#steppers[0] ?? null;
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
