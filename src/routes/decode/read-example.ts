// At build time only (the page's server load): the engine's reading of a /decode example as the page
// shows it (frames with their fields, messages, diagnostics, what the messages carry), so /decode
// opens on its default example without loading the engine or starting a worker.
import type { Role } from '$lib/protocol/index.ts';
import type { PayloadResult } from '$lib/protocol/payload/types.ts';
import { PAGE_MAX_MESSAGE, type Analysis } from '$lib/workers/analysis.ts';
import { answerPayloads } from '$lib/workers/payload-answer.ts';
import { payloadRequest } from '$lib/workers/payload-client.ts';
import {
	framesInput,
	payloadOptions,
	type DecodeReading,
	type DirectionReading,
	type PayloadReading
} from './decode-reading.ts';
import { FrameCache, hintFor, readSmall } from './direction-engine.ts';
import { EXAMPLES, type DecodeExample } from './examples.ts';

export async function readExample(example: DecodeExample): Promise<DecodeReading> {
	const payload: PayloadReading = { subprotocol: example.subprotocol ?? '', choice: 'auto' };
	const read = (role: Role, text: string) =>
		readDirection(role, {
			text,
			extensions: example.extensions,
			maxMessage: PAGE_MAX_MESSAGE,
			payload
		});
	return {
		extensions: example.extensions,
		payload,
		client: await read('client', example.client),
		server: await read('server', example.server),
		examples: EXAMPLES.map(({ id, group, label }) => ({ id, group, label }))
	};
}

type Inputs = Pick<DirectionReading, 'text' | 'extensions' | 'maxMessage' | 'payload'>;

async function readDirection(role: Role, inputs: Inputs): Promise<DirectionReading> {
	const { text, extensions, maxMessage } = inputs;
	const read = readSmall(text, role, extensions, maxMessage);
	const none = { parsed: null, input: new Uint8Array(0), analysis: null, frames: [], payloads: [] };
	if (read.kind !== 'read')
		return {
			...inputs,
			...none,
			parsed: read.kind === 'unread' ? read.parsed : null,
			deflateHint: null
		};
	const { analysis } = read;
	const input = framesInput(read.bytes, analysis);
	const cache = new FrameCache(input, analysis.frames, analysis.from, extensions);
	const count = analysis.frames.count;
	return {
		...inputs,
		parsed: read.parsed,
		input,
		analysis,
		frames: Array.from({ length: count }, (_, i) => cache.get(i)!),
		payloads: await payloadsOf(analysis, input, inputs),
		deflateHint: count > 0 ? hintFor(input, role, extensions) : null
	};
}

/** What the messages carry, as the payload worker answers the page. */
async function payloadsOf(
	analysis: Analysis,
	input: Uint8Array,
	inputs: Inputs
): Promise<(PayloadResult | null)[]> {
	if (analysis.messages.length === 0) return [];
	const asked = payloadRequest(analysis.messages, payloadOptions(analysis, input, inputs));
	if (!asked) return analysis.messages.map(() => null);
	const reply = await answerPayloads({ id: 0, ...asked.request });
	return reply.ok ? asked.spread(reply.payloads) : [];
}
