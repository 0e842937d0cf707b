// A real peer checks us (STYLE.md §4): frames written by the ws library's Sender decode to what ws was
// given, frames we encode reach ws's Receiver as the same messages, and frames a strict endpoint must
// refuse make ws fail with the close code of our verdict. Built with ws 8.x (a devDependency).
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
	concatBytes,
	decode,
	encodeFrame,
	type DecodeResult,
	type FrameSpec,
	type Message,
	type MessageType
} from '$lib/protocol/index.ts';

// ── ws, loaded from its own files (its package exports only the entry point) ──────────────────────

interface WsSender {
	send(
		data: Uint8Array | string,
		options: { binary?: boolean; fin?: boolean; mask?: boolean }
	): void;
	ping(data: Uint8Array | string, mask: boolean): void;
	pong(data: Uint8Array | string, mask: boolean): void;
	close(code?: number, reason?: string, mask?: boolean): void;
}

interface FakeSocket {
	cork(): void;
	uncork(): void;
	write(chunk: Uint8Array, cb?: () => void): boolean;
}

const require = createRequire(import.meta.url);
const wsDir = path.dirname(require.resolve('ws/package.json'));
const wsLib = (name: string): unknown => require(path.join(wsDir, 'lib', name));
const Sender = wsLib('sender.js') as new (
	socket: FakeSocket,
	extensions?: object,
	generateMask?: (mask: Uint8Array) => void
) => WsSender;
const Receiver = wsLib('receiver.js') as new (options: {
	isServer: boolean;
	maxPayload?: number;
}) => Writable;
const { kStatusCode } = wsLib('constants.js') as { kStatusCode: symbol };

// ── what a peer sends ─────────────────────────────────────────────────────────────────────────────

/** One message as an application sends it: data cut into fragments at `cuts`, or one control frame. */
type Sent =
	| { type: 'text'; text: string; cuts?: number[]; pingBetween?: Uint8Array }
	| { type: 'binary'; data: Uint8Array; cuts?: number[]; pingBetween?: Uint8Array }
	| { type: 'ping' | 'pong'; data: Uint8Array }
	| { type: 'close'; code?: number; reason?: string };

const utf8 = new TextEncoder();

function dataOf(m: Sent & { type: 'text' | 'binary' }): Uint8Array {
	return m.type === 'text' ? utf8.encode(m.text) : m.data;
}

/** The fragments of a data message: its bytes cut at the given offsets (repeats make empty ones). */
function fragments(m: Sent & { type: 'text' | 'binary' }): Uint8Array[] {
	const data = dataOf(m);
	const cuts = [...(m.cuts ?? [])].map((c) => Math.min(c, data.length)).sort((a, b) => a - b);
	const edges = [0, ...cuts, data.length];
	return edges.slice(1).map((end, i) => data.subarray(edges[i], end));
}

function closePayload(m: Sent & { type: 'close' }): Uint8Array {
	if (m.code === undefined) return new Uint8Array(0);
	const reason = utf8.encode(m.reason ?? '');
	return Uint8Array.from([m.code >> 8, m.code & 0xff, ...reason]);
}

const OPCODE = { text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

interface WireFrame {
	fin: boolean;
	opcode: number;
	payload: Uint8Array;
}

/** The frames the messages go out as, in order: a ping between fragments follows the first one. */
function wireFrames(sent: Sent[]): WireFrame[] {
	const frames: WireFrame[] = [];
	for (const m of sent) {
		if (m.type === 'text' || m.type === 'binary') {
			const parts = fragments(m);
			parts.forEach((part, i) => {
				const opcode = i === 0 ? OPCODE[m.type] : 0;
				frames.push({ fin: i === parts.length - 1, opcode, payload: part });
				if (i === 0 && parts.length > 1 && m.pingBetween) {
					frames.push({ fin: true, opcode: OPCODE.ping, payload: m.pingBetween });
				}
			});
		} else {
			const payload = m.type === 'close' ? closePayload(m) : m.data;
			frames.push({ fin: true, opcode: OPCODE[m.type], payload });
		}
	}
	return frames;
}

/** What a receiver delivers, in order: a ping sent between fragments comes before its message. */
interface Delivered {
	type: MessageType;
	payload: string;
	text?: string;
	code?: number;
	reason?: string;
}

function deliveries(sent: Sent[]): Delivered[] {
	return sent.flatMap((m): Delivered[] => {
		if (m.type === 'text' || m.type === 'binary') {
			const message: Delivered = { type: m.type, payload: buf(dataOf(m)) };
			if (m.type === 'text') message.text = m.text;
			const ping = m.pingBetween && fragments(m).length > 1;
			return ping ? [{ type: 'ping', payload: buf(m.pingBetween!) }, message] : [message];
		}
		if (m.type !== 'close') return [{ type: m.type, payload: buf(m.data) }];
		const close: Delivered = { type: 'close', payload: buf(closePayload(m)) };
		if (m.code !== undefined) Object.assign(close, { code: m.code, reason: m.reason ?? '' });
		return [close];
	});
}

/**
 * Bytes as a string that compares fast and reads well in a failure: hex when short, else the length
 * and a SHA-256 (deep equality on large byte arrays is slow).
 */
function buf(bytes: Uint8Array): string {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	if (b.length <= 64) return `${b.length}:${b.toString('hex')}`;
	return `${b.length}:sha256:${createHash('sha256').update(b).digest('hex')}`;
}

// ── ws writes, we read ────────────────────────────────────────────────────────────────────────────

/** The bytes ws's Sender writes for the messages; `keys` are its masking keys, used in turn. */
function writtenByWs(sent: Sent[], keys?: Uint8Array[]): Uint8Array {
	const written: Uint8Array[] = [];
	const socket: FakeSocket = {
		cork() {},
		uncork() {},
		write(chunk, cb) {
			written.push(Uint8Array.from(chunk));
			cb?.();
			return true;
		}
	};
	let k = 0;
	const mask = keys !== undefined;
	const sender = new Sender(socket, {}, (key) => key.set(keys![k++ % keys!.length]!));
	for (const m of sent) {
		if (m.type === 'text' || m.type === 'binary') {
			const parts = fragments(m);
			parts.forEach((part, i) => {
				// Text fragments go as bytes: a cut may fall inside a character.
				sender.send(part, { binary: m.type === 'binary', fin: i === parts.length - 1, mask });
				if (i === 0 && parts.length > 1 && m.pingBetween) sender.ping(m.pingBetween, mask);
			});
		} else if (m.type === 'close') {
			sender.close(m.code, m.reason, mask);
		} else {
			sender[m.type](m.data, mask);
		}
	}
	return concatBytes(written);
}

function ourDeliveries(messages: Message[]): Delivered[] {
	return messages.map((m) => {
		const d: Delivered = { type: m.type, payload: buf(m.payload) };
		if (m.text !== undefined) d.text = m.text;
		if (m.code !== undefined) Object.assign(d, { code: m.code, reason: m.reason });
		return d;
	});
}

function expectFrames(result: DecodeResult, sent: Sent[], keys?: Uint8Array[]): void {
	const expected = wireFrames(sent).map((w, i) => ({
		fin: w.fin,
		opcode: w.opcode,
		payload: buf(w.payload),
		rsv: [false, false, false],
		masked: keys !== undefined,
		maskKey: keys && buf(keys[i % keys.length]!),
		payloadLength: w.payload.length,
		lengthBits: w.payload.length <= 125 ? 7 : w.payload.length <= 0xffff ? 16 : 64,
		complete: true
	}));
	const frames = result.frames.map((f) => ({
		fin: f.fin,
		opcode: f.opcode,
		payload: buf(f.payload),
		rsv: [f.rsv1, f.rsv2, f.rsv3],
		masked: f.masked,
		maskKey: f.maskKey && buf(f.maskKey),
		payloadLength: f.payloadLength,
		lengthBits: f.lengthBits,
		complete: f.complete
	}));
	expect(frames).toEqual(expected);
}

/** Decodes what ws wrote as the receiving endpoint would, and checks every frame and message. */
function expectReadAsSent(sent: Sent[], keys?: Uint8Array[]): void {
	const bytes = writtenByWs(sent, keys);
	const result = decode(bytes, { from: keys ? 'client' : 'server' });
	expectFrames(result, sent, keys);
	expect(ourDeliveries(result.messages)).toEqual(deliveries(sent));
	// ws may pick an all-zero key when asked to (it then skips masking): only that is worth a note.
	expect(result.diagnostics.filter((d) => d.code !== 'mask_key_all_zero')).toEqual([]);
	expect(result.verdict).toMatchObject({ ok: true, closeCode: null, needMoreBytes: 0 });
}

// ── we write, ws reads ────────────────────────────────────────────────────────────────────────────

/** The bytes we encode for the messages, masked as a client does. */
function encodedByUs(sent: Sent[], mask: FrameSpec['mask'] = 'random'): Uint8Array {
	return concatBytes(
		wireFrames(sent).map((w) =>
			encodeFrame({ fin: w.fin, opcode: w.opcode, payload: w.payload, mask })
		)
	);
}

type WsEvent =
	| ['message', string, boolean]
	| ['ping' | 'pong', string]
	| ['conclude', number, string]
	| ['error', number | undefined, string];

/** What ws's Receiver, as a server, emits for the bytes, written in the given pieces. */
async function receivedByWs(bytes: Uint8Array, cuts: number[] = []): Promise<WsEvent[]> {
	const events: WsEvent[] = [];
	const receiver = new Receiver({ isServer: true, maxPayload: 0 });
	receiver.on('message', (data: Buffer, isBinary: boolean) => {
		events.push(['message', buf(data), isBinary]);
	});
	receiver.on('ping', (data: Buffer) => events.push(['ping', buf(data)]));
	receiver.on('pong', (data: Buffer) => events.push(['pong', buf(data)]));
	receiver.on('conclude', (code: number, reason: Buffer) => {
		events.push(['conclude', code, reason.toString()]);
	});
	receiver.on('error', (error: Error & Record<symbol, number | undefined>) => {
		events.push(['error', error[kStatusCode], error.message]);
	});
	// A copy: ws unmasks in place.
	const copy = Buffer.from(bytes);
	const inside = cuts.map((c) => Math.min(c, copy.length)).sort((a, b) => a - b);
	const edges = [0, ...inside, copy.length];
	for (let i = 1; i < edges.length; i++) {
		if (edges[i]! > edges[i - 1]!) receiver.write(copy.subarray(edges[i - 1], edges[i]));
	}
	// ws reports errors on the next tick.
	await new Promise((resolve) => setImmediate(resolve));
	return events;
}

/** The events ws emits for messages it accepts: a close without a code concludes with 1005. */
function wsEvents(sent: Sent[]): WsEvent[] {
	return deliveries(sent).map((d): WsEvent => {
		if (d.type === 'text' || d.type === 'binary')
			return ['message', d.payload, d.type === 'binary'];
		if (d.type === 'close') return ['conclude', d.code ?? 1005, d.reason ?? ''];
		return [d.type, d.payload];
	});
}

async function expectAcceptedByWs(sent: Sent[], cuts?: number[]): Promise<void> {
	const bytes = encodedByUs(sent);
	expect(await receivedByWs(bytes, cuts)).toEqual(wsEvents(sent));
	// And we read our own bytes as ws does.
	expect(ourDeliveries(decode(bytes, { from: 'client' }).messages)).toEqual(deliveries(sent));
}

// ── examples ──────────────────────────────────────────────────────────────────────────────────────

const TEXTS = ['Hello', '', '안녕하세요', '👋🌍🎉', 'mixed: 안녕 👋 ok', 'é'.repeat(200)];
const SIZES = [0, 1, 125, 126, 127, 65535, 65536, 70000];
const KEYS = [
	Uint8Array.of(0x37, 0xfa, 0x21, 0x3d),
	Uint8Array.of(1, 2, 3, 4),
	Uint8Array.of(0xff, 0, 0x80, 7)
];

/** Bytes that are not all alike, so a wrong offset or key shows. */
function pattern(n: number, seed = 0): Uint8Array {
	return Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + (i >> 8)) & 0xff);
}

const binaries: Sent[] = SIZES.map((n, i) => ({ type: 'binary', data: pattern(n, i) }));

const fragmented: Sent[] = [
	// The cuts fall inside 안 (3 bytes) and inside 👋 (4 bytes): each fragment alone is not valid UTF-8.
	{
		type: 'text',
		text: '안녕 👋 fragments',
		cuts: [1, 8, 8, 9],
		pingBetween: utf8.encode('still there?')
	},
	{ type: 'binary', data: pattern(70000), cuts: [0, 126, 65536 + 200] },
	{ type: 'text', text: 'two halves', cuts: [3], pingBetween: new Uint8Array(0) }
];

const controls: Sent[] = [
	{ type: 'ping', data: new Uint8Array(0) },
	{ type: 'ping', data: utf8.encode('are you there?') },
	{ type: 'pong', data: pattern(125) },
	{ type: 'pong', data: new Uint8Array(0) }
];

const closes: Sent[] = [
	{ type: 'close', code: 1000, reason: 'bye' },
	{ type: 'close', code: 1001, reason: '' },
	{ type: 'close', code: 4000, reason: '안녕히 가세요 👋' },
	{ type: 'close', code: 3000, reason: 'x'.repeat(123) },
	{ type: 'close' }
];

// ── properties ────────────────────────────────────────────────────────────────────────────────────

const payload = fc.oneof(
	{ arbitrary: fc.uint8Array({ maxLength: 140 }), weight: 8 },
	{ arbitrary: fc.uint8Array({ minLength: 126, maxLength: 1500 }), weight: 2 },
	{ arbitrary: fc.integer({ min: 65530, max: 65600 }).map((n) => pattern(n, n)), weight: 1 }
);
const cuts = fc.array(fc.nat({ max: 70000 }), { maxLength: 3 });
const pingBetween = fc.option(fc.uint8Array({ maxLength: 125 }), { nil: undefined });
const text = fc.oneof(
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
	{ arbitrary: fc.string({ unit: 'binary', minLength: 100, maxLength: 400 }), weight: 1 }
);

const dataMessage: fc.Arbitrary<Sent> = fc.oneof(
	fc.record({ type: fc.constant('text' as const), text, cuts, pingBetween }),
	fc.record({ type: fc.constant('binary' as const), data: payload, cuts, pingBetween })
);
const controlMessage: fc.Arbitrary<Sent> = fc.record({
	type: fc.constantFrom('ping' as const, 'pong' as const),
	data: fc.uint8Array({ maxLength: 125 })
});
// Codes ws sends and accepts (RFC 6455 §7.4.1, §7.4.2); 30 code points take at most 120 bytes.
const closeMessage: fc.Arbitrary<Sent> = fc.oneof(
	fc.constant({ type: 'close' as const }),
	fc.record({
		type: fc.constant('close' as const),
		code: fc.oneof(
			fc.constantFrom(1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014),
			fc.integer({ min: 3000, max: 4999 })
		),
		reason: fc.string({ unit: 'binary', maxLength: 30 })
	})
);
/** Messages, maybe ended by a close frame (nothing may follow it). */
const conversation = fc
	.tuple(
		fc.array(fc.oneof({ arbitrary: dataMessage, weight: 3 }, controlMessage), { maxLength: 6 }),
		fc.option(closeMessage, { nil: undefined })
	)
	.map(([messages, close]) => (close ? [...messages, close] : messages));
const maskingKeys = fc.array(fc.uint8Array({ minLength: 4, maxLength: 4 }), {
	minLength: 1,
	maxLength: 3
});

const RUNS = { numRuns: 150 };

// ── tests ─────────────────────────────────────────────────────────────────────────────────────────

describe('frames written by ws decode to what ws was given', () => {
	it('reads ASCII, Hangul and emoji text messages, masked and unmasked', () => {
		const sent = TEXTS.map((t): Sent => ({ type: 'text', text: t }));
		expectReadAsSent(sent, KEYS);
		expectReadAsSent(sent);
	});

	it('reads binary messages of every size around the length forms, masked and unmasked', () => {
		expectReadAsSent(binaries, KEYS);
		expectReadAsSent(binaries);
	});

	it('reads fragmented messages cut inside characters, with a ping between the fragments', () => {
		expectReadAsSent(fragmented, KEYS);
		expectReadAsSent(fragmented);
	});

	it('reads ping and pong frames with their payloads', () => {
		expectReadAsSent(controls, KEYS);
		expectReadAsSent(controls);
	});

	it.each(closes.map((close) => ({ close, what: describeClose(close) })))(
		'reads a close frame with $what',
		({ close }) => {
			expectReadAsSent([{ type: 'ping', data: utf8.encode('before') }, close], KEYS);
			expectReadAsSent([close]);
		}
	);

	it('keeps the byte order mark that starts a text message or a close reason', () => {
		// U+FEFF is a character of the text like any other (RFC 6455 §5.6: the payload is the text, in
		// UTF-8); ws hands its three bytes on untouched, so the text we show must start with it too.
		const sent: Sent[] = [
			{ type: 'text', text: '\uFEFFhello' },
			{ type: 'close', code: 1000, reason: '\uFEFFbye' }
		];
		expectReadAsSent(sent, KEYS);
	});

	it('reads random conversations as ws sent them, whatever the masking keys', () => {
		fc.assert(
			fc.property(conversation, maskingKeys, fc.boolean(), (sent, keys, masked) => {
				expectReadAsSent(sent, masked ? keys : undefined);
			}),
			RUNS
		);
	});
});

describe('frames we encode are accepted by ws as the same messages', () => {
	it('delivers text in every script, and binary of every length form', async () => {
		await expectAcceptedByWs(TEXTS.map((t): Sent => ({ type: 'text', text: t })));
		await expectAcceptedByWs(binaries);
	});

	it('delivers fragmented messages, and the ping sent between their fragments first', async () => {
		await expectAcceptedByWs(fragmented);
	});

	it('delivers pings and pongs, then a close frame with its code and reason', async () => {
		for (const close of closes) await expectAcceptedByWs([...controls, close]);
	});

	it('delivers random conversations however the bytes are split into writes', async () => {
		await fc.assert(
			fc.asyncProperty(conversation, cuts, async (sent, writes) => {
				const bytes = encodedByUs(sent);
				expect(await receivedByWs(bytes, writes)).toEqual(wsEvents(sent));
			}),
			RUNS
		);
	});
});

// ── frames a strict server must refuse ────────────────────────────────────────────────────────────

const KEY = Uint8Array.of(0x37, 0xfa, 0x21, 0x3d);
const hi = utf8.encode('hi');

interface Refused {
	what: string;
	frames: FrameSpec[];
	code: string;
}

const REFUSED: Refused[] = [
	{
		what: 'a text frame with RSV1 set and no extension',
		frames: [{ opcode: 'text', rsv1: true, mask: KEY, payload: hi }],
		code: 'rsv_bit_without_extension'
	},
	{
		what: 'a frame with the reserved opcode 3',
		frames: [{ opcode: 3, mask: KEY, payload: hi }],
		code: 'reserved_opcode'
	},
	{
		what: 'a ping frame of 126 bytes',
		frames: [{ opcode: 'ping', mask: KEY, payload: pattern(126) }],
		code: 'control_frame_too_long'
	},
	{
		what: 'a fragmented ping frame',
		frames: [{ opcode: 'ping', fin: false, mask: KEY, payload: hi }],
		code: 'control_frame_fragmented'
	},
	{
		what: 'an unmasked frame from a client',
		frames: [{ opcode: 'text', payload: hi }],
		code: 'client_frame_unmasked'
	},
	{
		what: 'a binary frame with RSV2 and RSV3 set',
		frames: [{ opcode: 'binary', rsv2: true, rsv3: true, mask: KEY, payload: hi }],
		code: 'rsv_bit_without_extension'
	},
	{
		what: 'a frame with the reserved control opcode 0xB',
		frames: [{ opcode: 0xb, mask: KEY }],
		code: 'reserved_opcode'
	},
	{
		what: 'a continuation frame with no message open',
		frames: [{ opcode: 'continuation', mask: KEY, payload: hi }],
		code: 'continuation_without_start'
	},
	{
		what: 'a new text frame inside a fragmented message',
		frames: [
			{ opcode: 'text', fin: false, mask: KEY, payload: hi },
			{ opcode: 'text', mask: KEY, payload: hi }
		],
		code: 'data_frame_inside_message'
	},
	{
		what: 'text that is not UTF-8',
		frames: [{ opcode: 'text', mask: KEY, payload: Uint8Array.of(0x68, 0xc0, 0x80) }],
		code: 'invalid_utf8'
	},
	{
		what: 'text that ends inside a character',
		frames: [{ opcode: 'text', mask: KEY, payload: Uint8Array.of(0xec, 0x95) }],
		code: 'utf8_truncated'
	},
	{
		what: 'a close frame with a one-byte payload',
		frames: [{ opcode: 'close', mask: KEY, payload: Uint8Array.of(3) }],
		code: 'close_payload_one_byte'
	},
	{
		what: 'a close frame with the code 1005, which is for APIs only',
		frames: [{ opcode: 'close', mask: KEY, closeCode: 1005 }],
		code: 'invalid_close_code'
	},
	{
		what: 'a close frame whose reason is not UTF-8',
		frames: [{ opcode: 'close', mask: KEY, closeCode: 1000, payload: Uint8Array.of(0xff) }],
		code: 'invalid_utf8'
	}
];

describe('frames a strict server refuses make ws fail with the close code of our verdict', () => {
	it.each(REFUSED)('refuses $what', async ({ frames, code }) => {
		const bytes = concatBytes(frames.map((f) => encodeFrame(f)));
		const ours = decode(bytes, { from: 'client' });
		expect(ours.diagnostics.map((d) => d.code)).toContain(code);
		expect(ours.verdict.ok).toBe(false);
		const events = await receivedByWs(bytes);
		const error = events.find((e) => e[0] === 'error');
		expect(error?.[1], `ws: ${error?.[2] ?? 'no error'}`).toBe(ours.verdict.closeCode);
	});
});

// RFC 6455 allows a receiver to be stricter than ws here; these pin down where and why we differ.
describe('where a strict endpoint and ws part ways', () => {
	it('fails a length written in a longer form than needed, which ws accepts', async () => {
		// §5.2: "the minimal number of bytes MUST be used to encode the length". ws does not check it;
		// §10.7 lets an endpoint drop data that breaks the rules, and our strict verdict does, with 1002.
		const bytes = encodeFrame({ opcode: 'text', mask: KEY, payload: hi, lengthBits: 16 });
		const ours = decode(bytes, { from: 'client' });
		expect(ours.verdict.firstError?.code).toBe('length_not_minimal');
		expect(ours.verdict.closeCode).toBe(1002);
		expect(await receivedByWs(bytes)).toEqual([['message', buf(hi), false]]);
	});

	it('fails a 64-bit length with its top bit set as a protocol error, where ws says too big', async () => {
		// §5.2: "the most significant bit MUST be 0": a framing error (1002, §7.4.1). ws lumps it
		// with lengths past 2^53 - 1, which it cannot count, and closes with 1009.
		const bytes = Uint8Array.of(0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 1, ...KEY);
		const ours = decode(bytes, { from: 'client' });
		expect(ours.verdict.firstError?.code).toBe('length_top_bit_set');
		expect(ours.verdict.closeCode).toBe(1002);
		const events = await receivedByWs(bytes);
		expect(events.map((e) => e.slice(0, 2))).toEqual([['error', 1009]]);
	});
});

function describeClose(m: Sent): string {
	if (m.type !== 'close') return m.type;
	if (m.code === undefined) return 'no code';
	return `code ${m.code} and ${m.reason ? `a ${utf8.encode(m.reason).length}-byte reason` : 'no reason'}`;
}
