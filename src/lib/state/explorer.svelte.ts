// The frame explorer's state: the pasted text, who sent it, and what the person points at (Selection).
// Everything shown is the engine's reading of these (explorer-engine.ts: parseInput turns text into
// bytes, decode reads them). The page opens on a reading computed at build time, so its first load
// carries no engine; the engine is imported on the first edit, and from then on reads every edit at
// once (synchronously, as it is typed).
import { getContext, setContext } from 'svelte';
import type { Diagnostic } from '$lib/protocol/index.ts';
import type { Example } from './examples.ts';
import { DEFAULT_TEXT } from './examples.ts';
import type { Decoded, ExplorerReading, Sender } from './explorer-reading.ts';
import { Selection } from './selection.svelte.ts';

export {
	FRAMES_DRAWN,
	ITEMS_LISTED,
	TEXT_LIMIT,
	type Decoded,
	type ExplorerReading,
	type Sender
} from './explorer-reading.ts';

type Engine = typeof import('./explorer-engine.ts');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** The engine's side of the explorer, imported once, on first use. */
function loadEngine(): Promise<Engine> {
	loading ??= import('./explorer-engine.ts').then((module) => (engine = module));
	return loading;
}

export class Explorer extends Selection {
	text = $state(DEFAULT_TEXT);
	sender = $state<Sender>('auto');

	/** The engine's reading of `text` and `sender`; the previous one while the engine loads. */
	#reading = $state.raw<ExplorerReading | null>(null);
	/** Counts edits, so a reading made for an older edit (the engine arrived late) is dropped. */
	#edits = 0;

	parsed = $derived(this.#reading?.parsed ?? null);
	decoded: Decoded | null = $derived(this.#reading?.decoded ?? null);
	result = $derived(this.decoded?.ok ? this.decoded.result : null);

	override get diagnostics(): readonly Diagnostic[] {
		return this.result?.diagnostics ?? [];
	}

	/**
	 * `reading`, when given, is the engine's reading of `text` made ahead (at build time): shown as
	 * it is, with no engine loaded until the text or the sender changes.
	 */
	constructor(text = DEFAULT_TEXT, reading?: ExplorerReading) {
		super();
		this.text = text;
		if (reading && reading.text === text && reading.sender === 'auto') this.#reading = reading;
		else this.#read();
	}

	setText(text: string): void {
		this.text = text;
		this.clearSelection();
		this.#read();
	}

	setSender(sender: Sender): void {
		this.sender = sender;
		this.clearSelection();
		this.#read();
	}

	load(example: Example): void {
		this.setText(example.text);
	}

	/** Reads the current text: at once when the engine is here, else as soon as it arrives. */
	#read(): void {
		const edit = ++this.#edits;
		if (engine) {
			this.#reading = engine.readExplorerText(this.text, this.sender);
			return;
		}
		void loadEngine().then((loaded) => {
			if (edit === this.#edits) this.#reading = loaded.readExplorerText(this.text, this.sender);
		});
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
