export type MessageType = 'text' | 'binary' | 'ping' | 'pong' | 'close';

/** A message: one data message made of one or more frames, or one control frame (RFC 6455 §5.4). */
export interface Message {
	index: number;
	type: MessageType;
	/** Indexes of the frames that made it, in order. */
	frames: number[];
	/** The message's data: the frames' payloads joined, and inflated when compressed. */
	payload: Uint8Array;
	/** RSV1 was set on the first frame under permessage-deflate (RFC 7692 §6). */
	compressed: boolean;
	/** Compressed messages: the joined payloads as they were on the wire, before inflating. */
	compressedPayload?: Uint8Array;
	/** False when the input ended before the final frame. */
	complete: boolean;
	/** Text messages: the decoded text (absent when invalid, or compressed data that did not inflate). */
	text?: string;
	/** Close frames: the status code and reason, when the payload has them (RFC 6455 §5.5.1). */
	code?: number;
	reason?: string;
}
