// The live server's HTTP side: the tap API's origin and token rules, the event source over its four
// transports, "send raw bytes" to ws and to the engine's strict server, the connection limit, and
// `wsviz serve` serving the site beside the lab.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeHandle } from '../../src/cli/serve-command.ts';
import type { Io } from '../../src/cli/io.ts';
import { decode, encodeFrame } from '../../src/lib/protocol/index.ts';
import { LIVE_LIMITS } from '../../src/server/live/limits.ts';
import type { RawAnswer } from '../../src/server/live/raw.ts';
import {
	openClient,
	rawSocket,
	startLive,
	tapOf,
	type Client,
	type Running
} from './live-helpers.ts';

let running: Running;
beforeAll(async () => (running = await startLive()));
afterAll(() => running.close());

describe('the tap API', () => {
	it('answers without an Origin and from its own origin, and refuses another origin', async () => {
		const get = (origin?: string) =>
			fetch(running.url('/live/api/connections'), { headers: origin ? { Origin: origin } : {} });
		expect((await get()).status).toBe(200);
		expect((await get(`http://127.0.0.1:${running.port}`)).status).toBe(200);
		const refused = await get('http://evil.example');
		expect(refused.status).toBe(403);
		expect(await refused.json()).toEqual({ error: 'other_origin_refused' });
	});

	it('in classroom mode shows everything only with the teacher token, and a page its own label', async () => {
		const classroom = await startLive({ token: 'teacher-secret' });
		try {
			const label = 'a-long-random-label-0001';
			const mine = await openClient(classroom, label);
			const other = await openClient(classroom, 'someone-else-label-0002');
			const get = (query: string, headers: Record<string, string> = {}) =>
				fetch(classroom.url(`/live/api/connections${query}`), { headers });
			expect((await get('')).status).toBe(403);
			const own = (await (await get(`?label=${label}`)).json()) as { label: string }[];
			expect(own.map((c) => c.label)).toEqual([label]);
			const all = (await (
				await get('', { 'x-wsviz-token': 'teacher-secret' })
			).json()) as unknown[];
			expect(all).toHaveLength(2);
			mine.ws.close();
			other.ws.close();
		} finally {
			await classroom.close();
		}
	});
});

describe('the event source', () => {
	it('answers a poll with the events since the last one seen', async () => {
		const res = await fetch(running.url('/live/events/polling?interval=50&tap=poll-run'));
		const body = (await res.json()) as { seq: number; events: { seq: number; sentAt: number }[] };
		expect(res.headers.get('content-type')).toBe('application/json');
		const next = await fetch(
			running.url(`/live/events/long-polling?interval=50&since=${body.seq}`)
		);
		const later = (await next.json()) as { events: { seq: number; sentAt: number }[] };
		expect(later.events.length).toBeGreaterThan(0);
		expect(later.events[0]!.seq).toBe(body.seq + 1);
		expect(later.events[0]!.sentAt).toBe((body.seq + 1) * 50);
	});

	it.each([
		['sse', /^(id: \d+\ndata: \{"seq":\d+,"sentAt":\d+\}\n\n){3}$/],
		['streaming', /^(\{"seq":\d+,"sentAt":\d+\}\n){3}$/]
	])('%s sends count events, and the tap holds the response as sent', async (transport, shape) => {
		const label = `stream-${transport}`;
		const res = await fetch(
			running.url(`/live/events/${transport}?interval=20&count=3&tap=${label}`)
		);
		expect(await res.text()).toMatch(shape);
		const [connection] = await tapOf(running, label);
		expect(connection?.transport).toBe(transport);
		const sent = Buffer.from(connection!.server.hex, 'hex').toString();
		expect(sent).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
		expect(Buffer.from(connection!.client.hex, 'hex').toString()).toMatch(/^GET \/live\/events\//);
	});
});

describe('send raw bytes', () => {
	const send = async (frames: Uint8Array) => {
		const res = await fetch(running.url('/live/api/raw'), {
			method: 'POST',
			body: Buffer.from(frames).toString('hex')
		});
		return (await res.json()) as { ws: RawAnswer; strict: RawAnswer };
	};
	const mask = new Uint8Array([9, 8, 7, 6]);

	it('shows ws and the strict server both failing a frame with RSV1 and no extension: 1002', async () => {
		const answer = await send(encodeFrame({ opcode: 'text', text: 'hi', rsv1: true, mask }));
		expect(answer.ws).toMatchObject({ outcome: 'closed', status: 101, closeCode: 1002 });
		expect(answer.strict).toMatchObject({
			outcome: 'closed',
			closeCode: 1002,
			reason: 'rsv_bit_without_extension'
		});
	});

	it('shows both echoing a valid frame and waiting for more', async () => {
		const answer = await send(encodeFrame({ opcode: 'text', text: 'Hello', mask }));
		for (const side of [answer.ws, answer.strict]) {
			expect(side.outcome).toBe('silent');
			const echo = decode(Buffer.from(side.hex, 'hex'), { from: 'server' }).messages[0];
			expect(echo?.text).toBe('Hello');
		}
	});

	it('refuses a body that is not hex', async () => {
		const res = await fetch(running.url('/live/api/raw'), { method: 'POST', body: 'zz' });
		expect(res.status).toBe(400);
	});
});

describe('the connection limit', () => {
	it(`refuses connection ${LIVE_LIMITS.connections + 1} with 503, and takes one again after a close`, async () => {
		const clients: Client[] = [];
		for (let i = 0; i < LIVE_LIMITS.connections; i++)
			clients.push(await openClient(running, `many`, { perMessageDeflate: false }));
		const raw = await rawSocket(running, true);
		expect(raw.text()).toMatch(/^HTTP\/1\.1 503 /);
		clients[0]!.ws.close();
		await clients[0]!.closed;
		const again = await openClient(running, 'after-limit');
		again.ws.close();
		for (const c of clients.slice(1)) c.ws.terminate();
	});
});

describe('wsviz serve', () => {
	let handle: ServeHandle;
	const io: Io = {
		out: () => {},
		err: () => {},
		readStdin: async () => '',
		readStdinBytes: async () => new Uint8Array(),
		stdinIsTTY: false,
		color: false,
		env: {}
	};
	beforeAll(async () => {
		const site = mkdtempSync(join(tmpdir(), 'wsviz-site-'));
		writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
		writeFileSync(join(site, 'live.html'), '<h1>live</h1>');
		const started = await startServe(['--port', '0'], { ...io, env: { WSVIZ_SITE_DIR: site } });
		if (typeof started === 'number') throw new Error(`serve exited ${started}`);
		handle = started;
	});
	afterAll(() => handle.close());

	it('serves the prerendered pages and the live lab on one port, on the loopback', async () => {
		expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(await (await fetch(`${handle.url}/live`)).text()).toBe('<h1>live</h1>');
		expect((await fetch(`${handle.url}/live/api/status`)).status).toBe(200);
		expect((await fetch(`${handle.url}/..%2f..%2fetc/passwd`)).status).toBe(404);
	});
});
