// The frame explorer's state: the pasted text, who sent it, and what the person points at (Selection).
// Everything shown is derived from these by the engine: parseInput turns text into bytes, decode reads them.
import { getContext, setContext } from 'svelte';
import { decode, type DecodeResult, type Diagnostic, type Role } from '$lib/protocol/index.ts';
import { parseInput, type ParsedInput } from '$lib/protocol/input/index.ts';
import { DEFAULT_TEXT, type Example } from './examples.ts';
import { Selection } from './selection.svelte.ts';

/** Who sent the bytes: `auto` lets the decoder infer it from the first frame's mask bit. */
export type Sender = 'auto' | Role;

/** decode() is documented never to throw on input; if it does, the page says so instead of breaking. */
export type Decoded = { ok: true; result: DecodeResult } | { ok: false; message: string };

export class Explorer extends Selection {
	text = $state(DEFAULT_TEXT);
	sender = $state<Sender>('auto');

	parsed: ParsedInput = $derived(parseInput(this.text));

	decoded: Decoded | null = $derived.by(() => {
		if (!this.parsed.ok) return null;
		const from = this.sender === 'auto' ? undefined : this.sender;
		try {
			return { ok: true, result: decode(this.parsed.bytes, { from }) };
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
