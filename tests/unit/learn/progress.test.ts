import { describe, expect, it } from 'vitest';
import { parseProgress } from '$lib/learn/progress.svelte.ts';

describe('the path progress kept in the browser', () => {
	it('reads what was stored', () => {
		const stored = JSON.stringify({ read: ['frame'], done: ['masking'], last: 'frame' });
		expect(parseProgress(stored)).toEqual({
			read: ['frame'],
			done: ['masking'],
			solved: [],
			last: 'frame'
		});
		const questions = JSON.stringify({ solved: ['frame/first_byte', 'review/utf8/mixed_length'] });
		expect(parseProgress(questions).solved).toEqual([
			'frame/first_byte',
			'review/utf8/mixed_length'
		]);
	});

	it('starts empty from nothing, from junk, and from the wrong shapes', () => {
		const empty = { read: [], done: [], solved: [], last: null };
		expect(parseProgress(null)).toEqual(empty);
		expect(parseProgress('{not json')).toEqual(empty);
		expect(parseProgress('[1,2]')).toEqual(empty);
		expect(
			parseProgress(JSON.stringify({ read: 'frame', done: [1], solved: {}, last: 3 }))
		).toEqual(empty);
	});
});
