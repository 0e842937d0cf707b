// The teacher's view against a class of 40 `ws` clients (half offering permessage-deflate): every
// student appears, anonymised, with the messages the engine read from the tap (the text each one
// sent, its own masking key); the feed is capped; the view needs the teacher token in classroom mode
// and refuses another origin; a student who sends a broken frame shows the engine's problem code and
// ws's close code, and the others are unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassFeed } from '../../src/server/live/classroom.ts';
import { CLASS_LIMITS } from '../../src/server/live/classroom.ts';
import { encodeFrame } from '$lib/protocol/index.ts';
import {
	openClient,
	rawSocket,
	received,
	startLive,
	type Client,
	type Running
} from './live-helpers.ts';

const TOKEN = 'teacher-token-for-tests';
const STUDENTS = 40;
const EACH = 6;
let running: Running;
let students: Client[];

const classFeed = async (headers: Record<string, string> = { 'x-wsviz-token': TOKEN }) =>
	fetch(running.url('/live/api/class'), { headers });

beforeAll(async () => {
	running = await startLive({ token: TOKEN });
	students = await Promise.all(
		Array.from({ length: STUDENTS }, (_, i) =>
			openClient(running, `student-label-${i}`, { perMessageDeflate: i % 2 === 0 })
		)
	);
	for (const [i, s] of students.entries())
		for (let k = 0; k < EACH; k++) s.ws.send(`student ${i} says ${k}`);
	students[0]!.ws.send('x'.repeat(500));
	students[1]!.ws.send(Buffer.from([0, 1, 2, 3]));
	await Promise.all(students.map((s, i) => received(s, EACH + (i < 2 ? 1 : 0))));
});
afterAll(async () => {
	for (const s of students) s.ws.close();
	await running.close();
});

describe('the class feed', () => {
	it('needs the teacher token in classroom mode, and refuses another origin', async () => {
		const none = await classFeed({});
		expect(none.status).toBe(403);
		expect(await none.json()).toEqual({ error: 'teacher_token_required' });
		const wrong = await classFeed({ 'x-wsviz-token': 'not-the-token-for-tests' });
		expect(wrong.status).toBe(403);
		const elsewhere = await classFeed({ 'x-wsviz-token': TOKEN, Origin: 'http://evil.example' });
		expect(await elsewhere.json()).toEqual({ error: 'other_origin_refused' });
	});

	it('shows all 40 students, anonymised, with what each sent, read by the engine', async () => {
		const res = await classFeed();
		expect(res.status).toBe(200);
		const text = await res.text();
		expect(text).not.toContain('student-label'); // labels (and addresses) stay on the server
		const feed = JSON.parse(text) as ClassFeed;
		expect(feed.students).toHaveLength(STUDENTS);
		expect(new Set(feed.students.map((s) => s.student)).size).toBe(STUDENTS);
		expect(feed.students.every((s) => s.open && s.problem === null)).toBe(true);
		expect(feed.students.map((s) => s.messages).sort((a, b) => b - a)[0]).toBe(EACH + 1);
		expect(feed.students.filter((s) => s.extensions.includes('permessage-deflate'))).toHaveLength(
			STUDENTS / 2
		);
		expect(feed.total).toBe(STUDENTS * EACH + 2);
		expect(feed.messages).toHaveLength(CLASS_LIMITS.feed);
		for (const message of feed.messages) {
			expect(message.mask).toMatch(/^[0-9a-f]{8}$/);
			if (message.type === 'text' && message.text!.startsWith('student'))
				expect(message.text).toMatch(/^student \d+ says [0-5]$/);
		}
		// The feed is the newest messages, in the order they passed the tap.
		const times = feed.messages.map((m) => m.time);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		const long = feed.messages.find((m) => m.length === 500);
		if (long) expect(long.text).toBe('x'.repeat(CLASS_LIMITS.textChars));
		const binary = feed.messages.find((m) => m.type === 'binary');
		if (binary) expect(binary.hex).toBe('00010203');
		// Compressed messages are the deflate half's, and inflate to what was sent.
		expect(feed.messages.some((m) => m.compressed)).toBe(true);
	});

	it('points at a student who sent a broken frame, and the others carry on', async () => {
		const raw = await rawSocket(running);
		// An unmasked client frame: a server must fail the connection (RFC 6455 §5.1), ws with 1002.
		raw.socket.write(encodeFrame({ opcode: 1, payload: new TextEncoder().encode('hi') }));
		await raw.ended;
		expect(raw.frames().messages[0]).toMatchObject({ type: 'close', code: 1002 });
		let broken: ClassFeed['students'][number];
		do {
			const feed = (await (await classFeed()).json()) as ClassFeed;
			broken = feed.students.at(-1)!;
		} while (broken.open);
		expect(broken.problem?.code).toBe('client_frame_unmasked');
		students[2]!.ws.send('still here');
		await received(students[2]!, EACH + 1);
		expect(students[2]!.received.at(-1)!.data.toString()).toBe('still here');
	});
});
