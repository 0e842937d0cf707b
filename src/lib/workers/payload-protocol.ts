// The messages between a page and payload.worker.ts.
import type { PayloadChoice, PayloadInput, PayloadResult } from '../protocol/payload/types.ts';
import type { ReadOptions } from './read.ts';

export interface PayloadRequest {
	/** Names the request: one worker answers them all, and its replies say which they answer. */
	id: number;
	/**
	 * One conversation's data messages, in order: the message itself when the page holds all of it,
	 * or its index in `whole` when the page keeps only its head (a message over 2048 bytes).
	 */
	messages: (PayloadInput | number)[];
	/** The direction's bytes and how to read them, sent only when some message is given by index. */
	whole?: ReadOptions & { bytes: Uint8Array };
	subprotocol?: string;
	choice?: PayloadChoice;
}

export type PayloadReply = { id: number } & (
	{ ok: true; payloads: (PayloadResult | null)[] } | { ok: false; message: string }
);
