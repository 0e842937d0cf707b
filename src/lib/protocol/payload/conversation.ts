// The payload layer's entry: a conversation (one direction of one connection, or both when the
// caller interleaves them) decodes its messages in order, keeping what a protocol needs across them
// (Socket.IO's binary attachments, the MQTT version). Each decoder is imported on first use, so none
// of them weighs on a page's first load.
import type { DecodeContext, DecoderModule } from './context.ts';
import { detectBinary, detectText, protocolOfSubprotocol, type Detection } from './detect.ts';
import { payloadDiagnostic } from './diagnostics.ts';
import { textOf } from './fields.ts';
import { plain } from './plain.ts';
import type {
	DetectedBy,
	PayloadChoice,
	PayloadInput,
	PayloadOptions,
	PayloadProtocol,
	PayloadResult
} from './types.ts';

const LOADERS: Record<PayloadProtocol, () => Promise<DecoderModule>> = {
	json: () => import('./decoders/json.ts'),
	'socket.io': () => import('./decoders/socketio.ts'),
	stomp: () => import('./decoders/stomp.ts'),
	mqtt: () => import('./decoders/mqtt/index.ts'),
	'graphql-ws': () => import('./decoders/graphql.ts'),
	signalr: () => import('./decoders/signalr.ts'),
	wamp: () => import('./decoders/wamp.ts'),
	msgpack: () => import('./decoders/msgpack.ts'),
	cbor: () => import('./decoders/cbor.ts')
};

// Protocols carried in text messages, and in binary ones (WAMP and Socket.IO use both).
const TEXT_ONLY = new Set<PayloadProtocol>(['json', 'stomp', 'graphql-ws', 'signalr']);
const BINARY_ONLY = new Set<PayloadProtocol>(['mqtt', 'msgpack', 'cbor']);

interface Choice {
	protocol: PayloadProtocol;
	detectedBy: DetectedBy;
	diagnostics: PayloadResult['diagnostics'];
}

export class PayloadConversation {
	readonly subprotocol: string | undefined;
	readonly choice: PayloadChoice;
	/** The protocol content detection found with no problem: later messages it cannot read fall back to it. */
	private established: PayloadProtocol | undefined;
	private readonly states = new Map<string, unknown>();
	private readonly context: DecodeContext;

	constructor(options: PayloadOptions = {}) {
		this.subprotocol = options.subprotocol?.trim() || undefined;
		this.choice = options.choice ?? 'auto';
		const states = this.states;
		this.context = {
			subprotocol: this.subprotocol,
			state<T>(key: string, create: () => T): T {
				if (!states.has(key)) states.set(key, create());
				return states.get(key) as T;
			}
		};
	}

	/** The message's payload decoded, or null when no protocol applies (or the choice is `none`). */
	async decode(input: PayloadInput): Promise<PayloadResult | null> {
		if (input.bytes.length === 0 && input.type === 'binary') return null;
		const choice = await this.choose(input);
		if (!choice) return null;
		const module = await LOADERS[choice.protocol]();
		const decoded = module.decodePayload(input, this.context);
		const diagnostics = [...choice.diagnostics, ...decoded.diagnostics];
		if (choice.detectedBy === 'content' && !decoded.diagnostics.some((d) => d.severity === 'error'))
			this.established = choice.protocol;
		return { ...decoded, value: plain(decoded.value), detectedBy: choice.detectedBy, diagnostics };
	}

	private async choose(input: PayloadInput): Promise<Choice | undefined> {
		if (this.choice === 'none') return undefined;
		// An HTTP long-polling body is Engine.IO's own transport: only socket.io sends one.
		const polling = input.transport === 'polling';
		if (polling && (this.choice === 'auto' || this.choice === 'socket.io')) {
			const detectedBy = this.choice === 'auto' ? 'content' : 'option';
			return { protocol: 'socket.io', detectedBy, diagnostics: [] };
		}
		if (this.choice !== 'auto')
			return { protocol: this.choice, detectedBy: 'option', diagnostics: [] };
		const bySubprotocol = protocolOfSubprotocol(this.subprotocol);
		const awaiting = input.type === 'binary' && !bySubprotocol && this.awaiting();
		if (awaiting) return { protocol: awaiting, detectedBy: 'conversation', diagnostics: [] };
		if (bySubprotocol)
			return {
				protocol: bySubprotocol,
				detectedBy: 'subprotocol',
				diagnostics: this.mismatch(bySubprotocol, input)
			};
		const content = await this.detect(input);
		if (content) {
			// A reading the conversation has already settled on is no longer a guess between two.
			const settled = content.protocol === this.established;
			const diagnostics = settled
				? content.diagnostics.filter((d) => d.code !== 'payload_detection_ambiguous')
				: content.diagnostics;
			return { protocol: content.protocol, diagnostics, detectedBy: 'content' };
		}
		if (this.established && fits(this.established, input))
			return { protocol: this.established, detectedBy: 'conversation', diagnostics: [] };
		return undefined;
	}

	/** A protocol whose packet is not finished: Socket.IO's attachments, the rest of an MQTT packet. */
	private awaiting(): PayloadProtocol | undefined {
		const socketIo = this.states.get('socket.io') as { pending?: unknown } | undefined;
		if (socketIo?.pending) return 'socket.io';
		const mqtt = this.states.get('mqtt') as { carry?: unknown } | undefined;
		return mqtt?.carry ? 'mqtt' : undefined;
	}

	private async detect(input: PayloadInput): Promise<Detection | undefined> {
		if (input.type === 'binary') return detectBinary(input);
		const text = textOf(input);
		return text === undefined ? undefined : detectText(text);
	}

	/**
	 * The subprotocol decides. Content cannot overrule it (a few bytes of MQTT are also valid
	 * MessagePack), but a message of the wrong kind (text under mqtt) gets a warning.
	 */
	private mismatch(protocol: PayloadProtocol, input: PayloadInput) {
		if (fits(protocol, input)) return [];
		const params = { subprotocol: this.subprotocol ?? '', type: input.type, protocol };
		return [payloadDiagnostic('payload_subprotocol_mismatch', 0, input.bytes.length, params)];
	}
}

function fits(protocol: PayloadProtocol, input: PayloadInput): boolean {
	return input.type === 'text' ? !BINARY_ONLY.has(protocol) : !TEXT_ONLY.has(protocol);
}

/** Decodes a conversation's messages in order. */
export async function decodePayloads(
	inputs: readonly PayloadInput[],
	options: PayloadOptions = {}
): Promise<(PayloadResult | null)[]> {
	const conversation = new PayloadConversation(options);
	const out: (PayloadResult | null)[] = [];
	for (const input of inputs) out.push(await conversation.decode(input));
	return out;
}
