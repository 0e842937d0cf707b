// One direction of the /decode page: what was pasted, what parseInput read, and the engine's analysis.
// Small captures are read right here; large ones (a 10 MB paste or file) in a worker, with progress,
// and never go into the text box (a 10 MB textarea alone freezes the page).
import { parseInput, type Role } from '$lib/protocol/index.ts';
import { looksLikeHar } from '$lib/protocol/input/har.ts';
import { analyze, PAGE_MAX_MESSAGE, type Analysis } from '$lib/workers/analysis.ts';
import { startDecode, type DecodeJob } from '$lib/workers/decode-client.ts';
import { decodeMessagePayloads } from '$lib/workers/payload-client.ts';
import { deflateHint } from '$lib/protocol/deflate-hint.ts';
import type { PayloadChoice, PayloadResult } from '$lib/protocol/payload/types.ts';
import { FrameCache } from '$lib/workers/frame-at.ts';
import type { ParsedInfo } from '$lib/workers/protocol.ts';
import { threw, type WorkerFailure } from '$lib/workers/failures.ts';

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

/** How the page reads what messages carry: the negotiated subprotocol and the reader's choice. */
export interface PayloadReading {
	subprotocol: string;
	choice: PayloadChoice;
}

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
	frames: FrameCache | null = $derived(
		this.analysis
			? new FrameCache(this.input, this.analysis.frames, this.analysis.from, this.extensions)
			: null
	);

	/** RSV1 frames that inflate while no extension is given: the page offers permessage-deflate. */
	deflateHint = $derived.by(() =>
		this.analysis && this.analysis.frames.count > 0
			? deflateHint(this.input.subarray(0, 1 << 20), this.role, this.extensions)
			: null
	);

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

	/** Reads the capture again, e.g. after the text, the extensions or the size limit changed. */
	run(extensions: string, maxMessage = PAGE_MAX_MESSAGE): void {
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
		if (looksLikeHar(text)) {
			this.clear();
			this.onhar(new Blob([text]));
			return;
		}
		const parsed = parseInput(text);
		if (!parsed.ok) {
			this.clear();
			this.parsed = parsed;
			return;
		}
		const { bytes, ...info } = parsed;
		try {
			this.show(info, bytes, analyze(bytes, { from: this.role, extensions, maxMessage }));
		} catch (error) {
			this.clear();
			this.failure = threw(error);
		}
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
		this.job = startDecode(request, (reply) => {
			if (reply.kind === 'progress') this.progress = reply;
			else this.progress = null;
			if (reply.kind === 'bytes') this.show(reply.parsed, reply.input, reply.analysis);
			if (reply.kind === 'failed') this.failure = reply.failure;
		});
	}

	private show(parsed: ParsedInfo, input: Uint8Array, analysis: Analysis | null): void {
		this.parsed = parsed;
		// Frames and offsets start after an HTTP head the capture began with.
		this.input = analysis?.head ? input.subarray(analysis.head.length) : input;
		this.analysis = analysis;
		this.decodePayloads(analysis);
		const count = analysis?.frames.count ?? 0;
		if (this.selected >= count) this.selected = 0;
	}

	private clear(): void {
		this.parsed = null;
		this.input = EMPTY;
		this.analysis = null;
		this.decodePayloads(null);
	}

	/** Reads what the messages carry again, under another subprotocol or protocol choice. */
	readPayloadsAs(reading: PayloadReading): void {
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
		const { extensions, maxMessage } = this;
		const job = decodeMessagePayloads(analysis.messages, {
			subprotocol: this.reading.subprotocol,
			choice: this.reading.choice,
			from: analysis.from,
			whole: { bytes: this.input, from: analysis.from, extensions, maxMessage }
		});
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
