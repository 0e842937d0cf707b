// Differential tests against ws 8.x's Receiver (STYLE.md §4): random conversations (fragmented, control
// frames between fragments, masked or not, with and without permessage-deflate) must be read by ws and
// by our engine as the same messages, and the same conversations with one random mutation must be
// refused by both with the same close code, or accepted by both. The RFC is the reference: where ws
// is more lenient or reads a rule otherwise, the case is pinned down below, not copied.
// The valid direction "ws writes, we read" is covered by tests/peer/ws-peer.test.ts and
// tests/unit/ws-deflate-peer.test.ts; this file adds what is refused, and ws as the reader of ours.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
	concatBytes,
	decode,
	encodeFrame,
	MessageDeflater,
	type FrameSpec,
	type Role
} from '$lib/protocol/index.ts';

// ── ws's receiver, loaded from its own files (its package exports only the entry point) ──────────

const require = createRequire(import.meta.url);
const wsDir = path.dirname(require.resolve('ws/package.json'));
const wsLib = (name: string): unknown => require(path.join(wsDir, 'lib', name));
const Receiver = wsLib('receiver.js') as new (options: {
	isServer: boolean;
	maxPayload?: number;
	skipUTF8Validation?: boolean;
	extensions?: Record<string, unknown>;
}) => Writable;
const PerMessageDeflate = wsLib('permessage-deflate.js') as new (options: {
	isServer: boolean;
	maxPayload?: number;
	clientMaxWindowBits?: boolean;
	threshold?: number;
}) => { accept(configurations: Record<string, unknown[]>[]): unknown };
interface WsSender {
	send(
		data: Uint8Array,
		options: { binary: boolean; fin: boolean; mask: boolean; compress: boolean },
		cb: () => void
	): void;
	ping(data: Uint8Array, mask: boolean, cb: () => void): void;
	close(code: number, reason: string, mask: boolean, cb: () => void): void;
}
const Sender = wsLib('sender.js') as new (
	socket: { cork(): void; uncork(): void; write(chunk: Uint8Array, cb?: () => void): boolean },
	extensions?: Record<string, unknown>
) => WsSender;
const { parse: parseExtensions } = wsLib('extension.js') as {
	parse(header: string): Record<string, Record<string, unknown[]>[]>;
};
const { kStatusCode } = wsLib('constants.js') as { kStatusCode: symbol };

/** What a receiver made of the bytes: the messages it delivered, then how it stopped. */
interface Reading {
	messages: string[];
	/** The close code it fails with, 'closed' when a valid close frame ended it, 'waiting' otherwise. */
	end: number | 'closed' | 'waiting';
}

/** The receiving endpoint's side of the negotiation, as ws sets itself up after the handshake. */
function wsExtensions(
	extensions: string | undefined,
	isServer: boolean,
	maxPayload: number
): Record<string, unknown> {
	if (!extensions) return {};
	const pmd = new PerMessageDeflate({ isServer, maxPayload, clientMaxWindowBits: true });
	// The negotiated parameters, read back: a server takes them as the offer it accepted.
	pmd.accept(parseExtensions(extensions)['permessage-deflate']!);
	return { 'permessage-deflate': pmd };
}

/** The sending endpoint's side of the negotiation; ws compresses every message asked to (threshold 0). */
function wsSenderExtensions(
	extensions: string | undefined,
	isServer: boolean
): Record<string, unknown> {
	if (!extensions) return {};
	const pmd = new PerMessageDeflate({ isServer, threshold: 0, clientMaxWindowBits: true });
	pmd.accept(parseExtensions(extensions)['permessage-deflate']!);
	return { 'permessage-deflate': pmd };
}

/** A message as ws's Sender is asked to send it: in fragments, maybe compressed, a ping after the first. */
interface WsSend {
	text: boolean;
	parts: Uint8Array[];
	compress: boolean;
	ping?: Uint8Array;
}

/** The bytes ws's Sender writes for the messages (compressing in zlib's thread pool), then a close. */
async function writtenByWs(
	from: Role,
	extensions: string | undefined,
	sends: WsSend[]
): Promise<Uint8Array> {
	const written: Uint8Array[] = [];
	const socket = {
		cork() {},
		uncork() {},
		write(chunk: Uint8Array, cb?: () => void) {
			written.push(Uint8Array.from(chunk));
			cb?.();
			return true;
		}
	};
	const sender = new Sender(socket, wsSenderExtensions(extensions, from === 'server'));
	const mask = from === 'client';
	// ws's WebSocket asks for compression only when the extension was negotiated; so do we.
	const deflating = extensions !== undefined;
	const done: Promise<void>[] = [];
	const track = (run: (cb: () => void) => void): void => {
		done.push(new Promise((resolve) => run(() => resolve())));
	};
	for (const m of sends) {
		m.parts.forEach((part, i) => {
			const fin = i === m.parts.length - 1;
			track((cb) =>
				sender.send(part, { binary: !m.text, fin, mask, compress: m.compress && deflating }, cb)
			);
			if (i === 0 && !fin && m.ping) track((cb) => sender.ping(m.ping!, mask, cb));
		});
	}
	track((cb) => sender.close(1000, 'bye', mask, cb));
	await Promise.all(done);
	return concatBytes(written);
}

/** Feeds the bytes to ws in the given writes and waits until it concludes, fails or waits for more. */
async function readByWs(
	bytes: Uint8Array,
	from: Role,
	options: {
		extensions?: string;
		maxMessage?: number;
		cuts?: number[];
		skipUTF8Validation?: boolean;
	} = {}
): Promise<Reading> {
	const isServer = from === 'client';
	const maxPayload = options.maxMessage ?? 0;
	const receiver = new Receiver({
		isServer,
		maxPayload,
		skipUTF8Validation: options.skipUTF8Validation ?? false,
		extensions: wsExtensions(options.extensions, isServer, maxPayload)
	});
	const messages: string[] = [];
	let end: Reading['end'] | undefined;
	receiver.on('message', (data: Buffer, isBinary: boolean) => {
		messages.push(`${isBinary ? 'binary' : 'text'}:${data.toString('hex')}`);
	});
	receiver.on('ping', (data: Buffer) => messages.push(`ping:${data.toString('hex')}`));
	receiver.on('pong', (data: Buffer) => messages.push(`pong:${data.toString('hex')}`));
	receiver.on('conclude', () => (end ??= 'closed'));
	receiver.on('error', (error: Error & Record<symbol, number>) => (end ??= error[kStatusCode]!));
	// A copy: ws unmasks in place.
	const copy = Buffer.from(bytes);
	const edges = [0, ...(options.cuts ?? []).map((c) => c % (copy.length + 1)), copy.length];
	edges.sort((a, b) => a - b);
	for (let i = 1; i < edges.length; i++) {
		if (edges[i]! > edges[i - 1]!) receiver.write(copy.subarray(edges[i - 1], edges[i]));
	}
	// ws reports errors a tick later, and inflates in zlib's thread pool: it waits for more bytes
	// once it is neither inflating (state 5) nor holding an event back (state 6) for two ticks.
	const state = receiver as unknown as { _state: number };
	const giveUp = Date.now() + 10_000;
	for (let idle = 0; end === undefined && idle < 2 && Date.now() < giveUp;) {
		await new Promise((resolve) => setTimeout(resolve, idle === 0 ? 1 : 0));
		idle = state._state === 5 || state._state === 6 ? 0 : idle + 1;
	}
	return { messages, end: end ?? 'waiting' };
}

/** What our engine makes of them, in the same terms. */
function readByUs(
	bytes: Uint8Array,
	from: Role,
	options: { extensions?: string; maxMessage?: number } = {}
): Reading & { ok: boolean } {
	const result = decode(bytes, { from, ...options, annotate: false });
	const v = result.verdict;
	const messages = result.messages
		.filter((m) => m.complete && m.type !== 'close')
		.map((m) => `${m.type}:${Buffer.from(m.payload).toString('hex')}`);
	const closed = result.messages.some((m) => m.type === 'close' && m.complete);
	const end = !v.ok ? v.closeCode! : closed ? 'closed' : 'waiting';
	return { messages, end, ok: v.ok };
}

/**
 * ws checks a text message's UTF-8 only once the message is whole (receiver.js dataMessage), where
 * RFC 6455 §8.1 and our engine fail at the first byte that cannot be UTF-8. When our verdict is such a
 * byte inside a data message, ws must instead meet what comes next: another error before the message
 * ends, or, if the message never ends, the close frame or the end of the input.
 */
function wsChecksTextLater(
	bytes: Uint8Array,
	from: Role,
	options: { extensions?: string; maxMessage?: number },
	theirs: Reading
): boolean {
	const r = decode(bytes, { from, ...options, annotate: false });
	const first = r.verdict.firstError;
	if (!first || (first.code !== 'invalid_utf8' && first.code !== 'inflated_invalid_utf8'))
		return false;
	const end = (f: { offset: number; length: number }): number => (f.offset + f.length) * 8;
	const frame = r.frames.find((f) => first.bitOffset >= f.offset * 8 && first.bitOffset < end(f));
	if (!frame || frame.type === 'close') return false;
	const message = r.messages.find((m) => m.frames.includes(frame.index));
	const last = message && r.frames[message.frames[message.frames.length - 1]!]!;
	const close = r.frames.find((f) => f.type === 'close' && f.headerComplete);
	const messageEnd = Math.min(
		message?.complete && last ? end(last) : Infinity,
		close ? end(close) : Infinity
	);
	const next = r.diagnostics
		.filter((d) => d.severity === 'error' && d !== first)
		.filter((d) => d.bitOffset + d.bitLength <= messageEnd)
		.sort((a, b) => a.bitOffset + a.bitLength - (b.bitOffset + b.bitLength))[0];
	if (next) return theirs.end === next.closeCode;
	return message?.complete ? false : theirs.end === (close ? 'closed' : 'waiting');
}

// ── conversations, as frames ──────────────────────────────────────────────────────────────────────

/** A frame of a conversation, with what it belongs to (mutations pick frames by it). */
interface Piece {
	spec: FrameSpec & { opcode: number };
	/** The data message it is part of, or undefined for a control frame. */
	message?: number;
	text?: boolean;
}

interface Conversation {
	from: Role;
	extensions: string | undefined;
	pieces: Piece[];
}

const utf8 = new TextEncoder();

const dataMessage = fc.record({
	text: fc.boolean(),
	data: fc.oneof(
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.constantFrom('안녕하세요', '👋🌍 mixed 안녕', 'é'.repeat(90), 'x'.repeat(300))
	),
	bytes: fc.uint8Array({ maxLength: 200 }),
	fragments: fc.integer({ min: 1, max: 4 }),
	compress: fc.boolean(),
	pingAfterFirst: fc.option(fc.uint8Array({ maxLength: 20 }), { nil: undefined })
});
const control = fc.record({
	opcode: fc.constantFrom(9, 10),
	data: fc.uint8Array({ maxLength: 125 })
});
const step = fc.oneof({ arbitrary: dataMessage, weight: 3 }, control);
const deflate = fc.option(
	fc.record({ noContextTakeover: fc.boolean(), windowBits: fc.integer({ min: 9, max: 15 }) }),
	{ nil: undefined }
);
const closeFrame = fc.record({
	code: fc.constantFrom(1000, 1001, 1003, 1008, 1011, 3000, 4999),
	reason: fc.string({ unit: 'grapheme', maxLength: 20 })
});

/** Bytes cut into n runs of nearly equal length (empty runs when there are fewer bytes than runs). */
function cut(bytes: Uint8Array, n: number): Uint8Array[] {
	return Array.from({ length: n }, (_, i) =>
		bytes.subarray(Math.floor((i * bytes.length) / n), Math.floor(((i + 1) * bytes.length) / n))
	);
}

function extensionsFor(from: Role, d: { noContextTakeover: boolean; windowBits: number }): string {
	const side = from === 'server' ? 'server' : 'client';
	return [
		'permessage-deflate',
		...(d.noContextTakeover ? [`${side}_no_context_takeover`] : []),
		`${side}_max_window_bits=${d.windowBits}`
	].join('; ');
}

const conversation: fc.Arbitrary<Conversation> = fc
	.record({
		from: fc.constantFrom<Role>('client', 'server'),
		deflate,
		steps: fc.array(step, { minLength: 1, maxLength: 6 }),
		close: closeFrame,
		keys: fc.array(fc.uint8Array({ minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 3 })
	})
	.map(({ from, deflate: d, steps, close, keys }) => {
		const deflater = d && new MessageDeflater(d);
		let k = 0;
		const mask = (): Uint8Array | null => (from === 'client' ? keys[k++ % keys.length]! : null);
		const pieces: Piece[] = [];
		steps.forEach((s, index) => {
			if ('opcode' in s) {
				pieces.push({ spec: { opcode: s.opcode, payload: s.data, mask: mask() } });
				return;
			}
			const data = s.text ? utf8.encode(s.data) : s.bytes;
			// RFC 7692 §6: a sender may leave any message uncompressed (RSV1 = 0).
			const compressed = deflater !== undefined && s.compress;
			const wire = compressed ? deflater.deflate(data) : data;
			cut(wire, s.fragments).forEach((payload, i, all) => {
				const spec = {
					fin: i === all.length - 1,
					rsv1: compressed && i === 0,
					opcode: i === 0 ? (s.text ? 1 : 2) : 0,
					payload,
					mask: mask()
				};
				pieces.push({ spec, message: index, text: s.text });
				if (i === 0 && all.length > 1 && s.pingAfterFirst) {
					pieces.push({ spec: { opcode: 9, payload: s.pingAfterFirst, mask: mask() } });
				}
			});
		});
		pieces.push({ spec: { opcode: 8, closeCode: close.code, reason: close.reason, mask: mask() } });
		return { from, extensions: d && extensionsFor(from, d), pieces };
	});

const bytesOf = (pieces: Piece[]): Uint8Array =>
	concatBytes(pieces.map((p) => encodeFrame(p.spec)));

// ── mutations: one change each, anywhere ──────────────────────────────────────────────────────────

interface Mutation {
	kind: (typeof MUTATIONS)[number];
	at: number;
	value: number;
	bytes: Uint8Array;
}

const MUTATIONS = [
	'rsv', // set or clear RSV1, RSV2 or RSV3 (RFC 6455 §5.2, RFC 7692 §6)
	'opcode', // any opcode 0-15, reserved ones included (§5.2)
	'fin', // flip FIN: control frames must have it (§5.5), data frames change the fragmenting (§5.4)
	'mask', // mask a server frame, unmask a client frame (§5.1)
	'insert', // a frame of any opcode and FIN put anywhere: stray continuations, data inside messages
	'payload-byte', // one payload byte replaced: UTF-8 (§8.1), close codes (§7.4), DEFLATE data (7692)
	'payload-cut', // the last payload byte dropped: cut UTF-8 sequences, cut DEFLATE data, 1-byte closes
	'close', // the close payload replaced: 1 byte, any code, a reason of any bytes (§5.5.1, §7.4)
	'long-control', // a control frame with 126-200 bytes (§5.5)
	'limit', // the receiver's size limit below the largest message, the input maybe cut (§10.4, 1009)
	'truncate' // the input cut anywhere: both wait for more
] as const;

const mutation: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constantFrom(...MUTATIONS),
	at: fc.nat(),
	value: fc.nat(),
	bytes: fc.uint8Array({ maxLength: 130 })
});

interface Mutated {
	bytes: Uint8Array;
	maxMessage?: number;
}

function mutate(c: Conversation, m: Mutation): Mutated {
	const pieces = c.pieces.map((p) => ({ ...p, spec: { ...p.spec } }));
	const p = pieces[m.at % pieces.length]!;
	const spec = p.spec;
	const payload = payloadBytes(spec);
	switch (m.kind) {
		case 'rsv': {
			const bit = (['rsv1', 'rsv2', 'rsv3'] as const)[m.value % 3]!;
			spec[bit] = !spec[bit];
			break;
		}
		case 'opcode':
			spec.opcode = m.value % 16;
			break;
		case 'fin':
			spec.fin = !(spec.fin ?? true);
			break;
		case 'mask':
			spec.mask = spec.mask ? null : m.bytes.length >= 4 ? m.bytes.subarray(0, 4) : KEY;
			break;
		case 'insert': {
			const frame: FrameSpec & { opcode: number } = {
				opcode: m.value % 16,
				fin: m.value % 32 >= 16,
				rsv1: m.value % 64 >= 32,
				payload: m.bytes,
				mask: c.from === 'client' ? KEY : null
			};
			pieces.splice(m.at % (pieces.length + 1), 0, { spec: frame });
			break;
		}
		case 'payload-byte':
			if (payload.length > 0) {
				const copy = payload.slice();
				copy[m.value % copy.length] = m.bytes[0] ?? m.value % 256;
				setPayload(spec, copy);
			}
			break;
		case 'payload-cut':
			setPayload(spec, payload.subarray(0, Math.max(0, payload.length - 1)));
			break;
		case 'close': {
			const close = pieces[pieces.length - 1]!.spec;
			const choice = m.value % 3;
			if (choice === 0)
				setPayload(
					close,
					m.bytes.subarray(0, 1).length ? m.bytes.subarray(0, 1) : KEY.subarray(0, 1)
				);
			else if (choice === 1)
				setPayload(
					close,
					Uint8Array.of((m.at >> 8) & 0xff, m.at & 0xff, ...m.bytes.subarray(0, 20))
				);
			else setPayload(close, Uint8Array.of(0x03, 0xe8, ...m.bytes.subarray(0, 123)));
			break;
		}
		case 'long-control': {
			const controls = pieces.filter((x) => x.spec.opcode >= 8);
			const target = controls[m.at % controls.length]!.spec;
			setPayload(target, new Uint8Array(126 + (m.value % 75)).fill(0x61));
			break;
		}
		case 'limit': {
			const sizes = messageSizes(c);
			const largest = Math.max(0, ...sizes);
			const frames = pieces.map((x) => encodeFrame(x.spec));
			const bytes = concatBytes(frames);
			// Half the time the input also stops inside the largest message, so that a header may
			// declare more than the limit while the bytes past it never arrive.
			const big = sizes.indexOf(largest);
			const inBig = frames.flatMap((f, i) => {
				const start = frames.slice(0, i).reduce((n, x) => n + x.length, 0);
				return pieces[i]!.message === big ? [[start, start + f.length]] : [];
			});
			const [from, to] = [inBig[0]?.[0] ?? 0, inBig[inBig.length - 1]?.[1] ?? bytes.length];
			const end = m.value % 2 === 0 ? bytes.length : from + (m.at % (to - from + 1));
			return {
				bytes: bytes.subarray(0, end),
				maxMessage: Math.max(1, largest - 1 - (m.value % Math.max(1, largest)))
			};
		}
		case 'truncate': {
			const bytes = bytesOf(pieces);
			return { bytes: bytes.subarray(0, m.at % bytes.length) };
		}
	}
	return { bytes: bytesOf(pieces) };
}

const KEY = Uint8Array.of(0x37, 0xfa, 0x21, 0x3d);

/** A frame's payload before masking, close code and reason included. */
function payloadBytes(spec: FrameSpec): Uint8Array {
	const all = encodeFrame({ ...spec, mask: null });
	const n = all[1]! & 0x7f;
	const skip = n === 126 ? 4 : n === 127 ? 10 : 2;
	return all.subarray(skip);
}

function setPayload(spec: FrameSpec, payload: Uint8Array): void {
	spec.payload = payload;
	delete spec.closeCode;
	delete spec.reason;
	delete spec.text;
}

/** The wire size of each data message (what a size limit counts before inflating). */
function messageSizes(c: Conversation): number[] {
	const sizes = new Map<number, number>();
	for (const p of c.pieces) {
		if (p.message === undefined) continue;
		sizes.set(p.message, (sizes.get(p.message) ?? 0) + payloadBytes(p.spec).length);
	}
	return [...sizes.values()];
}

// ── tests ─────────────────────────────────────────────────────────────────────────────────────────

const RUNS = { numRuns: 120 };

describe('ws and our engine read the same conversations alike', () => {
	it('delivers the same messages from valid conversations, however ws gets the bytes', async () => {
		await fc.assert(
			fc.asyncProperty(conversation, fc.array(fc.nat(), { maxLength: 4 }), async (c, cuts) => {
				const bytes = bytesOf(c.pieces);
				const ours = readByUs(bytes, c.from, { extensions: c.extensions });
				expect(ours).toMatchObject({ ok: true, end: 'closed' });
				expect(await readByWs(bytes, c.from, { extensions: c.extensions, cuts })).toEqual({
					messages: ours.messages,
					end: 'closed'
				});
			}),
			RUNS
		);
	}, 60_000);

	it('refuses a mutated conversation with the close code ws sends, or accepts it as ws does', async () => {
		await fc.assert(
			fc.asyncProperty(conversation, mutation, async (c, m) => {
				const { bytes, maxMessage } = mutate(c, m);
				const options = { extensions: c.extensions, maxMessage };
				const ours = readByUs(bytes, c.from, options);
				const theirs = await readByWs(bytes, c.from, options);
				if (ours.end !== theirs.end && wsChecksTextLater(bytes, c.from, options, theirs)) return;
				expect(ours.end, `ws: ${String(theirs.end)}`).toBe(theirs.end);
				// Until the connection fails, both delivered the same messages (ws stops at the error).
				if (ours.ok) expect(theirs.messages).toEqual(ours.messages);
			}),
			{ numRuns: 400 }
		);
	}, 120_000);
});

describe('what the Sender of ws writes, with or without permessage-deflate, we read as sent', () => {
	const send: fc.Arbitrary<WsSend> = fc
		.record({
			text: fc.boolean(),
			data: fc.oneof(
				fc.string({ unit: 'binary', maxLength: 80 }),
				fc.constantFrom('안녕하세요 👋', 'abc'.repeat(200))
			),
			cuts: fc.array(fc.nat(), { maxLength: 3 }),
			compress: fc.boolean(),
			ping: fc.option(fc.uint8Array({ maxLength: 30 }), { nil: undefined })
		})
		.map(({ text, data, cuts, compress, ping }) => {
			const bytes = utf8.encode(data);
			const edges = [0, ...cuts.map((c) => c % (bytes.length + 1)), bytes.length].sort(
				(a, b) => a - b
			);
			// Text fragments are cut anywhere, inside characters too: only the message must be UTF-8.
			const parts = edges.slice(1).map((e, i) => bytes.subarray(edges[i], e));
			return { text, parts, compress, ping };
		});

	it('decodes random messages ws sends in fragments, pings between, compressed or not', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom<Role>('client', 'server'),
				deflate,
				fc.array(send, { minLength: 1, maxLength: 5 }),
				async (from, d, sends) => {
					const extensions = d && extensionsFor(from, d);
					const bytes = await writtenByWs(from, extensions, sends);
					const expected = sends.flatMap((m) => {
						const data = Buffer.from(concatBytes(m.parts)).toString('hex');
						const message = `${m.text ? 'text' : 'binary'}:${data}`;
						const ping =
							m.ping && m.parts.length > 1 ? [`ping:${Buffer.from(m.ping).toString('hex')}`] : [];
						return [...ping, message];
					});
					const ours = readByUs(bytes, from, { extensions });
					expect(ours).toEqual({ messages: expected, end: 'closed', ok: true });
					// And ws's own receiver agrees.
					expect(await readByWs(bytes, from, { extensions })).toEqual({
						messages: expected,
						end: 'closed'
					});
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);
});

// ── where ws and the RFC part ways, or where the RFC is silent: pinned down, not copied ───────────
// (A length in a longer form than needed, and a 64-bit length with its top bit set, are in
// tests/peer/ws-peer.test.ts.)

const hex = (text: string): Uint8Array =>
	Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
/** Unmasked server frames, then a close 1000: both readers end at it unless they fail first. */
const CLOSE = '880203e8';

describe('where ws and a strict endpoint part ways', () => {
	it('fails text at its first impossible byte, where ws waits for the end of the message', async () => {
		// RFC 6455 §8.1 and issue 3: fail as soon as the bytes can no longer be UTF-8. ws validates a
		// text message only once it is whole, so a message that never ends is never refused.
		const bytes = hex(`0102 41ff ${CLOSE}`);
		const ours = decode(bytes, { from: 'server' });
		expect(ours.verdict.firstError).toMatchObject({ code: 'invalid_utf8', bitOffset: 3 * 8 });
		expect(ours.verdict.closeCode).toBe(1007);
		expect(await readByWs(bytes, 'server')).toEqual({ messages: [], end: 'closed' });
		// Once the message ends, ws refuses it too, with the same code.
		expect((await readByWs(hex(`0102 41ff 8000 ${CLOSE}`), 'server')).end).toBe(1007);
	});

	it('fails a bad byte before the byte past the size limit with 1007, where ws says 1009', async () => {
		// ws refuses the frame on its declared length, before reading the payload; a strict reader
		// meets the invalid byte (§8.1) first and the 101st byte (§10.4) after it. Both are failures.
		const bytes = hex(`81 7e 00c8 ff ${'61'.repeat(199)} ${CLOSE}`);
		const ours = decode(bytes, { from: 'server', maxMessage: 100 });
		expect(ours.verdict).toMatchObject({ ok: false, closeCode: 1007 });
		expect(ours.diagnostics.map((d) => d.code)).toContain('message_too_big');
		expect((await readByWs(bytes, 'server', { maxMessage: 100 })).end).toBe(1009);
	});

	it('always checks UTF-8, which ws skips when asked to (skipUTF8Validation)', async () => {
		// §8.1 is a MUST for every endpoint; ws's option trades it for speed.
		const bytes = hex(`8103 c0af 41 ${CLOSE}`);
		expect(decode(bytes, { from: 'server' }).verdict.closeCode).toBe(1007);
		expect(await readByWs(bytes, 'server', { skipUTF8Validation: true })).toEqual({
			messages: ['text:c0af41'],
			end: 'closed'
		});
		expect((await readByWs(bytes, 'server')).end).toBe(1007);
	});
});

describe('where the RFC is silent or lets go, and ws and we agree', () => {
	const deflate = { extensions: 'permessage-deflate' };

	it('reads each message of a sender that ends every one with a BFINAL block (RFC 7692 §7.2.3.4)', async () => {
		const bytes = hex(`c108f348cdc9c9070000 c108f348cdc9c9070000 ${CLOSE}`);
		const ours = readByUs(bytes, 'server', deflate);
		expect(ours).toEqual({
			messages: ['text:48656c6c6f', 'text:48656c6c6f'],
			end: 'closed',
			ok: true
		});
		expect(await readByWs(bytes, 'server', deflate)).toEqual({
			messages: ours.messages,
			end: 'closed'
		});
	});

	it('delivers what compressed data cut inside a block inflates to (§7.2.2 names no failure)', async () => {
		// f2 48 + 00 00 ff ff is not a whole DEFLATE block: zlib and pako both hand out what it gives.
		const bytes = hex(`c102f248 ${CLOSE}`);
		const ours = readByUs(bytes, 'server', deflate);
		expect(ours.ok).toBe(true);
		expect(await readByWs(bytes, 'server', deflate)).toEqual({
			messages: ours.messages,
			end: 'closed'
		});
	});

	it('ignores data after a final block inside the message', async () => {
		const bytes = hex(`c109f348cdc9c90700ffff ${CLOSE}`);
		const ours = readByUs(bytes, 'server', deflate);
		expect(ours).toMatchObject({ messages: ['text:48656c6c6f'], ok: true });
		expect(await readByWs(bytes, 'server', deflate)).toEqual({
			messages: ours.messages,
			end: 'closed'
		});
	});

	it('discards every frame after the close frame, however broken (RFC 6455 §1.4)', async () => {
		const late = ['c100', '8300', '0000', '8102ffff', '7f', '88021234'];
		for (const frame of late) {
			const bytes = hex(`${CLOSE} ${frame}`);
			expect(readByUs(bytes, 'server')).toEqual({ messages: [], end: 'closed', ok: true });
			expect(await readByWs(bytes, 'server')).toEqual({ messages: [], end: 'closed' });
		}
	});
});
