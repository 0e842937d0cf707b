// The handshake's data model: HTTP messages read from bytes, with every header a Field at its byte
// range, and diagnostics that say which side of the handshake they are about.
import type { Diagnostic, Field } from '../types.ts';

export type HandshakeSide = 'request' | 'response';

/** Raw HTTP text, or its bytes. Text is read as UTF-8 bytes, so offsets are byte offsets. */
export type HttpInput = string | Uint8Array;

/** A run of bytes in the input. */
export interface Span {
	offset: number;
	length: number;
}

export interface HandshakeDiagnostic extends Diagnostic {
	side: HandshakeSide;
}

export interface HttpHeader extends Span {
	/** As written: `sec-websocket-key`, `Sec-WebSocket-Key` ... */
	name: string;
	/** Lowercase, for lookups (header names are case-insensitive, RFC 9110 §5.1). */
	key: string;
	/** Without the optional whitespace around it; folded lines joined with a space. */
	value: string;
	valueOffset: number;
	valueLength: number;
}

export interface StartLine extends Span {
	text: string;
}

export interface HttpMessage extends Span {
	kind: HandshakeSide;
	startLine: StartLine;
	/** Requests: `GET`, the request target (`/chat?room=1`). */
	method?: string;
	target?: string;
	/** Responses: the status code (NaN when unreadable) and reason phrase. */
	status?: number;
	reason?: string;
	/** As written: `HTTP/1.1`. */
	version: string;
	headers: HttpHeader[];
	/** The start line and every header, in input order. */
	fields: Field[];
	/** False when the input ends before the empty line that closes the headers. */
	complete: boolean;
	/** Problems of the HTTP syntax itself (line endings, folding, malformed lines). */
	diagnostics: HandshakeDiagnostic[];
}

/** What follows the empty line: frames after a 101, a body otherwise. */
export interface RestBytes {
	offset: number;
	bytes: Uint8Array;
	after: HandshakeSide;
}
