// Plain HTTP/1.1 on a connection that never upgrades (polling, long polling, a page load): every
// request and response head in order, bodies skipped by their framing (RFC 9112 §6.3). Where the
// framing cannot be followed the reading stops; it never guesses where the next message starts.
import { parseHttpMessage } from '../handshake/http.ts';
import { headersNamed } from '../handshake/lists.ts';
import type { HttpMessage } from '../handshake/types.ts';
import type { TcpStream } from './reassembly.ts';
import type { Reporter } from './report.ts';
import { contiguous, fileOffsetAt, timeAt } from './streams.ts';

export interface HttpHead {
	/** Where the head starts in the direction's stream. */
	offset: number;
	time: number;
	startLine: string;
	method?: string;
	target?: string;
	status?: number;
}

/** Heads are small; a bigger one is read as incomplete rather than scanned for megabytes. */
const HEAD_LIMIT = 65536;
/** HTTP messages listed per direction; past it the rest is counted as not listed (a diagnostic). */
export const MAX_HTTP_MESSAGES = 10000;

export function readHttpHeads(
	stream: TcpStream,
	side: 'request' | 'response',
	reporter?: Reporter
): HttpHead[] {
	const bytes = contiguous(stream);
	const heads: HttpHead[] = [];
	let at = 0;
	while (at < bytes.length) {
		if (heads.length === MAX_HTTP_MESSAGES) {
			const params = { limit: MAX_HTTP_MESSAGES, role: side === 'request' ? 'client' : 'server' };
			reporter?.add('http_messages_not_listed', fileOffsetAt(stream, at), 0, params);
			break;
		}
		const msg = parseHttpMessage(bytes.subarray(at, at + HEAD_LIMIT));
		if (!msg || msg.kind !== side) break;
		heads.push(headOf(msg, at, stream));
		if (!msg.complete) break;
		const body = bodyLength(msg, bytes, at + msg.offset + msg.length);
		if (body === undefined) break;
		at += msg.offset + msg.length + body;
	}
	return heads;
}

function headOf(msg: HttpMessage, at: number, stream: TcpStream): HttpHead {
	const head: HttpHead = {
		offset: at + msg.offset,
		time: timeAt(stream, at + msg.offset),
		startLine: msg.startLine.text
	};
	if (msg.method !== undefined) head.method = msg.method;
	if (msg.target !== undefined) head.target = msg.target;
	if (msg.status !== undefined && !Number.isNaN(msg.status)) head.status = msg.status;
	return head;
}

/** RFC 9112 §6.3: chunked, else Content-Length, else none for requests and bodiless statuses. */
function bodyLength(msg: HttpMessage, bytes: Uint8Array, start: number): number | undefined {
	const encoding = headersNamed(msg, 'transfer-encoding').map((h) => h.value.toLowerCase());
	if (encoding.some((v) => v.includes('chunked'))) return chunkedLength(bytes, start);
	const length = headersNamed(msg, 'content-length')[0]?.value;
	if (length !== undefined) return /^\d+$/.test(length) ? Number(length) : undefined;
	const status = msg.status ?? 0;
	if (msg.kind === 'request' || status < 200 || status === 204 || status === 304) return 0;
	return undefined;
}

/** RFC 9112 §7.1: hex size lines, data, CRLF, ending with a zero-size chunk and the trailers. */
function chunkedLength(bytes: Uint8Array, start: number): number | undefined {
	let at = start;
	for (;;) {
		const lf = bytes.indexOf(10, at);
		if (lf < 0) return undefined;
		const line = new TextDecoder('latin1').decode(bytes.subarray(at, lf));
		const size = /^\s*([0-9a-fA-F]+)/.exec(line);
		if (!size) return undefined;
		at = lf + 1;
		const n = parseInt(size[1]!, 16);
		if (n === 0) break;
		at += n + 2;
		if (at > bytes.length) return undefined;
	}
	// Trailer lines, up to an empty one.
	for (;;) {
		const lf = bytes.indexOf(10, at);
		if (lf < 0) return undefined;
		const empty = lf === at || (lf === at + 1 && bytes[at] === 13);
		at = lf + 1;
		if (empty) return at - start;
	}
}
