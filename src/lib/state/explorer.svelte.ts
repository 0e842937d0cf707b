// The frame explorer's state: the pasted text, who sent it, and what the person points at (Selection).
// Everything shown is derived from these by the engine: parseInput turns text into bytes, decode reads them.
import { getContext, setContext } from 'svelte';
import { decode, type DecodeResult, type Diagnostic, type Role } from '$lib/protocol/index.ts';
import { frameFields } from '$lib/protocol/frame/fields.ts';
import { parseInput, type ParsedInput } from '$lib/protocol/input/index.ts';
import { PAGE_MAX_MESSAGE } from '$lib/workers/analysis.ts';
import { DEFAULT_TEXT, type Example } from './examples.ts';
import { Selection } from './selection.svelte.ts';

/** Who sent the bytes: `auto` lets the decoder infer it from the first frame's mask bit. */
export type Sender = 'auto' | Role;

/**
 * decode() is documented never to throw on input; if it does, the page says so instead of breaking.
 * A capture longer than TEXT_LIMIT is not read here at all (`tooLong`, its length in characters).
 */
export type Decoded =
	| { ok: true; result: DecodeResult }
	| { ok: false; message: string }
	| { ok: false; tooLong: number };

/**
 * The most text the explorer reads, on the main thread as it is typed: 64 KiB is thousands of
 * frames. Longer captures go to /decode, which reads them in a worker.
 */
export const TEXT_LIMIT = 64 * 1024;

/**
 * Frames drawn in full (each is a bit grid, a byte row and a field table: ~270 elements). The rest
 * are counted under the last one; /decode lists every frame of a long capture.
 */
export const FRAMES_DRAWN = 16;
/** Diagnostics and messages listed; the rest are counted. */
export const ITEMS_LISTED = 100;

export class Explorer extends Selection {
	text = $state(DEFAULT_TEXT);
	sender = $state<Sender>('auto');

	parsed: ParsedInput = $derived(parseInput(this.text.length > TEXT_LIMIT ? '' : this.text));

	decoded: Decoded | null = $derived.by(() => {
		if (this.text.length > TEXT_LIMIT) return { ok: false, tooLong: this.text.length };
		if (!this.parsed.ok) return null;
		const from = this.sender === 'auto' ? undefined : this.sender;
		try {
			const options = { from, annotate: false, maxMessage: PAGE_MAX_MESSAGE };
			const result = decode(this.parsed.bytes, options);
			// Fields only for the frames drawn: a flood of typed frames costs no more than those.
			for (const f of result.frames.slice(0, FRAMES_DRAWN)) f.fields = frameFields(f);
			return { ok: true, result };
		} catch (error) {
			return { ok: false, message: error instanceof Error ? error.message : String(error) };
		}
	});

	result: DecodeResult | null = $derived(this.decoded?.ok ? this.decoded.result : null);

	override get diagnostics(): readonly Diagnostic[] {
		return this.result?.diagnostics ?? [];
	}

	constructor(text = DEFAULT_TEXT) {
		super();
		this.text = text;
	}

	setText(text: string): void {
		this.text = text;
		this.clearSelection();
	}

	setSender(sender: Sender): void {
		this.sender = sender;
		this.clearSelection();
	}

	load(example: Example): void {
		this.setText(example.text);
	}
}

/** The context key; exported so tests can mount components with an Explorer of their own. */
export const EXPLORER = Symbol('explorer');

/** The page creates one Explorer and hands it to the components below through context. */
export function setExplorer(explorer: Explorer): Explorer {
	return setContext(EXPLORER, explorer);
}

export function getExplorer(): Explorer {
	const explorer = getContext<Explorer | undefined>(EXPLORER);
	if (!explorer)
		throw new Error('getExplorer: no Explorer in context; the page must setExplorer()');
	return explorer;
}
