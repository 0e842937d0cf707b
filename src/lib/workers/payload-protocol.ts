// The messages between a page and payload.worker.ts.
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';

export interface PayloadRequest {
	/** Names the request: one worker answers them all, and its replies say which they answer. */
	id: number;
	/** One conversation's data messages, in order (null where a message is not decoded). */
	messages: PayloadInput[];
	subprotocol?: string;
}

export type PayloadReply = { id: number } & (
	{ ok: true; payloads: (PayloadResult | null)[] } | { ok: false; message: string }
);
