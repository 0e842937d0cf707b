// The frame builder's state (/build): a FrameSpec in parts, plus the one thing a spec cannot say, a
// 7-bit payload length that disagrees with the payload. Everything shown is derived by the engine
// (builder-engine.ts: encodeFrame writes the bytes, decode reads them back and judges them, as a
// receiver would). The page opens on a reading made at build time, so its first load carries no
// engine; the engine is imported when the state first differs from that reading's.
import { getContext, setContext } from 'svelte';
import { flipHeaderBit, type Diagnostic, type Role } from '$lib/protocol/index.ts';
import type { BuilderReading } from './builder-engine.ts';
import { linkFails, type StateReading } from './url-state.ts';
import { Selection } from './selection.svelte.ts';
import { lazyModule } from './lazy-module.svelte.ts';

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

/** What the engine's reading depends on: everything but the masking animation's step. */
export type BuilderInputs = Omit<BuilderState, 'maskStep'>;

/** The inputs of a state, always in the same order, so equal inputs give equal keys. */
function inputsKey(s: BuilderInputs): string {
	const keys = Object.keys(DEFAULT_STATE).filter(
		(k) => k !== 'maskStep'
	) as (keyof BuilderInputs)[];
	return JSON.stringify(keys.map((k) => s[k]));
}

/** The engine's side of the builder, once imported: a signal, so readings made without it redo. */
const engine = lazyModule(() => import('./builder-engine.ts'));

/** Imports the engine once; resolves when readings can be made (tests await it before acting). */
export async function loadBuilderEngine(): Promise<void> {
	await engine.load();
}

function requestEngine(): void {
	void loadBuilderEngine();
}

export const MAX_FRAGMENTS = 8;
/** The longest text, hex or close reason a link carries (characters): a payload up to ~400 kB. */
export const LINK_FIELD_CHARS = 100_000;

/** The fields of a builder link a problem can name (the `field` param of bad_field, field_too_long). */
export const LINK_FIELDS = [
	'fin',
	'rsv1',
	'rsv2',
	'rsv3',
	'masked',
	'ping',
	'text',
	'hex',
	'reason',
	'opcode',
	'payload_mode',
	'masking_key',
	'length_form',
	'payload_length',
	'close_code',
	'sender',
	'fragments',
	'masking_step'
] as const;
export type LinkField = (typeof LINK_FIELDS)[number];
const KEY_PATTERN = /^[0-9a-f]{8}$/;

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

	#opened: { key: string; reading: BuilderReading };
	/** The reading shown while the engine loads: the last one made. */
	#last: BuilderReading;

	/**
	 * The engine's reading of the current state: the one the builder opened with while the state is
	 * that one's, else the engine's (imported on first need; until it is here, the last reading).
	 */
	reading: BuilderReading = $derived.by(() => {
		const key = inputsKey(this);
		if (key === this.#opened.key) return this.#opened.reading;
		const module = engine.module;
		if (!module) {
			requestEngine();
			return this.#last;
		}
		return (this.#last = module.readBuilder(this));
	});

	parsedHex = $derived(this.reading.parsedHex);
	data = $derived(this.reading.data);
	payload = $derived(this.reading.payload);
	bytes = $derived(this.reading.bytes);
	result = $derived(this.reading.result);
	frame = $derived(this.result.frames[0]!);
	fragmented = $derived(this.reading.fragmented);

	override get diagnostics(): readonly Diagnostic[] {
		return this.result.diagnostics;
	}

	/** `reading`: the engine's reading of `state` (readBuilder), made ahead (at build time). */
	constructor(state: BuilderState, reading: BuilderReading) {
		super();
		this.#opened = { key: inputsKey(state), reading };
		this.#last = reading;
		this.load(state);
	}

	/** The inputs are the ones the builder opened with (the page's prerendered frame). */
	get prerendered(): boolean {
		return inputsKey(this) === this.#opened.key;
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
	// `field` is an id (LINK_FIELD_WORDS in src/lib/i18n/link-messages.ts names it in each language).
	const bad = (field: LinkField): StateReading<BuilderState> => linkFails('bad_field', { field });
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
	if (o.payloadMode !== 'text' && o.payloadMode !== 'hex') return bad('payload_mode');
	if (typeof o.key !== 'string' || !KEY_PATTERN.test(o.key)) return bad('masking_key');
	if (o.lengthBits !== 7 && o.lengthBits !== 16 && o.lengthBits !== 64) return bad('length_form');
	if (o.length7 !== null && !isInt(o.length7, 0, 125)) return bad('payload_length');
	if (o.closeCode !== null && !isInt(o.closeCode, 0, 65535)) return bad('close_code');
	if (o.from !== 'client' && o.from !== 'server') return bad('sender');
	if (isInt(o.fragments, MAX_FRAGMENTS + 1, Number.MAX_SAFE_INTEGER))
		return linkFails('too_many_fragments', { limit: MAX_FRAGMENTS });
	if (!isInt(o.fragments, 1, MAX_FRAGMENTS)) return bad('fragments');
	// Links written before the masking step was kept have none: they open on the first byte.
	if (o.maskStep !== undefined && !isInt(o.maskStep, 0, 1_000_000)) return bad('masking_step');
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
