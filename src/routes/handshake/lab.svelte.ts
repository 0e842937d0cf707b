// The /handshake page's state: the request and response texts as the engine reads them (CRLF line
// breaks), the accept step shown, which part is open, and the build form. Everything on screen is
// derived from these by the engine: checkHandshake judges, buildHandshake builds.
import {
	buildHandshake,
	checkHandshake,
	handshakePresets,
	missingHeaderEffect,
	presetById,
	randomKey,
	setHeaderValue,
	type HandshakeSide
} from '$lib/protocol/index.ts';
import { DEFAULT_BUILD_FORM, buildOptionsOf, type BuildForm } from './build-form.ts';
import { lineViews } from './lines.ts';
import { toWire } from './text-map.ts';
import { handshakeFromDump } from '$lib/protocol/handshake/dump.ts';
import type { InputFormat } from '$lib/protocol/input/types.ts';

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

const rfc = presetById('rfc_6455')!;

export const DEFAULT_STATE: LabState = {
	request: rfc.request,
	response: rfc.response,
	step: 0,
	part: 'check',
	build: DEFAULT_BUILD_FORM
};

/** A line of one side, pointed at: `index` -1 is the start line. */
export interface Pointed {
	side: HandshakeSide;
	index: number;
}

/** Text that is only whitespace is no message at all. */
const given = (text: string): string | undefined => (/\S/.test(text) ? text : undefined);

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

	result = $derived(checkHandshake(given(this.request), given(this.response)));

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
	preset: string | null = $derived(
		handshakePresets().find((p) => p.request === this.request && p.response === this.response)
			?.id ?? null
	);

	built = $derived(buildHandshake(buildOptionsOf(this.build)));

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
		const preset = presetById(id);
		if (!preset) return;
		this.request = preset.request;
		this.response = preset.response;
		this.step = 0;
		this.part = 'check';
	}

	/** Text from the editor: its line breaks become CRLF, the only ones a textarea cannot show. */
	/** Returns true when the text was a hex dump, replaced by the HTTP it holds. */
	setText(side: HandshakeSide, display: string): boolean {
		// A hex dump of the handshake's bytes (as Wireshark copies it) is read as the HTTP it holds.
		const dump = handshakeFromDump(display);
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
		this.request = setHeaderValue(this.request, 'request', 'Sec-WebSocket-Key', key);
	}

	/** Writes the engine's accept value for the request's key into the response. */
	useExpectedAccept(): void {
		const expected = this.result.accept?.base64;
		if (expected === undefined) return;
		this.response = setHeaderValue(this.response, 'response', 'Sec-WebSocket-Accept', expected);
	}

	/** What a strict peer says when line `p` is left out (nothing for the start line). */
	effectOf(p: Pointed) {
		if (p.index < 0) return null;
		return missingHeaderEffect(given(this.request), given(this.response), p.side, p.index);
	}

	setBuild<K extends keyof BuildForm>(key: K, value: BuildForm[K]): void {
		this.build = { ...this.build, [key]: value };
	}

	newBuildKey(): void {
		this.setBuild('key', randomKey());
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
