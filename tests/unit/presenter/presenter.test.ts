import { describe, expect, it } from 'vitest';
import { Presenter, type Stepper } from '$lib/presenter/presenter.svelte.ts';

/** A stepper on `element` (a stand-in for a DOM element: the presenter only listens on it). */
function stepperOn(element: EventTarget, name = 'view'): Stepper {
	const noop = () => {};
	return {
		name,
		element: element as HTMLElement,
		next: noop,
		previous: noop,
		first: noop,
		last: noop
	};
}

describe('Presenter.registered', () => {
	it('resolves with the stepper already registered on the element', async () => {
		const presenter = new Presenter();
		const element = new EventTarget();
		const stepper = stepperOn(element);
		presenter.register(stepper);
		await expect(presenter.registered(element as HTMLElement)).resolves.toBe(stepper);
	});

	it('waits for the stepper a live view registers later, on that element only', async () => {
		const presenter = new Presenter();
		const element = new EventTarget();
		const seen: string[] = [];
		const waiting = presenter.registered(element as HTMLElement).then((s) => seen.push(s.name));
		presenter.register(stepperOn(new EventTarget(), 'other'));
		await Promise.resolve();
		expect(seen).toEqual([]);
		presenter.register(stepperOn(element, 'live'));
		await waiting;
		expect(seen).toEqual(['live']);
	});

	it('a removed stepper is not the answer for its element', async () => {
		const presenter = new Presenter();
		const element = new EventTarget();
		presenter.register(stepperOn(element, 'stand-in'))();
		const later = presenter.registered(element as HTMLElement);
		presenter.register(stepperOn(element, 'live'));
		await expect(later).resolves.toMatchObject({ name: 'live' });
	});
});

describe('Presenter.register', () => {
	it('removing a stand-in keeps the live view registered after it', async () => {
		const presenter = new Presenter();
		const standIn = new EventTarget();
		const live = new EventTarget();
		const remove = presenter.register(stepperOn(standIn, 'stand-in'));
		presenter.register(stepperOn(live, 'live'));
		remove();
		await expect(presenter.registered(live as HTMLElement)).resolves.toMatchObject({
			name: 'live'
		});
		const pending = presenter.registered(standIn as HTMLElement);
		const settled = await Promise.race([pending.then(() => 'found'), Promise.resolve('waiting')]);
		expect(settled).toBe('waiting');
	});
});
