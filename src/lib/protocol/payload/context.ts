// What every decoder module exports, and what it may ask of the conversation it decodes in.
import type { Decoded, PayloadInput } from './types.ts';

export interface DecodeContext {
	/** The negotiated Sec-WebSocket-Protocol, when known. */
	subprotocol?: string;
	/**
	 * State kept across the messages of one conversation under `key` (Socket.IO's pending binary
	 * attachments, the MQTT version a CONNECT announced), made by `create` on first use.
	 */
	state<T>(key: string, create: () => T): T;
}

export interface DecoderModule {
	/** Decodes one message; never throws on input (bad bytes become diagnostics). */
	decodePayload(input: PayloadInput, context: DecodeContext): Decoded;
}
