// A real peer with permessage-deflate (RFC 7692), over loopback. A ws client and a ws server talk
// through a TCP relay that records each direction: what each side put on the wire must decode to
// exactly the messages the other side received. The other way, frames we compress and mask ourselves,
// after a hand-made upgrade, must reach a ws server unchanged. Built with ws 8.x and Node's zlib.
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { WebSocket, WebSocketServer, type PerMessageDeflateOptions } from 'ws';
import {
	answerDeflateOffers,
	checkDeflateResponse,
	concatBytes,
	decode,
	directionOf,
	encodeFrame,
	encodeMessage,
	MessageDeflater,
	negotiatedDeflate,
	parseExtensionsHeader,
	type DecodeResult,
	type DeflateConfig,
	type DeflateDirection,
	type Role
} from '$lib/protocol/index.ts';
import { toHex } from '../helpers.ts';
import { rawUpgrade, splitUpgrade, startRelay, within } from './loopback.ts';
import {
	binary,
	buf,
	cutText,
	expectedSeen,
	isData,
	pieces,
	ping,
	play,
	seenOf,
	text,
	watch,
	type Act,
	type Closing,
	type Seen,
	type Watched
} from './ws-endpoint.ts';

const WAIT = 5000;
const utf8 = new TextEncoder();

// ── cleanup: every server, relay and socket a test opens is closed, even when it fails ────────────

const openResources = new Set<() => Promise<void> | void>();

function track(close: () => Promise<void> | void): () => Promise<void> {
	openResources.add(close);
	return async () => {
		openResources.delete(close);
		await close();
	};
}

afterAll(async () => {
	await Promise.all([...openResources].map((close) => close()));
});

async function startServer(
	perMessageDeflate: PerMessageDeflateOptions | false
): Promise<{ server: WebSocketServer; port: number; close: () => Promise<void> }> {
	const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate });
	await within(new Promise((resolve) => server.once('listening', resolve)), WAIT, 'listening');
	const close = track(
		() =>
			new Promise<void>((resolve) => {
				for (const client of server.clients) client.terminate();
				server.close(() => resolve());
			})
	);
	const address = server.address();
	if (typeof address !== 'object' || !address) throw new Error('no port');
	return { server, port: address.port, close };
}

// ── ws talks to ws through the relay ─────────────────────────────────────────────────────────────

/** ws's permessage-deflate options for each side; false turns it off. */
interface Sides {
	client: PerMessageDeflateOptions | false;
	server: PerMessageDeflateOptions | false;
}

interface Conversation {
	client: Act[];
	server: Act[];
	close: Closing & { by: Role };
}

interface Talk {
	offer: string | undefined;
	extensions: string | undefined;
	fromClient: Uint8Array;
	fromServer: Uint8Array;
	client: Watched;
	server: Watched;
}

async function talk(options: Sides, conversation: Conversation): Promise<Talk> {
	const { server: wss, port, close: closeServer } = await startServer(options.server);
	const relay = await startRelay(port);
	const closeRelay = track(() => relay.close());
	try {
		const accepted = new Promise<Watched>((resolve) => {
			wss.once('connection', (ws) => resolve(watch(ws)));
		});
		const ws = new WebSocket(`ws://127.0.0.1:${relay.port}`, {
			perMessageDeflate: options.client
		});
		const client = watch(ws);
		await within(new Promise((resolve) => ws.once('open', resolve)), WAIT, 'the client opening');
		const server = await within(accepted, WAIT, 'the server accepting');
		play(client.ws, conversation.client);
		play(server.ws, conversation.server);
		// Close only once everything arrived, so both directions end with the close handshake.
		await vi.waitFor(
			() => {
				expect(server.seen.filter((s) => s.type !== 'pong')).toHaveLength(
					expectedSeen(conversation.client).length
				);
				expect(client.seen.filter((s) => s.type !== 'pong')).toHaveLength(
					expectedSeen(conversation.server).length
				);
			},
			{ timeout: WAIT, interval: 2 }
		);
		const { by, code, reason } = conversation.close;
		(by === 'client' ? client : server).ws.close(code, reason);
		await within(
			Promise.all([client.closed, server.closed, relay.connections[0]!.closed]),
			WAIT,
			'the close handshake'
		);
		const request = splitUpgrade(Buffer.concat(relay.connections[0]!.up))!;
		const response = splitUpgrade(Buffer.concat(relay.connections[0]!.down))!;
		expect(response.startLine).toMatch(/^HTTP\/1\.1 101 /);
		return {
			offer: request.headers.get('sec-websocket-extensions'),
			extensions: response.headers.get('sec-websocket-extensions'),
			fromClient: request.frames,
			fromServer: response.frames,
			client,
			server
		};
	} finally {
		await closeRelay();
		await closeServer();
	}
}

/**
 * Checks one direction: our decoding of what `sender` wrote equals what it was asked to send and
 * what `receiver` (the other ws) delivered, control frames and the closing handshake included.
 */
function expectDirection(
	result: DecodeResult,
	acts: Act[],
	sender: Watched,
	receiver: Watched,
	close: Closing,
	compressed: boolean
): void {
	const ours = result.messages.map(seenOf);
	const sent = expectedSeen(acts);
	expect(receiver.seen.filter((s) => s.type !== 'pong')).toEqual(sent);
	expect(ours.filter((s) => s.type !== 'pong' && s.type !== 'close')).toEqual(sent);
	// ws answers every ping with a pong of the same payload (RFC 6455 §5.5.3).
	const pongs = sender.seen.filter((s) => s.type === 'ping').map((s) => ({ ...s, type: 'pong' }));
	expect(ours.filter((s) => s.type === 'pong')).toEqual(pongs);
	expect(receiver.seen.filter((s) => s.type === 'pong')).toEqual(pongs);
	// The close frame ends the direction, with the code and reason the receiver reported.
	expect(ours.at(-1)).toMatchObject({ type: 'close', ...close });
	expect(result.diagnostics.filter((d) => d.code !== 'mask_key_all_zero')).toEqual([]);
	expect(result.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
	expect(result.unparsed).toBeUndefined();
	// RFC 7692 §6: with threshold 0 ws compresses every data message, and RSV1 marks its first frame.
	const data = result.messages.filter(isData);
	expect(data.map((m) => m.compressed)).toEqual(data.map(() => compressed));
	const firsts = new Set(data.map((m) => m.frames[0]));
	expect(result.frames.map((f) => f.rsv1)).toEqual(
		result.frames.map((f) => compressed && firsts.has(f.index))
	);
	const fragmentCounts = acts.flatMap((a) => (a.type === 'ping' ? [] : [a.parts.length]));
	expect(data.map((m) => m.frames.length)).toEqual(fragmentCounts);
}

async function expectConversation(options: Sides, conversation: Conversation): Promise<Talk> {
	const t = await talk(options, conversation);
	expect(t.client.errors).toEqual([]);
	expect(t.server.errors).toEqual([]);
	const closing = { code: conversation.close.code, reason: conversation.close.reason };
	expect(await t.client.closed).toEqual(closing);
	expect(await t.server.closed).toEqual(closing);
	const compressed = t.extensions !== undefined;
	const up = decode(t.fromClient, { from: 'client', extensions: t.extensions, annotate: false });
	const down = decode(t.fromServer, { from: 'server', extensions: t.extensions, annotate: false });
	expectDirection(up, conversation.client, t.client, t.server, closing, compressed);
	expectDirection(down, conversation.server, t.server, t.client, closing, compressed);
	return t;
}

// ── examples ──────────────────────────────────────────────────────────────────────────────────────

const KOREAN = '안녕하세요 세계';

/** Bytes that do not compress: xorshift32 noise, the same for a seed. */
function noise(n: number, seed: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = seed | 1;
	for (let i = 0; i < n; i++) {
		x ^= x << 13;
		x ^= x >>> 17;
		x ^= x << 5;
		out[i] = x & 0xff;
	}
	return out;
}

/** Text repeated to at least `bytes` bytes of UTF-8: it compresses very well. */
function repeated(unit: string, bytes: number): string {
	return unit.repeat(Math.ceil(bytes / utf8.encode(unit).length));
}

const LONG_TEXT = repeated(`${KOREAN}! permessage-deflate, RFC 7692. `, 100_000);
const LONG_BINARY = utf8.encode(repeated('0123456789abcdef', 100_000));
/**
 * 1500 random bytes twice: a match 1500 bytes back, past a 10-bit window (1024 bytes) but within the
 * reach of an 11-bit deflater (2048 - 262 = 1786, zlib keeps room for lookahead). Across messages,
 * a receiver with a smaller window than the sender's fails; within one, zlib resolves it from its
 * output buffer and does not notice.
 */
const FAR = noise(1500, 9);
const FAR_REPEAT = concatBytes([FAR, FAR]);

/** What each side sends in the examples: the same kinds of messages, in a different order. */
function acts(seed: number): Act[] {
	const list: Act[] = [
		text(KOREAN),
		// The same again: with context takeover it becomes a back-reference into the last message.
		text(KOREAN),
		text('👋🌍🎉 emoji, and 👨‍👩‍👧 a family'),
		text(''),
		binary(new Uint8Array(0)),
		binary(Uint8Array.of(0, 1, 2, 0xfe, 0xff)),
		// Byte cuts inside 안 (bytes 0-2), inside 녕 (3-5), an empty fragment, and inside 세 (16-18).
		cutText(KOREAN, [1, 4, 4, 17], 'between fragments'),
		// String fragments must hold whole characters: ws encodes each string on its own.
		pieces('안녕', '하세요 ', '세계'),
		pieces('\ud83d', '\udc4b'),
		cutText('👋🌍', [2, 6], ''),
		text(LONG_TEXT),
		binary(LONG_BINARY, [1000, 50_000], 'in the middle of 100 KB'),
		binary(noise(70_000, seed)),
		binary(noise(20_000, seed + 1), [3, 3, 10_000]),
		binary(FAR_REPEAT),
		// The same bytes as the end of the last message: a match into it under context takeover.
		binary(FAR, [1000]),
		ping('are you there?')
	];
	return seed % 2 ? list : list.reverse();
}

const CONVERSATION = { client: acts(1), server: acts(2) };

const BY_CLIENT: Conversation['close'] = { by: 'client', code: 4000, reason: '잘 가' };
const BY_SERVER: Conversation['close'] = { by: 'server', code: 1001, reason: '안녕히 계세요 👋' };

interface Scenario extends Sides {
	name: string;
	/** The Sec-WebSocket-Extensions headers ws sends, exactly, and what the answer means. */
	offer?: string;
	extensions?: string;
	config?: DeflateConfig;
}

const same = (options: PerMessageDeflateOptions | false): Sides => ({
	client: options,
	server: options
});
const TAKEOVER = { serverNoContextTakeover: false, clientNoContextTakeover: false };

const SCENARIOS: Scenario[] = [
	{
		name: 'context takeover both ways (the defaults)',
		...same({ threshold: 0 }),
		offer: 'permessage-deflate; client_max_window_bits',
		extensions: 'permessage-deflate',
		config: TAKEOVER
	},
	{
		name: 'no context takeover either way',
		...same({ threshold: 0, serverNoContextTakeover: true, clientNoContextTakeover: true }),
		offer:
			'permessage-deflate; server_no_context_takeover; client_no_context_takeover; client_max_window_bits',
		extensions: 'permessage-deflate; server_no_context_takeover; client_no_context_takeover',
		config: { serverNoContextTakeover: true, clientNoContextTakeover: true }
	},
	{
		name: 'server window 10 bits and client window 11 bits',
		...same({ threshold: 0, serverMaxWindowBits: 10, clientMaxWindowBits: 11 }),
		offer: 'permessage-deflate; server_max_window_bits=10; client_max_window_bits=11',
		extensions: 'permessage-deflate; server_max_window_bits=10; client_max_window_bits=11',
		config: { ...TAKEOVER, serverMaxWindowBits: 10, clientMaxWindowBits: 11 }
	},
	{
		name: '9-bit windows',
		...same({ threshold: 0, serverMaxWindowBits: 9, clientMaxWindowBits: 9 }),
		offer: 'permessage-deflate; server_max_window_bits=9; client_max_window_bits=9',
		extensions: 'permessage-deflate; server_max_window_bits=9; client_max_window_bits=9',
		config: { ...TAKEOVER, serverMaxWindowBits: 9, clientMaxWindowBits: 9 }
	},
	{
		// zlib cannot deflate with 8 bits: Node raises a raw 8-bit deflater to 9, whose matches reach
		// back at most 512 - 262 = 250 bytes, so a 256-byte inflate window still reads them.
		name: '8-bit windows (zlib deflates with 9)',
		...same({ threshold: 0, serverMaxWindowBits: 8, clientMaxWindowBits: 8 }),
		offer: 'permessage-deflate; server_max_window_bits=8; client_max_window_bits=8',
		extensions: 'permessage-deflate; server_max_window_bits=8; client_max_window_bits=8',
		config: { ...TAKEOVER, serverMaxWindowBits: 8, clientMaxWindowBits: 8 }
	},
	{ name: 'permessage-deflate off', ...same(false) },
	{
		name: 'an offer the server declines',
		client: { threshold: 0 },
		server: false,
		offer: 'permessage-deflate; client_max_window_bits'
	}
];

// ── we write, ws reads ────────────────────────────────────────────────────────────────────────────

/** A message we encode with encodeMessage, in `fragments` frames, maybe with a ping after the first. */
interface OurMessage {
	type: 'text' | 'binary';
	data: Uint8Array;
	fragments: number;
	pingBetween?: Uint8Array;
}

function ours(
	type: 'text' | 'binary',
	data: string | Uint8Array,
	fragments = 1,
	pingBetween?: string
): OurMessage {
	const m: OurMessage = {
		type,
		data: typeof data === 'string' ? utf8.encode(data) : data,
		fragments
	};
	if (pingBetween !== undefined) m.pingBetween = utf8.encode(pingBetween);
	return m;
}

/** The frames of a message, masked with fresh random keys as a client's are (RFC 6455 §5.3). */
function ourFrames(m: OurMessage, deflater?: MessageDeflater): Uint8Array[] {
	const spec = { type: m.type, payload: m.data, fragments: m.fragments, mask: 'random' as const };
	const { frames } = encodeMessage(spec, deflater);
	if (!m.pingBetween || frames.length < 2) return frames;
	const ping = encodeFrame({ opcode: 'ping', mask: 'random', payload: m.pingBetween });
	return [frames[0]!, ping, ...frames.slice(1)];
}

function expectedOurs(messages: OurMessage[]): Seen[] {
	return expectedSeen(
		messages.map((m): Act => {
			// Only the fragment count matters for the ping; the data is what it is.
			const parts = m.fragments > 1 ? [m.data, new Uint8Array(0)] : [m.data];
			return m.pingBetween
				? { type: m.type, parts, pingBetween: m.pingBetween }
				: { type: m.type, parts };
		})
	);
}

interface Delivery {
	extensions: string | undefined;
	direction: DeflateDirection | undefined;
}

/**
 * Upgrades by hand offering `offer`, compresses as the answer says, and sends the messages then a
 * close frame. The ws server must deliver exactly the messages, with no error; it echoes each one,
 * and its echoes (compressed its way) must decode to the same messages.
 */
async function sendToWs(
	options: PerMessageDeflateOptions | false,
	offer: string | undefined,
	messages: OurMessage[],
	close: Closing
): Promise<Delivery> {
	const { server, port, close: closeServer } = await startServer(options);
	try {
		const accepted = new Promise<Watched>((resolve) => {
			server.once('connection', (ws) => {
				resolve(watch(ws));
				ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary }));
			});
		});
		const client = await rawUpgrade(port, offer);
		const closeClient = track(() => void client.socket.destroy());
		try {
			const extensions = client.response.headers.get('sec-websocket-extensions');
			const deflate = negotiatedDeflate(extensions);
			expect(deflate?.problems ?? []).toEqual([]);
			const direction = deflate && directionOf(deflate.config, 'client');
			const deflater = direction && new MessageDeflater(direction);
			const frames = messages.flatMap((m) => ourFrames(m, deflater));
			const { code, reason } = close;
			frames.push(encodeFrame({ opcode: 'close', closeCode: code, reason, mask: 'random' }));
			const bytes = concatBytes(frames);
			client.socket.write(bytes);
			const peer = await within(accepted, WAIT, 'the server accepting');
			await within(Promise.all([client.closed, peer.closed]), WAIT, 'the close handshake');

			const sent = expectedOurs(messages);
			expect(client.errors).toEqual([]);
			expect(peer.errors).toEqual([]);
			expect(peer.seen).toEqual(sent);
			expect(await peer.closed).toEqual(close);
			const compressed = extensions !== undefined;
			// We read our own bytes as ws did.
			const mine = decode(bytes, { from: 'client', extensions, annotate: false });
			expect(mine.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
			expect(mine.messages.map(seenOf).slice(0, -1)).toEqual(sent);
			expect(mine.messages.filter(isData).every((m) => m.compressed === compressed)).toBe(true);
			// And ws's echoes, pongs and closing answer, compressed with the server's parameters.
			const theirs = decode(client.received(), { from: 'server', extensions, annotate: false });
			expect(theirs.diagnostics).toEqual([]);
			expect(theirs.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
			const echoed = theirs.messages.map(seenOf);
			expect(echoed.filter(isData)).toEqual(sent.filter(isData));
			const pongs = sent.filter((s) => s.type === 'ping').map((s) => ({ ...s, type: 'pong' }));
			expect(echoed.filter((s) => s.type === 'pong')).toEqual(pongs);
			expect(echoed.at(-1)).toMatchObject({ type: 'close', ...close });
			expect(theirs.messages.filter(isData).every((m) => m.compressed === compressed)).toBe(true);
			return { extensions, direction };
		} finally {
			await closeClient();
		}
	} finally {
		await closeServer();
	}
}

const OUR_MESSAGES: OurMessage[] = [
	ours('text', KOREAN),
	ours('text', KOREAN),
	ours('text', '👋🌍🎉'),
	ours('text', ''),
	ours('binary', new Uint8Array(0)),
	ours('text', KOREAN, 3, 'between fragments'),
	ours('text', LONG_TEXT, 2),
	ours('binary', LONG_BINARY, 3, ''),
	ours('binary', noise(70_000, 3), 4),
	ours('binary', FAR_REPEAT),
	ours('binary', FAR, 2),
	// More fragments than compressed bytes: some frames are empty.
	ours('binary', noise(3, 4), 9)
];

interface Offer {
	name: string;
	server: PerMessageDeflateOptions | false;
	offer?: string;
	extensions?: string;
	direction?: DeflateDirection;
}

const BARE = 'permessage-deflate; client_max_window_bits';

const OFFERS: Offer[] = [
	{
		name: 'after a bare offer, answered with the defaults',
		server: { threshold: 0 },
		offer: BARE,
		extensions: 'permessage-deflate',
		direction: { windowBits: 15, noContextTakeover: false }
	},
	{
		name: 'in a 10-bit window, when the server asks for one',
		server: { threshold: 0, clientMaxWindowBits: 10 },
		offer: BARE,
		extensions: 'permessage-deflate; client_max_window_bits=10',
		direction: { windowBits: 10, noContextTakeover: false }
	},
	{
		name: 'in an 8-bit window, when the server asks for one (deflated with 9 bits)',
		server: { threshold: 0, clientMaxWindowBits: 8 },
		offer: BARE,
		extensions: 'permessage-deflate; client_max_window_bits=8',
		direction: { windowBits: 8, noContextTakeover: false }
	},
	{
		name: 'without context takeover, after offering client_no_context_takeover',
		server: { threshold: 0 },
		offer: 'permessage-deflate; client_no_context_takeover; client_max_window_bits',
		extensions: 'permessage-deflate; client_no_context_takeover',
		direction: { windowBits: 15, noContextTakeover: true }
	},
	{
		name: 'without context takeover in a 9-bit window, when the server asks for both',
		server: { threshold: 0, clientNoContextTakeover: true, clientMaxWindowBits: 9 },
		offer: BARE,
		extensions: 'permessage-deflate; client_max_window_bits=9; client_no_context_takeover',
		direction: { windowBits: 9, noContextTakeover: true }
	},
	{
		name: 'after an offer that limits the server, whose echoes follow the limits',
		server: { threshold: 0 },
		offer: 'permessage-deflate; server_no_context_takeover; server_max_window_bits=10',
		extensions: 'permessage-deflate; server_no_context_takeover; server_max_window_bits=10',
		direction: { windowBits: 15, noContextTakeover: false }
	},
	{ name: 'uncompressed, when the server declines the offer', server: false, offer: BARE },
	{ name: 'uncompressed, without an offer', server: { threshold: 0 } }
];

// ── properties ────────────────────────────────────────────────────────────────────────────────────

const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 3 });
const pingBetween = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });
const anyText = fc.oneof(
	fc.constantFrom(KOREAN, 'Hello', '👋🌍🎉', ''),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.string({ unit: 'binary', maxLength: 300 })
);
const anyBytes = fc.oneof(
	fc.uint8Array({ maxLength: 300 }),
	// Compressible: a short run repeated up to a few kilobytes.
	fc
		.tuple(fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.integer({ min: 1, max: 300 }))
		.map(([unit, n]) => concatBytes(Array.from({ length: n }, () => unit)))
);
const act: fc.Arbitrary<Act> = fc.oneof(
	{
		arbitrary: fc
			.tuple(anyText, cuts, pingBetween)
			.map(([t, at, p]) => (at.length > 0 ? cutText(t, at, p) : text(t))),
		weight: 3
	},
	{
		arbitrary: fc.tuple(anyBytes, cuts, pingBetween).map(([d, at, p]) => binary(d, at, p)),
		weight: 3
	},
	{ arbitrary: fc.string({ maxLength: 30 }).map(ping), weight: 1 }
);
// Codes ws may send (RFC 6455 §7.4); 30 code points take at most 120 bytes of reason.
const closing = fc.record({
	by: fc.constantFrom<Role>('client', 'server'),
	code: fc.oneof(
		fc.constantFrom(1000, 1001, 1003, 1008, 1011),
		fc.integer({ min: 3000, max: 4999 })
	),
	reason: fc.string({ unit: 'binary', maxLength: 30 })
});
const conversation: fc.Arbitrary<Conversation> = fc.record({
	client: fc.array(act, { maxLength: 6 }),
	server: fc.array(act, { maxLength: 6 }),
	close: closing
});
const wsOptions = fc.constantFrom<Sides>(
	...SCENARIOS.map(({ client, server }) => ({ client, server })),
	// The client asks for server_no_context_takeover alone; the server imposes the client's.
	{ client: { threshold: 0, serverNoContextTakeover: true }, server: { threshold: 0 } },
	{ client: { threshold: 0 }, server: { threshold: 0, clientNoContextTakeover: true } },
	{ client: { threshold: 0 }, server: { threshold: 0, clientMaxWindowBits: 12 } }
);
const ourMessage: fc.Arbitrary<OurMessage> = fc
	.tuple(
		fc.oneof(
			anyText.map((t) => ['text', utf8.encode(t)] as const),
			anyBytes.map((b) => ['binary', b] as const)
		),
		fc.integer({ min: 1, max: 4 }),
		pingBetween
	)
	.map(([[type, data], fragments, p]) => ours(type, data, fragments, p));

// ── tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('the bytes ws writes on a real connection decode to what the other ws received', () => {
	const cases = SCENARIOS.flatMap((s) => [
		{ ...s, close: BY_CLIENT },
		{ ...s, close: BY_SERVER }
	]);

	for (const { name, client, server, offer, extensions, config, close } of cases) {
		it(`decodes both directions with ${name}, closed by the ${close.by}`, async () => {
			const t = await expectConversation({ client, server }, { ...CONVERSATION, close });
			expect(t.offer).toBe(offer);
			expect(t.extensions).toBe(extensions);
			if (offer === undefined || extensions === undefined) return;
			// ws's answer is one our client-side check accepts for ws's offer, and reads as expected.
			const [answer] = parseExtensionsHeader(extensions);
			expect(checkDeflateResponse(parseExtensionsHeader(offer), answer!)).toEqual([]);
			expect(negotiatedDeflate(extensions)).toEqual({ config, problems: [] });
		}, 20_000);
	}

	it('decodes random conversations under random deflate settings, as ws received them', async () => {
		await fc.assert(
			fc.asyncProperty(wsOptions, conversation, async (options, c) => {
				await expectConversation(options, c);
			}),
			{ numRuns: 20 }
		);
	}, 30_000);
});

describe('messages we compress and mask reach a ws server unchanged', () => {
	for (const { name, server, offer, extensions, direction } of OFFERS) {
		it(`delivers them ${name}`, async () => {
			const run = await sendToWs(server, offer, OUR_MESSAGES, { code: 4001, reason: '잘 가' });
			expect(run.extensions).toBe(extensions);
			expect(run.direction).toEqual(direction);
			// A ws server with its default settings answers an offer exactly as we would.
			const defaults = server && Object.keys(server).every((option) => option === 'threshold');
			if (offer && defaults) {
				expect(answerDeflateOffers(offer)).toMatchObject({ accepted: true, header: extensions });
			}
		}, 20_000);
	}

	it('fails with 1007, like ws, when a client keeps its window after agreeing not to', async () => {
		// RFC 7692 §7.1.1.2: with client_no_context_takeover the server resets its window after each
		// message. The second "Hello" deflated with the shared window is a 5-byte back-reference
		// (§7.2.3.2), which the reset window cannot resolve: "invalid distance too far back", 1007.
		const { server, port, close } = await startServer({ threshold: 0 });
		try {
			const accepted = new Promise<Watched>((resolve) => {
				server.once('connection', (ws) => resolve(watch(ws)));
			});
			const client = await rawUpgrade(port, 'permessage-deflate; client_no_context_takeover');
			const closeClient = track(() => void client.socket.destroy());
			const extensions = client.response.headers.get('sec-websocket-extensions');
			expect(extensions).toBe('permessage-deflate; client_no_context_takeover');
			const keeping = new MessageDeflater({ windowBits: 15, noContextTakeover: false });
			const hello = [1, 2].map(() =>
				encodeMessage({ type: 'text', text: 'Hello', mask: 'random' }, keeping)
			);
			expect(hello.map((m) => toHex(m.wire))).toEqual(['f248cdc9c90700', 'f200110000']);
			const bytes = concatBytes(hello.map((m) => m.bytes));
			client.socket.write(bytes);
			const peer = await within(accepted, WAIT, 'the server accepting');
			await within(client.closed, WAIT, 'the server closing the connection');
			await closeClient();
			const mine = decode(bytes, { from: 'client', extensions });
			expect(mine.messages.map((m) => m.text)).toEqual(['Hello', undefined]);
			expect(mine.verdict).toMatchObject({ ok: false, closeCode: 1007 });
			expect(mine.verdict.firstError?.code).toBe('inflate_failed');
			expect(peer.seen).toEqual([
				{ type: 'text', payload: buf(utf8.encode('Hello')), text: 'Hello' }
			]);
			expect(peer.errors).toEqual([
				{ message: 'invalid distance too far back', closeCode: mine.verdict.closeCode }
			]);
			// And ws's close frame says so on the wire.
			const theirs = decode(client.received(), { from: 'server', extensions });
			expect(theirs.messages.map(seenOf)).toMatchObject([{ type: 'close', code: 1007 }]);
			expect(theirs.verdict.ok).toBe(true);
		} finally {
			await close();
		}
	});

	it('delivers random messages under random offers, however they are fragmented', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...OFFERS),
				fc.array(ourMessage, { minLength: 1, maxLength: 8 }),
				async ({ server, offer }, messages) => {
					await sendToWs(server, offer, messages, { code: 1000, reason: '' });
				}
			),
			{ numRuns: 20 }
		);
	}, 30_000);
});
