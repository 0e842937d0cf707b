// Edits of a handshake's text at the byte ranges the parser found: set a header's value, drop a
// header line, and what a strict peer would say if a header were missing. Pages edit through these
// so that "change the key" or "what goes wrong without Upgrade" is the engine's reading, not theirs.
import { checkHandshake, parseHandshake, type HandshakeResult } from './check.ts';
import type { HandshakeDiagnostic, HandshakeSide, HttpMessage } from './types.ts';

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** The message of `side` in `text`, read the way checkHandshake reads it. */
function messageOf(text: string, side: HandshakeSide): HttpMessage | undefined {
	return parseHandshake(text)[side];
}

/** `text` with bytes [from, to) replaced. Cuts fall on ASCII bytes, so the UTF-8 stays whole. */
function splice(text: string, from: number, to: number, insert: string): string {
	const bytes = utf8.encode(text);
	return fromUtf8.decode(bytes.subarray(0, from)) + insert + fromUtf8.decode(bytes.subarray(to));
}

/** The header's line ending as written: CRLF, LF, or none at the end of the input. */
function lineEnd(bytes: Uint8Array, at: number): number {
	if (bytes[at] === 13 && bytes[at + 1] === 10) return at + 2;
	return bytes[at] === 10 ? at + 1 : at;
}

/**
 * Sets the value of the first header called `name` (any case) of `side`'s message; when there is
 * none, adds `name: value` as the last header, with the message's own line ending. Line breaks in
 * `value` are dropped: one would end the header and start another (RFC 9112 §5). Text that holds no
 * such message comes back unchanged.
 */
export function setHeaderValue(
	text: string,
	side: HandshakeSide,
	name: string,
	value: string
): string {
	const msg = messageOf(text, side);
	if (!msg) return text;
	const clean = value.replace(/[\r\n\0]/g, '');
	const header = msg.headers.find((h) => h.key === name.toLowerCase());
	if (header)
		return splice(text, header.valueOffset, header.valueOffset + header.valueLength, clean);
	const bytes = utf8.encode(text);
	const { offset, length } = msg.startLine;
	const eol = bytes[offset + length] === 13 ? '\r\n' : '\n';
	const last = msg.headers[msg.headers.length - 1] ?? msg.startLine;
	const at = lineEnd(bytes, last.offset + last.length);
	const before = at === last.offset + last.length ? eol : '';
	return splice(text, at, at, `${before}${name}: ${clean}${eol}`);
}

/** `side`'s message without its header number `index` (msg.headers order), line ending included. */
export function removeHeader(text: string, side: HandshakeSide, index: number): string {
	const header = messageOf(text, side)?.headers[index];
	if (!header) return text;
	const bytes = utf8.encode(text);
	return splice(text, header.offset, lineEnd(bytes, header.offset + header.length), '');
}

export interface MissingHeaderEffect {
	/** The whole check of the handshake with that header left out. */
	result: HandshakeResult;
	/** What a strict peer reports then and not now. */
	added: HandshakeDiagnostic[];
}

/** What goes wrong without header number `index` of `side`: the engine's check of the edited text. */
export function missingHeaderEffect(
	request: string | undefined,
	response: string | undefined,
	side: HandshakeSide,
	index: number
): MissingHeaderEffect {
	const now = checkHandshake(request, response);
	const texts = { request, response };
	const edited = texts[side];
	if (edited !== undefined) texts[side] = removeHeader(edited, side, index);
	const result = checkHandshake(texts.request, texts.response);
	const before = new Set(now.diagnostics.map(sameKind));
	const added = result.diagnostics.filter((d) => !before.has(sameKind(d)));
	return { result, added };
}

/** Diagnostics of one kind: same side and code; peer notes (one code, many notes) by their text. */
function sameKind(d: HandshakeDiagnostic): string {
	return `${d.side} ${d.code} ${d.code === 'handshake_peer_note' ? d.message : ''}`;
}
