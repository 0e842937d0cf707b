// StaticFirst's presenter stand-in: while a stepped view is still its prerendered markup, a stand-in
// takes the presenter's keys (Page Down/Up, Home/End, F …). It makes the view live, waits for the live
// view's own stepper to register, and hands the key on to it. The stand-in's element is the
// prerendered markup, gone by then: full screen is asked of the live view too (a key's user
// activation outlasts the wait), never of markup about to be replaced.
import { tick } from 'svelte';
import { presenterOf, type Stepper } from '$lib/presenter/presenter.svelte.ts';

type Action = 'next' | 'previous' | 'first' | 'last' | 'toggle';

/**
 * Registers a stand-in named `name` on `element` with the presenter among the page's `contexts`;
 * returns its removal (an $effect's cleanup).
 */
export function registerStandIn(
	contexts: Map<unknown, unknown>,
	name: string,
	element: HTMLElement,
	/** Makes the view live; resolves once the live markup is in, with its root. */
	goLive: () => Promise<Element | undefined>
): () => void {
	const presenter = presenterOf(contexts);
	if (!presenter) return () => {};
	const live = async (): Promise<Stepper | undefined> => {
		const stepped = (await goLive())?.querySelector('[data-stepped]');
		return stepped instanceof HTMLElement ? presenter.registered(stepped) : undefined;
	};
	const replay = (action: Action) => () =>
		void live().then((view) => {
			if (!view) return;
			view[action]?.();
			// The key's reveal scrolled the prerendered markup into sight; the live view, once it
			// shows the step (it may be taller), is brought into sight again as a key does.
			void tick().then(() => presenter.reveal(view));
		});
	const standIn: Stepper = {
		name,
		element,
		next: replay('next'),
		previous: replay('previous'),
		first: replay('first'),
		last: replay('last'),
		toggle: replay('toggle'),
		live
	};
	return presenter.register(standIn);
}
