// The /handshake page's state: the request and response texts as the engine reads them (CRLF line
// breaks), the accept step shown, which part is open, and the build form. Everything on screen is
// derived from these by the engine: checkHandshake judges, buildHandshake builds. The page opens on
// the engine's reading of the default state, made at build time (+page.server.ts); the engine
// (handshake-engine.ts) is imported when the state first differs from it, as /build does.
import type {
	BuildResult,
	HandshakePreset,
	HandshakeResult,
	HandshakeSide,
	MissingHeaderEffect
} from '$lib/protocol/index.ts';
import { RFC_REQUEST, RFC_RESPONSE } from '$lib/protocol/handshake/rfc-example.ts';
import { DEFAULT_BUILD_FORM, type BuildForm } from './build-form.ts';
import { lineViews } from './lines.ts';
import { toWire } from './text-map.ts';
import type { InputFormat } from '$lib/protocol/input/types.ts';
import { lazyModule } from '$lib/state/lazy-module.svelte.ts';

export type Part = 'check' | 'build';
export const PARTS: readonly Part[] = ['check', 'build'];

/** The accept computation's steps: key, key + GUID, SHA-1, base64, the comparison. */
export const ACCEPT_STEP_COUNT = 5;

/** Everything a link to /handshake carries. */
export interface LabState {
	request: string;
	response: string;
	step: number;
	part: Part;
	build: BuildForm;
}

export const DEFAULT_STATE: LabState = {
	request: RFC_REQUEST,
	response: RFC_RESPONSE,
	step: 0,
	part: 'check',
	build: DEFAULT_BUILD_FORM
};

/** A line of one side, pointed at: `index` -1 is the start line. */
export interface Pointed {
	side: HandshakeSide;
	index: number;
}

/** A preset's texts (handshakePresets(), read at build time). */
export interface PresetTexts {
	id: HandshakePreset['id'];
	request: string;
	response: string;
}

/** What the page opens on, made by the engine at build time (handshake-engine.ts: readOpening). */
export interface HandshakeOpening {
	presets: PresetTexts[];
	/** checkHandshake of DEFAULT_STATE's texts. */
	result: HandshakeResult;
	/** buildHandshake of DEFAULT_STATE's form. */
	built: BuildResult;
}

type Engine = typeof import('./handshake-engine.ts');
/** The engine's side of the lab, once imported: a signal, so readings made without it redo. */
const engine = lazyModule<Engine>(() => import('./handshake-engine.ts'));

/** Imports the engine once; resolves when readings can be made (tests await it before acting). */
export const loadHandshakeEngine = engine.load;

/** The engine's reading of what `key` names: the opening's while it is that, else the engine's. */
class Reading<T> {
	#opened: { key: string; value: T };
	#last: T;
	constructor(key: string, value: T) {
		this.#opened = { key, value };
		this.#last = value;
	}
	/** Until the engine is here, the last reading made (the engine is asked for). */
	of(key: string, read: (module: Engine) => T): T {
		if (key === this.#opened.key) return this.#opened.value;
		const module = engine.module;
		if (!module) {
			void loadHandshakeEngine();
			return this.#last;
		}
		return (this.#last = read(module));
	}
}

const textsKey = (request: string, response: string) => JSON.stringify([request, response]);
const formKey = (f: BuildForm) =>
	JSON.stringify([f.url, f.protocols, f.extensions, f.origin, f.key]);

export class HandshakeLab {
	request = $state(DEFAULT_STATE.request);
	response = $state(DEFAULT_STATE.response);
	/** The last paste was a hex dump, read as the handshake it holds. */
	dumped = $state.raw<{ format: InputFormat; bytes: number } | null>(null);
	step = $state(0);
	part = $state<Part>('check');
	build = $state<BuildForm>({ ...DEFAULT_BUILD_FORM });
	/** The line under the pointer and the one with keyboard focus (or the caret). */
	hovered = $state<Pointed | null>(null);
	focused = $state<Pointed | null>(null);

	#presets: readonly PresetTexts[];
	#checks: Reading<HandshakeResult>;
	#builds: Reading<BuildResult>;

	result: HandshakeResult = $derived.by(() =>
		this.#checks.of(textsKey(this.request, this.response), (e) =>
			e.check(this.request, this.response)
		)
	);

	lines = $derived({
		request: this.result.request
			? lineViews(this.result.request, this.result.diagnostics, this.result.checks)
			: [],
		response: this.result.response
			? lineViews(this.result.response, this.result.diagnostics, this.result.checks)
			: []
	});

	active: Pointed | null = $derived(this.hovered ?? this.focused);

	/** The preset the texts are, if they are one unchanged. */
	preset: string | null = $derived.by(
		() =>
			this.#presets.find((p) => p.request === this.request && p.response === this.response)?.id ??
			null
	);

	built: BuildResult = $derived.by(() =>
		this.#builds.of(formKey(this.build), (e) => e.build(this.build))
	);

	/** `opening`: the engine's reading of DEFAULT_STATE, made ahead (at build time). */
	constructor(opening: HandshakeOpening) {
		this.#presets = opening.presets;
		this.#checks = new Reading(
			textsKey(DEFAULT_STATE.request, DEFAULT_STATE.response),
			opening.result
		);
		this.#builds = new Reading(formKey(DEFAULT_STATE.build), opening.built);
	}

	/** The texts are the default state's, the ones the page was prerendered with. */
	get prerendered(): boolean {
		return this.request === DEFAULT_STATE.request && this.response === DEFAULT_STATE.response;
	}

	load(state: LabState): void {
		this.request = state.request;
		this.response = state.response;
		this.step = state.step;
		this.part = state.part;
		this.build = { ...state.build };
		this.hovered = null;
		this.focused = null;
	}

	snapshot(): LabState {
		const { request, response, step, part } = this;
		return { request, response, step, part, build: { ...this.build } };
	}

	loadPreset(id: string): void {
		const preset = this.#presets.find((p) => p.id === id);
		if (!preset) return;
		this.request = preset.request;
		this.response = preset.response;
		this.step = 0;
		this.part = 'check';
	}

	/**
	 * Runs an edit with the engine: at once when it is here, else once it is (edits keep their
	 * order: each waits on the same import).
	 */
	#withEngine<T>(edit: (e: Engine) => T): T | Promise<T> {
		if (engine.module) return edit(engine.module);
		return loadHandshakeEngine().then(edit);
	}

	/**
	 * Text from the editor: its line breaks become CRLF, the only ones a textarea cannot show.
	 * True (at once, or once the engine is here) when the text was a hex dump, replaced by the HTTP
	 * it holds: the editor then shows that HTTP, even when it is what the lab held already.
	 */
	setText(side: HandshakeSide, display: string): boolean | Promise<boolean> {
		return this.#withEngine((e) => this.#setText(e, side, display));
	}

	#setText(e: Engine, side: HandshakeSide, display: string): boolean {
		// A hex dump of the handshake's bytes (as Wireshark copies it) is read as the HTTP it holds.
		const dump = e.handshakeFromDump(display);
		if (!dump) {
			const text = toWire(display);
			// The note stays until the text really changes (the box re-sends what it was given).
			if (text !== this[side]) this.dumped = null;
			this[side] = text;
			return false;
		}
		this.dumped = { format: dump.format, bytes: dump.bytes };
		if (dump.request !== undefined) this.request = dump.request;
		if (dump.response !== undefined) this.response = dump.response;
		return true;
	}

	/** RFC 6455 §4.1 item 7: the key lives in the request, so editing it edits the request. */
	setKey(key: string): void {
		void this.#withEngine((e) => {
			this.request = e.setHeaderValue(this.request, 'request', 'Sec-WebSocket-Key', key);
		});
	}

	/** Writes the engine's accept value for the request's key into the response. */
	useExpectedAccept(): void {
		const expected = this.result.accept?.base64;
		if (expected === undefined) return;
		void this.#withEngine((e) => {
			this.response = e.setHeaderValue(this.response, 'response', 'Sec-WebSocket-Accept', expected);
		});
	}

	/**
	 * What a strict peer says when line `p` is left out (nothing for the start line, nor while the
	 * engine is imported: read inside a $derived, it redoes once the engine is here).
	 */
	effectOf(p: Pointed): MissingHeaderEffect | null {
		if (p.index < 0) return null;
		const module = engine.module;
		if (!module) {
			void loadHandshakeEngine();
			return null;
		}
		return module.effectOf(this.request, this.response, p.side, p.index);
	}

	setBuild<K extends keyof BuildForm>(key: K, value: BuildForm[K]): void {
		this.build = { ...this.build, [key]: value };
	}

	newBuildKey(): void {
		void this.#withEngine((e) => this.setBuild('key', e.randomKey()));
	}

	/** Puts the built request and 101 response into the checker and opens it. */
	checkBuilt(): void {
		if (!this.built.ok) return;
		this.request = this.built.request;
		this.response = this.built.response;
		this.step = 0;
		this.part = 'check';
	}

	point(p: Pointed | null, by: 'pointer' | 'focus'): void {
		if (by === 'pointer') this.hovered = p;
		else this.focused = p;
	}
}
