import { describe, expect, it } from 'vitest';
import { parseProgress } from '$lib/learn/progress.svelte.ts';

describe('the path progress kept in the browser', () => {
	it('reads what was stored', () => {
		const stored = JSON.stringify({ read: ['frame'], done: ['masking'], last: 'frame' });
		expect(parseProgress(stored)).toEqual({ read: ['frame'], done: ['masking'], last: 'frame' });
	});

	it('starts empty from nothing, from junk, and from the wrong shapes', () => {
		const empty = { read: [], done: [], last: null };
		expect(parseProgress(null)).toEqual(empty);
		expect(parseProgress('{not json')).toEqual(empty);
		expect(parseProgress('[1,2]')).toEqual(empty);
		expect(parseProgress(JSON.stringify({ read: 'frame', done: [1], last: 3 }))).toEqual(empty);
	});
});
