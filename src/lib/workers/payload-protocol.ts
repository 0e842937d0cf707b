// The messages between a page and payload.worker.ts.
import type { PayloadInput, PayloadResult } from '../protocol/payload/types.ts';

export interface PayloadRequest {
	/** One conversation's data messages, in order (null where a message is not decoded). */
	messages: PayloadInput[];
	subprotocol?: string;
}

export type PayloadReply =
	{ ok: true; payloads: (PayloadResult | null)[] } | { ok: false; message: string };
