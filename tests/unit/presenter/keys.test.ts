import { describe, expect, it } from 'vitest';
import { PRESENTER_KEYS, presenterAction, type KeyPress } from '$lib/presenter/keys.ts';

/** A stand-in for a focused element: just enough of Element for closest(). */
function element(matches: string[]): Pick<Element, 'closest'> {
	const fake = {
		closest: (selector: string) =>
			selector.split(',').some((s) => matches.includes(s.trim())) ? (fake as Element) : null
	};
	return fake as Pick<Element, 'closest'>;
}

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	defaultPrevented: false,
	target: null,
	...more
});

describe('presenter keys', () => {
	it('steps with the arrows and with the Page keys clickers send', () => {
		expect(['ArrowRight', 'PageDown'].map((k) => presenterAction(press(k)))).toEqual([
			'next',
			'next'
		]);
		expect(['ArrowLeft', 'PageUp'].map((k) => presenterAction(press(k)))).toEqual([
			'previous',
			'previous'
		]);
		expect(presenterAction(press('Home'))).toBe('first');
		expect(presenterAction(press('End'))).toBe('last');
		expect(presenterAction(press(' '))).toBe('play');
		expect(presenterAction(press('f'))).toBe('fullscreen');
		expect(presenterAction(press('?'))).toBe('help');
	});

	it('leaves other keys and modified keys alone', () => {
		expect(presenterAction(press('a'))).toBeNull();
		expect(presenterAction(press('ArrowRight', { altKey: true }))).toBeNull();
		expect(presenterAction(press('f', { ctrlKey: true }))).toBeNull();
		expect(presenterAction(press('PageDown', { defaultPrevented: true }))).toBeNull();
	});

	it('never takes a key from a field being typed in', () => {
		for (const key of ['ArrowRight', 'PageDown', ' ', 'f', '?', 'Home'])
			expect(presenterAction(press(key, { target: element(['textarea']) }))).toBeNull();
		expect(presenterAction(press('f', { target: element(['input']) }))).toBeNull();
	});

	it('lets buttons have their Space and roving groups their arrows, but steps on PageDown', () => {
		expect(presenterAction(press(' ', { target: element(['button']) }))).toBeNull();
		expect(presenterAction(press('ArrowRight', { target: element(['[data-roving]']) }))).toBeNull();
		expect(presenterAction(press('PageDown', { target: element(['button']) }))).toBe('next');
		expect(presenterAction(press('?', { target: element(['button']) }))).toBe('help');
	});

	it('does not let a focused button or link swallow the arrows or Home/End', () => {
		const button = { target: element(['button']) };
		expect(presenterAction(press('ArrowRight', button))).toBe('next');
		expect(presenterAction(press('ArrowLeft', button))).toBe('previous');
		expect(presenterAction(press('Home', button))).toBe('first');
		expect(presenterAction(press('End', { target: element(['a[href]']) }))).toBe('last');
		expect(presenterAction(press('Home', { target: element(['[role="slider"]']) }))).toBeNull();
	});

	it('gives every action a key, once', () => {
		const keys = PRESENTER_KEYS.flatMap((r) => r.keys);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
