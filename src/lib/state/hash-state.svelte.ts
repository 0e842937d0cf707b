// A page's state kept in its URL hash (url-state.ts does the encoding): read once the page runs and
// whenever the hash changes, written a moment after edits pause. A link that cannot be read leaves
// the page on its default state with a message, never broken. Call during component setup.
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import type { LinkProblem, StateReading } from './url-state.ts';

export interface HashStateOptions<T> {
	read(hash: string): Promise<StateReading<T> | null>;
	write(state: T): Promise<string>;
	/** The current state; read inside an effect, so what it reads is tracked. */
	snapshot(): T;
	load(state: T): void;
	/** What a plain link shows, and what a broken one falls back to. */
	fallback: T;
	/** What a plain link shows when it is not the fallback (/decode's example): no hash is written for it. */
	plain?: T;
	/** Edits come in bursts (typing): the hash is written once they pause this long. */
	delayMs?: number;
}

export interface HashState {
	/** The hash on arrival has been read (and the page runs): edits are written from now on. */
	readonly ready: boolean;
	/** Why the link on arrival could not be opened, until dismissed. */
	readonly error: LinkProblem | null;
	dismiss(): void;
}

export function useHashState<T>(o: HashStateOptions<T>): HashState {
	/** The hash on arrival has been read: before that, writing would overwrite a link. */
	let ready = $state(false);
	let error = $state<LinkProblem | null>(null);
	let written = '';
	/** Reads in flight are numbered: a slow read of an old hash must not overwrite a newer one. */
	let latest = 0;

	async function readHash(): Promise<void> {
		const hash = location.hash.replace(/^#/, '');
		if (hash === written) return;
		const mine = ++latest;
		const reading = await o.read(hash);
		if (mine !== latest) return;
		if (reading?.ok) {
			o.load(reading.value);
			error = null;
		} else if (reading) {
			o.load(o.fallback);
			error = reading.error;
		}
		written = hash;
	}

	onMount(() => {
		const onHashChange = () => void readHash();
		window.addEventListener('hashchange', onHashChange);
		void readHash().finally(() => (ready = true));
		return () => window.removeEventListener('hashchange', onHashChange);
	});

	$effect(() => {
		const state = o.snapshot();
		if (!ready) return;
		// A plain link stays plain until something is changed.
		if (location.hash === '' && JSON.stringify(state) === JSON.stringify(o.plain ?? o.fallback))
			return;
		const timer = setTimeout(() => {
			void o.write(state).then((hash) => {
				if (hash === written) return;
				written = hash;
				// This page's own URL (its language prefix included) with a new hash.
				replaceState(`${location.pathname}${location.search}#${hash}`, {});
			});
		}, o.delayMs ?? 300);
		return () => clearTimeout(timer);
	});

	return {
		get ready() {
			return ready;
		},
		get error() {
			return error;
		},
		dismiss() {
			error = null;
		}
	};
}
