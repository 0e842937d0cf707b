// A real peer checks us (STYLE.md §4): a ws server answers 101 to the requests we build, with the
// accept we compute; a ws client opens on the responses we build for its own key and fails on the
// broken ones, as our verdict says; and every note about ws beside an RFC reading is what ws does.
// Built with ws 8.x (a devDependency), on 127.0.0.1, every wait bounded.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { checkHandshake, parseHttpMessage, type BuildOptions } from '$lib/protocol/index.ts';
import { built, exchange, statusOf, variant, within, type Note } from './handshake-helpers.ts';

const VERSION = 'handshake_version_unsupported';

describe('a ws server answers the requests we build', () => {
	let server: WebSocketServer;
	let port = 0;

	beforeAll(async () => {
		server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true });
		await within(new Promise((resolve) => server.once('listening', resolve)), 'listening');
		port = (server.address() as net.AddressInfo).port;
		server.on('connection', (socket) => socket.terminate());
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	const cases: Omit<BuildOptions, 'url'>[] = [
		{},
		{ protocols: ['chat', 'superchat'], origin: 'http://127.0.0.1' },
		{ extensions: 'permessage-deflate; client_max_window_bits' },
		{ extensions: 'permessage-deflate; server_no_context_takeover; client_no_context_takeover' },
		{ extensions: 'permessage-deflate; server_max_window_bits=10' },
		{ extensions: 'x-webkit-deflate-frame', cookies: 'sid=1; theme=dark' }
	];
	for (const options of cases) {
		it(`answers 101 with our accept: ${JSON.stringify(options)}`, async () => {
			const b = built({ url: `ws://127.0.0.1:${port}/chat?x=1`, ...options });
			const head = await exchange(port, b.request);
			expect(statusOf(head)).toBe(101);
			const result = checkHandshake(b.request, head);
			expect(result.accept?.received).toBe(b.accept.base64);
			expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
			expect(result.verdict).toEqual({ ok: true, status: 101, clientAccepts: true });
			// ws chooses what our built response chooses: the first subprotocol, the same deflate answer.
			const mine = parseHttpMessage(b.response)!.headers.map((h) => `${h.key}: ${h.value}`);
			const theirs = parseHttpMessage(head)!.headers.map((h) => `${h.key}: ${h.value}`);
			expect(theirs.sort()).toEqual(mine.sort());
		});
	}

	// What ws does where it differs from the RFC: each row is a note in peer-notes.ts.
	const notes: Note[] = [
		{ what: 'HTTP/1.0', code: 'handshake_http_version', status: 101, start: 'GET / HTTP/1.0' },
		{ what: 'no Host', code: 'handshake_host_missing', status: 101, set: { Host: null } },
		{ what: 'two Host headers', code: 'handshake_host_repeated', status: 101, add: ['Host: b'] },
		{
			what: 'no Connection',
			code: 'handshake_connection_missing_upgrade',
			status: 426,
			set: { Connection: null }
		},
		{
			what: 'Upgrade: websocket, foo',
			code: 'handshake_upgrade_several',
			status: 400,
			set: { Upgrade: 'websocket, foo' }
		},
		{ what: 'version 12', code: VERSION, status: 400, set: { 'Sec-WebSocket-Version': '12' } },
		{ what: 'version 8', code: VERSION, status: 101, set: { 'Sec-WebSocket-Version': '8' } },
		{
			what: 'a deflate offer to decline',
			code: 'handshake_extension_offer_declined',
			status: 400,
			add: ['Sec-WebSocket-Extensions: permessage-deflate; foo=bar']
		},
		{ what: 'bare LF', code: 'handshake_bare_lf', status: 400, eol: '\n' }
	];
	for (const { what, code, status, ...change } of notes) {
		it(`${what}: ws answers ${status}, as the note beside ${code} says`, async () => {
			const text = variant(port, change);
			const head = await exchange(port, text);
			expect(statusOf(head)).toBe(status);
			const result = checkHandshake(text);
			const at = result.diagnostics.findIndex((d) => d.code === code);
			expect(at).toBeGreaterThanOrEqual(0);
			expect(result.diagnostics.slice(at + 1).map((d) => d.code)).toContain('handshake_peer_note');
			if (what === 'version 12') expect(head).toContain('Sec-WebSocket-Version: 13, 8');
		});
	}
});

/** A raw server that answers each ws client's request with a response made from it. */
describe('a ws client opens on the responses we build for its own key', () => {
	let server: net.Server;
	let port = 0;
	const sockets = new Set<net.Socket>();
	let answer: (request: string) => string = () => '';

	beforeAll(async () => {
		server = net.createServer((socket) => {
			sockets.add(socket);
			let head = '';
			socket.on('data', (chunk) => {
				head += chunk.toString('latin1');
				if (head.includes('\r\n\r\n')) socket.write(answer(head), 'latin1');
			});
			socket.on('error', () => {});
		});
		await within(new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)), 'listen');
		port = (server.address() as net.AddressInfo).port;
	});
	afterAll(async () => {
		for (const s of sockets) s.destroy();
		await within(new Promise((resolve) => server.close(resolve)), 'close');
	});

	/** Our 101 for the request's own key, subprotocols and offer, then `alter`ed. */
	function ourResponse(request: string, alter: (response: string) => string): string {
		const msg = parseHttpMessage(request)!;
		const get = (key: string): string | undefined => msg.headers.find((h) => h.key === key)?.value;
		const b = built({
			url: `ws://127.0.0.1:${port}/`,
			key: get('sec-websocket-key'),
			protocols: get('sec-websocket-protocol')?.split(/,\s*/),
			extensions: get('sec-websocket-extensions')
		});
		return alter(b.response);
	}

	interface Outcome {
		opened: boolean;
		error?: string;
		protocol?: string;
		extensions?: string;
		request: string;
		response: string;
	}

	async function connect(
		protocols: string[],
		deflate: boolean,
		alter: (response: string) => string = (r) => r
	): Promise<Outcome> {
		let request = '';
		let response = '';
		answer = (head) => {
			request = head;
			response = ourResponse(head, alter);
			return response;
		};
		const client = new WebSocket(`ws://127.0.0.1:${port}/`, protocols, {
			perMessageDeflate: deflate
		});
		const result = await within(
			new Promise<{ opened: boolean; error?: string }>((resolve) => {
				client.once('open', () => resolve({ opened: true }));
				client.once('error', (e) => resolve({ opened: false, error: e.message }));
			}),
			'the ws client'
		);
		const outcome: Outcome = {
			...result,
			request,
			response,
			protocol: client.protocol,
			extensions: client.extensions
		};
		client.terminate();
		return outcome;
	}

	const verdictOf = (o: Outcome) => checkHandshake(o.request, o.response);

	it.each([
		['no subprotocol, no extension', [], false],
		['two subprotocols', ['chat', 'superchat'], false],
		['a permessage-deflate offer', [], true]
	] as const)('opens with %s, as our verdict says', async (_, protocols, deflate) => {
		const o = await connect([...protocols], deflate);
		expect(o.error).toBeUndefined();
		expect(o.opened).toBe(true);
		const r = verdictOf(o);
		// The ws client's own request is valid too.
		expect(r.verdict).toEqual({ ok: true, status: 101, clientAccepts: true });
		if (protocols.length > 0) expect(o.protocol).toBe(protocols[0]);
		if (deflate) expect(o.extensions).toBe('permessage-deflate');
	});

	it.each([
		[
			'a wrong accept',
			[],
			false,
			(r: string) => r.replace(/Accept: .*\r\n/, 'Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n'),
			'handshake_accept_mismatch'
		],
		[
			'a subprotocol not offered',
			[],
			false,
			(r: string) => r.replace('\r\n\r\n', '\r\nSec-WebSocket-Protocol: chat\r\n\r\n'),
			'handshake_subprotocol_not_offered'
		],
		[
			'two subprotocols chosen',
			['chat', 'superchat'],
			false,
			(r: string) => r.replace('Protocol: chat', 'Protocol: chat, superchat'),
			'handshake_subprotocol_multiple'
		],
		[
			'an extension not offered',
			[],
			false,
			(r: string) =>
				r.replace('\r\n\r\n', '\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n'),
			'handshake_extension_not_offered'
		],
		[
			'a window of 7 bits',
			[],
			true,
			(r: string) =>
				r.replace('permessage-deflate', 'permessage-deflate; server_max_window_bits=7'),
			'handshake_extension_param_invalid'
		],
		[
			'no Connection',
			[],
			false,
			(r: string) => r.replace('Connection: Upgrade\r\n', ''),
			'handshake_connection_missing_upgrade'
		]
	] as const)('fails on %s, as our verdict says', async (_, protocols, deflate, alter, code) => {
		const o = await connect([...protocols], deflate, alter);
		expect(o.opened).toBe(false);
		const r = verdictOf(o);
		expect(r.verdict.clientAccepts).toBe(false);
		expect(r.verdict.clientError?.code).toBe(code);
	});

	it('fails when it offered subprotocols and none was chosen: stricter than the RFC, as noted', async () => {
		const o = await connect(['chat'], false, (r) =>
			r.replace('Sec-WebSocket-Protocol: chat\r\n', '')
		);
		expect(o.opened).toBe(false);
		expect(o.error).toMatch(/no subprotocol/);
		const r = verdictOf(o);
		expect(r.verdict.clientAccepts).toBe(true);
		expect(r.diagnostics.map((d) => d.code)).toEqual(
			expect.arrayContaining(['handshake_subprotocol_none_chosen', 'handshake_peer_note'])
		);
	});
});
