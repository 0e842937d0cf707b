// One direction of the /decode page: what was pasted, what parseInput read, and the engine's analysis.
// Small captures are read right here; large ones (a 10 MB paste or file) in a worker, with progress,
// and never go into the text box (a 10 MB textarea alone freezes the page). The page opens on a reading
// made at build time (seed): the engine is imported when the direction's inputs first differ from it.
import type { Role } from '$lib/protocol/index.ts';
import { looksLikeHar } from '$lib/protocol/input/har.ts';
import { PAGE_MAX_MESSAGE, type Analysis } from '$lib/workers/frame-table.ts';
import type { DecodeJob } from '$lib/workers/decode-client.ts';
import type { PayloadResult } from '$lib/protocol/payload/types.ts';
import type { ParsedInfo } from '$lib/workers/protocol.ts';
import type { WorkerFailure } from '$lib/workers/failures.ts';
import { decodeEngine, loadDecodeEngine } from './decode-engine.svelte.ts';
import {
	framesInput,
	payloadOptions,
	ReadFrames,
	type DirectionReading,
	type FrameSource,
	type PayloadReading
} from './decode-reading.ts';

export type { PayloadReading } from './decode-reading.ts';

/** Captures longer than this (in chars, or bytes of a file) stay out of the text box. */
export const SMALL = 256 * 1024;

/**
 * Captures longer than this many characters are read in the worker, whichever way they came (typed,
 * pasted, a link): a few kilobytes can hold a DEFLATE bomb or thousands of frames.
 */
export const WORKER_FROM = 4096;

/** A capture kept out of the text box: pasted text or a dropped file. */
export interface LargeInput {
	name: string;
	size: number;
	text?: string;
	file?: Blob;
}

export type Progress = { stage: 'reading' | 'parsing' | 'decoding'; fraction: number };

export type PayloadView = 'wire' | 'unmasked';

const EMPTY = new Uint8Array(0);

export class Direction {
	text = $state('');
	large = $state.raw<LargeInput | null>(null);
	parsed = $state.raw<ParsedInfo | null>(null);
	input = $state.raw<Uint8Array>(EMPTY);
	analysis = $state.raw<Analysis | null>(null);
	/** Each message's payload by message index (empty until the payload worker answers). */
	payloads = $state.raw<(PayloadResult | null)[]>([]);
	private payloadJob: { cancel(): void } | undefined;
	progress = $state.raw<Progress | null>(null);
	failure = $state<WorkerFailure | null>(null);
	/** The frame whose fields are shown. */
	selected = $state(0);
	/** Index into the analysis' diagnostics of the one whose bits are marked. */
	marked = $state<number | null>(null);
	payloadView = $state<PayloadView>('unmasked');

	private extensions = $state('');
	private maxMessage = PAGE_MAX_MESSAGE;
	private reading: PayloadReading = { subprotocol: '', choice: 'auto' };

	/** Full frames (fields, unmasked payload) for what is on screen, built when asked for. */
	frames = $state.raw<FrameSource | null>(null);
	/** The build-time reading shown while the inputs are still the ones it was made from. */
	private seed = $state.raw<DirectionReading | null>(null);
	/** Counts runs, so a run that waited for the engine gives way to a later one. */
	private runs = 0;

	/** RSV1 frames that inflate while no extension is given: the page offers permessage-deflate. */
	deflateHint = $derived.by(() => {
		if (!this.analysis || this.analysis.frames.count === 0) return null;
		if (this.seed) return this.seed.deflateHint;
		return decodeEngine.module?.hintFor(this.input, this.role, this.extensions) ?? null;
	});

	private job: DecodeJob | null = null;

	constructor(
		readonly role: Role,
		/** A HAR pasted here belongs to the capture view: both directions come from it. */
		private readonly onhar: (har: Blob) => void
	) {}

	get empty(): boolean {
		return this.large === null && !/\S/.test(this.text);
	}

	setText(text: string): void {
		this.large = null;
		this.text = text;
	}

	setLarge(large: LargeInput): void {
		this.text = '';
		this.large = large;
	}

	/** Shows a reading made at build time, until the text, extensions or size limit change. */
	open(reading: DirectionReading): void {
		this.large = null;
		this.text = reading.text;
		this.extensions = reading.extensions;
		this.maxMessage = reading.maxMessage;
		this.reading = reading.payload;
		this.seed = reading;
		this.parsed = reading.parsed;
		this.input = reading.input;
		this.analysis = reading.analysis;
		this.frames = reading.analysis ? new ReadFrames(reading.frames) : null;
		this.payloads = reading.payloads;
	}

	/** The inputs are the ones the build-time reading was made from: nothing to read. */
	private seeded(extensions: string, maxMessage: number): boolean {
		const seed = this.seed;
		return (
			seed !== null &&
			this.large === null &&
			seed.text === this.text &&
			seed.extensions === extensions &&
			seed.maxMessage === maxMessage
		);
	}

	/**
	 * Still the build-time reading as the page opened on it: nothing read, chosen or marked since
	 * (its views can stay as they were prerendered).
	 */
	get pristine(): boolean {
		const seed = this.seed;
		return (
			seed !== null &&
			this.payloads === seed.payloads &&
			this.selected === 0 &&
			this.marked === null &&
			this.payloadView === 'unmasked'
		);
	}

	/** Reads the capture again, e.g. after the text, the extensions or the size limit changed. */
	run(extensions: string, maxMessage = PAGE_MAX_MESSAGE): void {
		if (this.seeded(extensions, maxMessage)) return;
		this.seed = null;
		const run = ++this.runs;
		if (decodeEngine.module) return this.read(extensions, maxMessage);
		// The first input: the engine loads, then the latest run reads.
		void loadDecodeEngine().then(() => {
			if (run === this.runs) this.read(extensions, maxMessage);
		});
	}

	private read(extensions: string, maxMessage: number): void {
		this.job?.cancel();
		this.job = null;
		this.extensions = extensions;
		this.maxMessage = maxMessage;
		this.failure = null;
		this.marked = null;
		const typed = { name: '', size: this.text.length, text: this.text };
		const large = this.large ?? (this.text.length > WORKER_FROM ? typed : null);
		if (large) this.runLarge(large, extensions, maxMessage);
		else this.runSmall(this.text, extensions, maxMessage);
	}

	private runSmall(text: string, extensions: string, maxMessage: number): void {
		this.progress = null;
		const read = decodeEngine.module!.readSmall(text, this.role, extensions, maxMessage);
		if (read.kind === 'read') return this.show(read.parsed, read.bytes, read.analysis);
		this.clear();
		if (read.kind === 'har') this.onhar(new Blob([text]));
		if (read.kind === 'unread') this.parsed = read.parsed;
		if (read.kind === 'failed') this.failure = read.failure;
	}

	private runLarge(large: LargeInput, extensions: string, maxMessage: number): void {
		this.clear();
		if (large.text !== undefined && looksLikeHar(large.text)) {
			this.progress = null;
			return this.onhar(new Blob([large.text]));
		}
		this.progress = { stage: large.file ? 'reading' : 'parsing', fraction: 0 };
		const { text, file } = large;
		const request = { from: this.role, extensions, maxMessage, text, file };
		this.job = decodeEngine.module!.startDecode(request, (reply) => {
			if (reply.kind === 'progress') this.progress = reply;
			else this.progress = null;
			if (reply.kind === 'bytes') this.show(reply.parsed, reply.input, reply.analysis);
			if (reply.kind === 'failed') this.failure = reply.failure;
		});
	}

	private show(parsed: ParsedInfo, input: Uint8Array, analysis: Analysis | null): void {
		this.parsed = parsed;
		// Frames and offsets start after an HTTP head the capture began with.
		this.input = framesInput(input, analysis);
		this.analysis = analysis;
		const { FrameCache } = decodeEngine.module!;
		this.frames = analysis
			? new FrameCache(this.input, analysis.frames, analysis.from, this.extensions)
			: null;
		this.decodePayloads(analysis);
		const count = analysis?.frames.count ?? 0;
		if (this.selected >= count) this.selected = 0;
	}

	private clear(): void {
		this.parsed = null;
		this.input = EMPTY;
		this.analysis = null;
		this.frames = null;
		this.decodePayloads(null);
	}

	/** Reads what the messages carry again, under another subprotocol or protocol choice. */
	readPayloadsAs(reading: PayloadReading): void {
		// The build-time reading already holds what the messages carry, read this way.
		const same =
			reading.subprotocol === this.reading.subprotocol && reading.choice === this.reading.choice;
		if (this.seed && same) return;
		this.reading = reading;
		this.decodePayloads(this.analysis);
	}

	/**
	 * What each message carries (Socket.IO, MQTT ...), decoded in a worker once the frames are shown;
	 * a message the analysis keeps only the head of is read whole there, from the direction's bytes.
	 */
	private decodePayloads(analysis: Analysis | null): void {
		this.payloadJob?.cancel();
		this.payloads = [];
		if (!analysis || analysis.messages.length === 0) return;
		const engine = decodeEngine.module;
		// Read another way before any input changed: the worker's client comes with the engine.
		if (!engine) {
			void loadDecodeEngine().then(() => {
				if (this.analysis === analysis) this.decodePayloads(analysis);
			});
			return;
		}
		const { extensions, maxMessage, reading: payload } = this;
		const options = payloadOptions(analysis, this.input, { extensions, maxMessage, payload });
		const job = engine.decodeMessagePayloads(analysis.messages, options);
		this.payloadJob = job;
		job.result.then(
			(payloads) => {
				if (this.payloadJob === job) this.payloads = payloads;
			},
			() => {}
		);
	}

	select(index: number): void {
		this.selected = index;
	}

	/** Selecting a diagnostic marks its bits and selects its frame; selecting it again unmarks. */
	toggleDiagnostic(index: number): void {
		this.marked = this.marked === index ? null : index;
		const frame = this.marked === null ? -1 : (this.analysis?.diagnostics[index]?.frame ?? -1);
		if (frame >= 0) this.selected = frame;
	}

	dispose(): void {
		this.job?.cancel();
		this.payloadJob?.cancel();
	}
}
