// What a lesson's embed shows that the engine computes: made by the lesson's build-time load, so the
// page opens showing it without loading the engine. Every kind of embed has its reading here; an
// embed the reader can change (the explorer, the accept key, the metrics' rate) imports the engine
// on the first change.
import type { Embed, EngineIoStep } from '$lib/learn/types.ts';
import {
	checkHandshake,
	decode,
	maskTrace,
	type DecodeResult,
	type Frame,
	type MaskStep
} from '$lib/protocol/index.ts';
import { decodePayloads } from '$lib/protocol/payload/index.ts';
import type { PayloadInput, PayloadResult } from '$lib/protocol/payload/types.ts';
import { readExplorerText } from '$lib/state/explorer-engine.ts';
import type { ExplorerReading } from '$lib/state/explorer-reading.ts';
import { readAccept, type AcceptReading } from './accept-reading.ts';

/** What a row of a table shows of a frame: its type and whether it is masked. */
export type FrameKind = Pick<Frame, 'type' | 'masked'>;

/** One step of the socket.io session as the engine reads it. */
export interface EngineIoRow {
	step: EngineIoStep;
	/** The step's WebSocket frame. */
	frame?: FrameKind;
	/** The frame's text message. */
	text?: string;
	/** The bytes the payload layer read (the body or the message), and what it found in them. */
	input?: Uint8Array;
	payload: PayloadResult | null;
}

export interface EmbedReading {
	/** A `frames` embed: its bytes decoded. */
	frames?: DecodeResult;
	/** A `capture` embed: its bytes decoded. */
	capture?: DecodeResult;
	/** An `explorer` embed: its capture as the explorer reads it. */
	explorer?: ExplorerReading;
	/** A `mask` embed: the XOR of each payload byte with its key byte (RFC 6455 §5.3). */
	mask?: MaskStep[];
	/** A `calls` embed: each row's frame. */
	calls?: (FrameKind | undefined)[];
	/** A `handshake` embed: the accept value of the request's key (RFC 6455 §4.2.2). */
	handshake?: AcceptReading;
	/** An `engine-io` embed: each step, its frame and what the payload layer read in it. */
	engineIo?: EngineIoRow[];
}

const kindOf = (frame: Frame | undefined): FrameKind | undefined =>
	frame && { type: frame.type, masked: frame.masked };

export async function readEmbed(embed: Embed): Promise<EmbedReading> {
	switch (embed.kind) {
		case 'frames':
			return { frames: decode(embed.bytes, { from: embed.from, extensions: embed.extensions }) };
		case 'capture':
			return { capture: decode(embed.bytes, { from: embed.from }) };
		case 'explorer':
			return { explorer: readExplorerText(embed.text, 'auto') };
		case 'mask':
			return { mask: readMask(embed.bytes) };
		case 'calls':
			return {
				calls: embed.rows.map((r) => kindOf(decode(r.bytes, { from: r.from }).frames[0]))
			};
		case 'handshake':
			return {
				handshake: readAccept(checkHandshake(embed.request, embed.response).accept?.key ?? '')
			};
		case 'engine-io':
			return { engineIo: await readEngineIo(embed.steps) };
		case 'metrics':
			// The simulation's results are the lesson's material already.
			return {};
	}
}

function readMask(bytes: Uint8Array): MaskStep[] {
	const frame = decode(bytes, { from: 'client' }).frames[0];
	if (!frame?.maskKey) return [];
	return maskTrace(bytes.subarray(frame.payloadOffset, frame.offset + frame.length), frame.maskKey);
}

/** Each step's frame, and the bodies and messages read by the payload layer as one conversation. */
async function readEngineIo(steps: EngineIoStep[]): Promise<EngineIoRow[]> {
	const rows = steps.map((step) => {
		const result = step.frame ? decode(step.frame, { from: step.from }) : undefined;
		const message = result?.messages[0];
		const input: PayloadInput | undefined = step.body
			? { type: 'text', bytes: step.body, transport: 'polling', from: step.from }
			: message && { type: 'text', bytes: message.payload, text: message.text, from: step.from };
		return { step, frame: kindOf(result?.frames[0]), text: message?.text, input };
	});
	const inputs = rows.flatMap((r) => (r.input ? [r.input] : []));
	const found = await decodePayloads(inputs, { choice: 'socket.io' });
	let k = 0;
	return rows.map(({ input, ...row }) => ({
		...row,
		input: input?.bytes,
		payload: input ? (found[k++] ?? null) : null
	}));
}
