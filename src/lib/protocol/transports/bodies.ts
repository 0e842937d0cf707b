// The wrapping each transport puts around a message, split into framing and payload bytes: the JSON
// array of a poll response, chunked transfer coding, multipart parts, SSE fields.
import type { SimMessage } from './arrivals.ts';

/** Text as sent, and how many of its bytes are framing and how many the messages themselves. */
export interface Body {
	text: string;
	framing: number;
	payload: number;
}

function wrap(before: string, payload: string, after: string): Body {
	return {
		text: `${before}${payload}${after}`,
		framing: before.length + after.length,
		payload: payload.length
	};
}

/** A poll response's body: the events as a JSON array; brackets and commas are framing. */
export function jsonArray(events: readonly SimMessage[]): Body {
	const payload = events.reduce((n, e) => n + e.text.length, 0);
	const text = `[${events.map((e) => e.text).join(',')}]`;
	return { text, framing: text.length - payload, payload };
}

/** One chunk of chunked transfer coding (RFC 9112 §7.1): size in hex, CRLF, data, CRLF. */
export function chunk(body: Body): Body {
	const before = `${body.text.length.toString(16)}\r\n`;
	return {
		text: `${before}${body.text}\r\n`,
		framing: body.framing + before.length + 2,
		payload: body.payload
	};
}

/** The last chunk (RFC 9112 §7.1): size 0, an empty trailer section; the response is complete. */
export const LAST_CHUNK: Body = { text: '0\r\n\r\n', framing: 5, payload: 0 };

export const BOUNDARY = 'wsviz-part';

/** One part of multipart/x-mixed-replace: the delimiter, the part's header, the JSON (RFC 2046
 * §5.1.1: the CRLF before the next delimiter belongs to that delimiter; it is written here). */
export function multipartPart(e: SimMessage): Body {
	return wrap(`--${BOUNDARY}\r\nContent-Type: application/json\r\n\r\n`, e.text, '\r\n');
}

/** The close delimiter that ends a multipart body. */
export const MULTIPART_END: Body = {
	text: `--${BOUNDARY}--\r\n`,
	framing: BOUNDARY.length + 6,
	payload: 0
};

/** A line of newline-delimited JSON: the "forever XHR" / fetch-streaming style. */
export function jsonLine(e: SimMessage): Body {
	return wrap('', e.text, '\n');
}

/** An SSE event (WHATWG HTML §9.2.6): its id, then the data, then a blank line dispatches it. */
export function sseEvent(e: SimMessage): Body {
	return wrap(`id: ${e.id}\ndata: `, e.text, '\n\n');
}

/** `retry:` sets EventSource's reconnection time (WHATWG HTML §9.2.6). */
export function sseRetry(ms: number): Body {
	const text = `retry: ${ms}\n\n`;
	return { text, framing: text.length, payload: 0 };
}

export function joinBodies(a: Body, b: Body): Body {
	return { text: a.text + b.text, framing: a.framing + b.framing, payload: a.payload + b.payload };
}
