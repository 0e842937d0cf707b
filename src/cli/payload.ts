// `--payload` and `--protocol` of `wsviz decode`: what each data message carries above WebSocket,
// decoded by the engine's payload layer, added to the JSON and to the report.
import {
	PAYLOAD_PROTOCOLS,
	PayloadConversation,
	payloadToJson,
	summaryText,
	type DecodeResult,
	type PayloadChoice,
	type PayloadResult
} from '../lib/protocol/index.ts';
import { decodeToSink } from '../lib/protocol/decode-stream.ts';
import type { DecodeOptions, Message, Role } from '../lib/protocol/index.ts';
import { UsageError } from './args.ts';
import { sanitize, type Palette } from './text.ts';

export interface PayloadSettings {
	choice: PayloadChoice;
	subprotocol?: string;
}

const CHOICES: readonly string[] = ['auto', 'none', ...PAYLOAD_PROTOCOLS];

export function readPayloadSettings(options: {
	payload?: string;
	protocol?: string;
}): PayloadSettings {
	const choice = options.payload ?? 'auto';
	if (!CHOICES.includes(choice))
		throw new UsageError(`--payload must be one of ${CHOICES.join(', ')}; not '${choice}'`);
	return { choice: choice as PayloadChoice, subprotocol: options.protocol };
}

/** One entry per message: the payload of a data message (or null), undefined for control frames. */
export async function messagePayloads(
	result: Pick<DecodeResult, 'messages' | 'from'>,
	settings: PayloadSettings
): Promise<(PayloadResult | null | undefined)[]> {
	const conversation = new PayloadConversation(settings);
	const out: (PayloadResult | null | undefined)[] = [];
	for (const m of result.messages) {
		if ((m.type !== 'text' && m.type !== 'binary') || !m.complete) {
			out.push(m.type === 'text' || m.type === 'binary' ? null : undefined);
			continue;
		}
		out.push(
			await conversation.decode({ type: m.type, bytes: m.payload, text: m.text, from: result.from })
		);
	}
	return out;
}

/**
 * The same for a capture read as a stream (the CLI keeps no DecodeResult, see json-stream.ts): only
 * what a payload decoder reads is kept of each message, and of the first `limit` messages only (the
 * report shows no more).
 */
export async function streamPayloads(
	bytes: Uint8Array,
	options: DecodeOptions,
	settings: PayloadSettings,
	limit = Infinity
): Promise<(PayloadResult | null | undefined)[]> {
	let from: Role = 'client';
	const messages: Message[] = [];
	const keep = (m: Message): Message =>
		({ type: m.type, complete: m.complete, payload: m.payload, text: m.text }) as Message;
	decodeToSink(
		bytes,
		{ ...options, annotate: false },
		{
			start: (role) => (from = role),
			frame: () => {},
			message: (m) => void (messages.length < limit && messages.push(keep(m)))
		}
	);
	return messagePayloads({ from, messages }, settings);
}

/** Adds `payload` to each data message of `decode --json`'s object. */
export function addPayloadsToJson(
	json: Record<string, unknown>,
	payloads: readonly (PayloadResult | null | undefined)[]
): void {
	const messages = json.messages as Record<string, unknown>[];
	payloads.forEach((p, i) => {
		if (p !== undefined && messages[i]) messages[i].payload = payloadToJson(p);
	});
}

/** The report's lines under a message: the summary, how it was detected, and its diagnostics. */
export function payloadLines(payload: PayloadResult | null | undefined, pal: Palette): string[] {
	if (!payload) return [];
	const how = pal.dim(`(${payload.protocol}, detected by ${payload.detectedBy})`);
	const lines = [`     ${sanitize(summaryText(payload.summary))} ${how}`];
	for (const d of payload.diagnostics)
		lines.push(
			`     ${pal.dim(`${d.severity} ${d.code}, byte ${Math.floor(d.bitOffset / 8)}:`)} ${sanitize(d.message)}`
		);
	return lines;
}
