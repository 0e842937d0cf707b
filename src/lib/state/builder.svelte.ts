// The frame builder's state (/build): a FrameSpec in parts, plus the one thing a spec cannot say, a
// 7-bit payload length that disagrees with the payload. Everything shown is derived by the engine:
// encodeFrame writes the bytes, decode reads them back and judges them, as a receiver would.
import { getContext, setContext } from 'svelte';
import {
	concatBytes,
	decode,
	encodeFrame,
	encodeMessage,
	flipHeaderBit,
	parseInput,
	payloadOf,
	type DecodeResult,
	type Diagnostic,
	type FrameSpec,
	type Role
} from '$lib/protocol/index.ts';
import { linkFails, type StateReading } from './url-state.ts';
import { Selection } from './selection.svelte.ts';

export type PayloadMode = 'text' | 'hex';
export type LengthBits = 7 | 16 | 64;

/** Everything a link to /build carries: the builder's whole state, as plain JSON. */
export interface BuilderState {
	fin: boolean;
	rsv1: boolean;
	rsv2: boolean;
	rsv3: boolean;
	/** 0-15, reserved ones included. */
	opcode: number;
	payloadMode: PayloadMode;
	text: string;
	hex: string;
	masked: boolean;
	/** The masking key as 8 hex digits; kept while unmasked, so MASK can be switched back on. */
	key: string;
	lengthBits: LengthBits;
	/** A 7-bit payload length (0-125) written instead of the real one; null when it matches. */
	length7: number | null;
	/** Close frames: the status code, or null for none (then the payload is text or hex as usual). */
	closeCode: number | null;
	reason: string;
	from: Role;
	/** The fragmentation lab: how many frames the message is cut into, and a ping between them. */
	fragments: number;
	ping: boolean;
	/** The masking animation's step (0-based byte), so a shared link reopens the same XOR. */
	maskStep: number;
}

/** The RFC 6455 §5.7 example: a masked "Hello" from a client. */
export const DEFAULT_STATE: BuilderState = {
	fin: true,
	rsv1: false,
	rsv2: false,
	rsv3: false,
	opcode: 1,
	payloadMode: 'text',
	text: 'Hello',
	hex: '48 65 6c 6c 6f',
	masked: true,
	key: '37fa213d',
	lengthBits: 7,
	length7: null,
	closeCode: null,
	reason: '',
	from: 'client',
	fragments: 3,
	ping: false,
	maskStep: 0
};

export const MAX_FRAGMENTS = 8;
/** The longest text, hex or close reason a link carries (characters): a payload up to ~400 kB. */
export const LINK_FIELD_CHARS = 100_000;
const KEY_PATTERN = /^[0-9a-f]{8}$/;
const utf8 = new TextEncoder();

export class Builder extends Selection {
	fin = $state(true);
	rsv1 = $state(false);
	rsv2 = $state(false);
	rsv3 = $state(false);
	opcode = $state(1);
	payloadMode = $state<PayloadMode>('text');
	text = $state('');
	hex = $state('');
	masked = $state(true);
	key = $state('');
	lengthBits = $state<LengthBits>(7);
	length7 = $state<number | null>(null);
	closeCode = $state<number | null>(null);
	reason = $state('');
	from = $state<Role>('client');
	fragments = $state(3);
	ping = $state(false);
	maskStep = $state(0);

	/** Hex payload mode: the pasted text read by the engine's paste parser. */
	parsedHex = $derived(parseInput(this.hex));

	/** The message data: what text or hex mode says (empty while the hex cannot be read). */
	data: Uint8Array = $derived.by(() => {
		if (this.payloadMode === 'text') return utf8.encode(this.text);
		return this.parsedHex.ok ? this.parsedHex.bytes : new Uint8Array(0);
	});

	keyBytes = $derived(Uint8Array.from(this.key.match(/../g) ?? [], (h) => parseInt(h, 16)));

	spec: FrameSpec = $derived.by(() => {
		const spec: FrameSpec = {
			fin: this.fin,
			rsv1: this.rsv1,
			rsv2: this.rsv2,
			rsv3: this.rsv3,
			opcode: this.opcode,
			mask: this.masked ? this.keyBytes : null,
			lengthBits: this.lengthBits
		};
		// RFC 6455 §5.5.1: a close frame's payload is a 2-byte code, then a UTF-8 reason.
		if (this.opcode === 8 && this.closeCode !== null) {
			spec.closeCode = this.closeCode;
			spec.reason = this.reason;
		} else spec.payload = this.data;
		return spec;
	});

	/** The payload as the spec lays it out (close code and reason included). */
	payload = $derived(payloadOf(this.spec));

	bytes: Uint8Array = $derived.by(() => {
		const out = encodeFrame(this.spec);
		// The override rewrites the 7 length bits only; the rest stays as the spec wrote it, so the
		// decoder reads exactly the bytes a sender with this bug would put on the wire.
		if (this.length7 !== null) out[1] = (out[1]! & 0x80) | this.length7;
		return out;
	});

	result: DecodeResult = $derived(decode(this.bytes, { from: this.from }));
	frame = $derived(this.result.frames[0]!);

	override get diagnostics(): readonly Diagnostic[] {
		return this.result.diagnostics;
	}

	/** The data as one message cut into frames, with a ping after the first when asked. */
	fragmented = $derived.by(() => {
		const type = this.opcode === 2 || (this.opcode !== 1 && this.payloadMode === 'hex');
		const mask = this.masked ? this.keyBytes : null;
		const message = encodeMessage({
			type: type ? 'binary' : 'text',
			payload: this.data,
			fragments: this.fragments,
			mask
		});
		const frames = [...message.frames];
		if (this.ping && frames.length > 1) {
			// RFC 6455 §5.4: control frames may be injected in the middle of a fragmented message.
			frames.splice(1, 0, encodeFrame({ opcode: 'ping', text: 'ping', mask }));
		}
		const bytes = concatBytes(frames);
		return {
			type: type ? ('binary' as const) : ('text' as const),
			bytes,
			result: decode(bytes, { from: this.from })
		};
	});

	constructor(state: BuilderState = DEFAULT_STATE) {
		super();
		this.load(state);
	}

	load(state: BuilderState): void {
		Object.assign(this, state);
		this.clearSelection();
	}

	snapshot(): BuilderState {
		const s = {} as Record<keyof BuilderState, unknown>;
		for (const k of Object.keys(DEFAULT_STATE) as (keyof BuilderState)[]) s[k] = this[k];
		return s as BuilderState;
	}

	/**
	 * Flips bit `i` (0 = most significant bit of byte 0) of the first two bytes, and turns what the
	 * engine reads in the new bytes back into the spec: FIN, RSV, opcode and MASK map one to one; the
	 * 7-bit length gives the length form, or an override when it disagrees with the payload.
	 */
	toggleBit(i: number): void {
		const h = flipHeaderBit(this.bytes, i);
		Object.assign(this, {
			fin: h.fin,
			rsv1: h.rsv1,
			rsv2: h.rsv2,
			rsv3: h.rsv3,
			opcode: h.opcode,
			masked: h.masked,
			lengthBits: h.lengthBits
		});
		this.length7 = h.lengthBits === 7 && h.length7 !== this.payload.length ? h.length7 : null;
		this.selectedDiagnostic = null;
	}

	/** Sets one part of the state; editing the payload makes the length follow it again. */
	set<K extends keyof BuilderState>(key: K, value: BuilderState[K]): void {
		(this as BuilderState)[key] = value;
		if (['payloadMode', 'text', 'hex', 'closeCode', 'reason', 'lengthBits'].includes(key)) {
			this.length7 = null;
		}
		this.selectedDiagnostic = null;
	}

	randomKey(): void {
		const key = crypto.getRandomValues(new Uint8Array(4));
		this.key = Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('');
		this.masked = true;
	}
}

/** Checks a link's JSON against the builder's shape; every field must be there and make sense. */
export function readBuilderState(json: unknown): StateReading<BuilderState> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return linkFails('no_frame');
	}
	const o = json as Record<string, unknown>;
	const bad = (field: string): StateReading<BuilderState> => linkFails('bad_field', { field });
	const isInt = (v: unknown, lo: number, hi: number) =>
		typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
	for (const k of ['fin', 'rsv1', 'rsv2', 'rsv3', 'masked', 'ping'] as const) {
		if (typeof o[k] !== 'boolean') return bad(k);
	}
	for (const k of ['text', 'hex', 'reason'] as const) {
		if (typeof o[k] !== 'string') return bad(k);
		if (o[k].length > LINK_FIELD_CHARS)
			return linkFails('field_too_long', { field: k, limit: LINK_FIELD_CHARS });
	}
	if (!isInt(o.opcode, 0, 15)) return bad('opcode');
	if (o.payloadMode !== 'text' && o.payloadMode !== 'hex') return bad('payload mode');
	if (typeof o.key !== 'string' || !KEY_PATTERN.test(o.key)) return bad('masking key');
	if (o.lengthBits !== 7 && o.lengthBits !== 16 && o.lengthBits !== 64) return bad('length form');
	if (o.length7 !== null && !isInt(o.length7, 0, 125)) return bad('payload length');
	if (o.closeCode !== null && !isInt(o.closeCode, 0, 65535)) return bad('close code');
	if (o.from !== 'client' && o.from !== 'server') return bad('sender');
	if (isInt(o.fragments, MAX_FRAGMENTS + 1, Number.MAX_SAFE_INTEGER))
		return linkFails('too_many_fragments', { limit: MAX_FRAGMENTS });
	if (!isInt(o.fragments, 1, MAX_FRAGMENTS)) return bad('number of fragments');
	// Links written before the masking step was kept have none: they open on the first byte.
	if (o.maskStep !== undefined && !isInt(o.maskStep, 0, 1_000_000)) return bad('masking step');
	const state = {} as Record<string, unknown>;
	for (const k of Object.keys(DEFAULT_STATE)) state[k] = o[k];
	state.maskStep ??= 0;
	return { ok: true, value: state as unknown as BuilderState };
}

/** Is `text` a masking key as the builder stores it (8 hex digits, lowercase)? */
export function isKey(text: string): boolean {
	return KEY_PATTERN.test(text);
}

export const BUILDER = Symbol('builder');

export function setBuilder(builder: Builder): Builder {
	return setContext(BUILDER, builder);
}

export function getBuilder(): Builder {
	const builder = getContext<Builder | undefined>(BUILDER);
	if (!builder) throw new Error('getBuilder: no Builder in context; the page must setBuilder()');
	return builder;
}
