import { describe, expect, it } from 'vitest';
import type { MessageMark } from '$lib/protocol/capture/index.ts';
import {
	filterMessages,
	NO_FILTER,
	searchPattern
} from '../../../src/routes/decode/capture/message-filter.ts';

const mark = (
	role: 'client' | 'server',
	type: string,
	preview: string,
	code: number | null = null
) =>
	({
		role,
		index: 0,
		time: 0,
		type,
		length: preview.length,
		preview,
		code,
		compressed: false,
		frames: [0]
	}) as MessageMark;

const messages = [
	mark('client', 'text', 'hello'),
	mark('server', 'text', 'Hello back'),
	mark('client', 'ping', ''),
	mark('server', 'binary', '00 01 02'),
	mark('client', 'close', 'bye', 1000)
];

describe('filterMessages', () => {
	it('keeps everything without a filter', () => {
		expect(filterMessages(messages, NO_FILTER)).toEqual([0, 1, 2, 3, 4]);
	});

	it('filters by sender and by type', () => {
		expect(filterMessages(messages, { ...NO_FILTER, sender: 'server' })).toEqual([1, 3]);
		expect(filterMessages(messages, { ...NO_FILTER, type: 'text' })).toEqual([0, 1]);
		expect(filterMessages(messages, { sender: 'client', type: 'text', search: '' })).toEqual([0]);
	});

	it('searches text as a case-insensitive regular expression, and close codes', () => {
		expect(filterMessages(messages, { ...NO_FILTER, search: '^hel' })).toEqual([0, 1]);
		expect(filterMessages(messages, { ...NO_FILTER, search: 'back$' })).toEqual([1]);
		expect(filterMessages(messages, { ...NO_FILTER, search: '1000' })).toEqual([4]);
	});

	it('reads a search that is not a regular expression literally', () => {
		expect(searchPattern('(').regex).toBe(false);
		const odd = [mark('client', 'text', 'a (b'), mark('client', 'text', 'ab')];
		expect(filterMessages(odd, { ...NO_FILTER, search: '(b' })).toEqual([0]);
	});
});
