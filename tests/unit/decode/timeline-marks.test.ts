import { describe, expect, it } from 'vitest';
import type { ConnectionDetail, FrameMark, MessageMark } from '$lib/protocol/capture/index.ts';
import {
	messageOfItem,
	timelineItems,
	timelineMarks
} from '../../../src/routes/decode/capture/timeline-marks.ts';

const frame = (i: number, role: 'client' | 'server', type = 'text', ok = true) =>
	({ role, index: i, time: i / 1000, type, ok }) as FrameMark;

describe('timelineMarks', () => {
	it('draws every frame up to the cap', () => {
		const frames = [frame(0, 'client'), frame(1, 'server')];
		const { marks, capped } = timelineMarks(frames, 0, 1, 10);
		expect(capped).toBe(false);
		expect(marks.map((m) => [m.at, m.count])).toEqual([
			[0, 1],
			[1, 1]
		]);
	});

	it('past the cap, one mark per slice of each lane, counting every frame', () => {
		const frames = Array.from({ length: 1000 }, (_, i) => frame(i, i % 2 ? 'server' : 'client'));
		const { marks, capped } = timelineMarks(frames, 0, 1, 20);
		expect(capped).toBe(true);
		expect(marks.length).toBeLessThanOrEqual(20);
		expect(marks.reduce((n, m) => n + m.count, 0)).toBe(1000);
		expect(marks.map((m) => m.at)).toEqual([...marks.map((m) => m.at)].sort((a, b) => a - b));
	});

	it('a slice shows its rejected frame or close rather than its first', () => {
		const frames = Array.from({ length: 100 }, (_, i) =>
			frame(i, 'client', i === 57 ? 'close' : 'text', i !== 13)
		);
		const { marks } = timelineMarks(frames, 0, 0.1, 4);
		expect(marks.map((m) => m.frame.index)).toEqual([13, 57]);
	});
});

describe('timelineItems', () => {
	const detail = (frames: FrameMark[], messages: MessageMark[]) =>
		({ frames, messages }) as unknown as ConnectionDetail;
	const message = (index: number, role: 'client' | 'server', frames: number[] = []) =>
		({ role, index, time: index, type: 'text', length: 3, frames }) as unknown as MessageMark;

	it('marks frames when the connection has them, and finds the message of each', () => {
		const frames = [
			{ ...frame(0, 'client'), message: 0 },
			{ ...frame(1, 'client'), message: 0 }
		];
		const messages = [message(0, 'client', [0, 1])];
		const { unit, items } = timelineItems(detail(frames, messages));
		expect(unit).toBe('frame');
		expect(items).toBe(frames);
		expect(messageOfItem(messages, items[1]!)).toBe(messages[0]);
	});

	it('marks messages when there are no frames (a HAR records none)', () => {
		const messages = [message(0, 'client'), message(0, 'server'), message(1, 'server')];
		const { unit, items } = timelineItems(detail([], messages));
		expect(unit).toBe('message');
		expect(items.map((i) => [i.role, i.index, i.message, i.ok])).toEqual([
			['client', 0, 0, true],
			['server', 0, 0, true],
			['server', 1, 1, true]
		]);
		expect(messageOfItem(messages, items[2]!)).toBe(messages[2]);
	});
});
