// Which of a connection's messages the table shows: by sender, by type, and by text (a regular
// expression, or the plain text when it is not one). Pure, so it runs on every keystroke over
// 100 000 messages and is tested in Node.
import type { MessageMark } from '$lib/protocol/capture/index.ts';

export type SenderFilter = 'both' | 'client' | 'server';
export const MESSAGE_TYPES = ['text', 'binary', 'close', 'ping', 'pong'] as const;
export type TypeFilter = 'all' | (typeof MESSAGE_TYPES)[number];

export interface MessageFilter {
	sender: SenderFilter;
	type: TypeFilter;
	search: string;
}

export const NO_FILTER: MessageFilter = { sender: 'both', type: 'all', search: '' };

/** The search as a case-insensitive pattern; `regex` false when it was not one and is read literally. */
export function searchPattern(search: string): { pattern: RegExp | null; regex: boolean } {
	if (search === '') return { pattern: null, regex: true };
	try {
		return { pattern: new RegExp(search, 'iu'), regex: true };
	} catch {
		const literal = search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return { pattern: new RegExp(literal, 'iu'), regex: false };
	}
}

/** Indexes (into `messages`) of the messages the filter keeps, in order. */
export function filterMessages(messages: readonly MessageMark[], filter: MessageFilter): number[] {
	const { pattern } = searchPattern(filter.search);
	const kept: number[] = [];
	for (let i = 0; i < messages.length; i++) {
		const m = messages[i]!;
		if (filter.sender !== 'both' && m.role !== filter.sender) continue;
		if (filter.type !== 'all' && m.type !== filter.type) continue;
		if (pattern && !pattern.test(m.preview) && !(m.code !== null && pattern.test(`${m.code}`)))
			continue;
		kept.push(i);
	}
	return kept;
}
