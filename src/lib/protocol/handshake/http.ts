// Raw HTTP/1.1 message heads (RFC 9112), read as bytes so every header keeps its byte range. Lenient
// where pastes are (bare LF, any header-name case, leading empty lines), precise about what is wrong.
import type { TextParams } from '../text.ts';
import type { HandshakeProblem } from './problems.ts';
import { report } from './report.ts';
import { headerField, startLineFields } from './fields.ts';
import type { HandshakeSide, HttpHeader, HttpInput, HttpMessage } from './types.ts';

interface Line {
	start: number;
	/** End of the text, before CR LF or LF. */
	end: number;
	/** Where the next line starts. */
	next: number;
	text: string;
	/** False when the input ends before the line's LF. */
	terminated: boolean;
	bareLf: boolean;
}

const utf8 = new TextEncoder();
const windows1252 = new TextDecoder('windows-1252');

export function toBytes(input: HttpInput): Uint8Array {
	return typeof input === 'string' ? utf8.encode(input) : input;
}

/**
 * Reads one request or response head starting at byte `from` (empty lines before it are skipped,
 * RFC 9112 §2.2). Undefined when the first line is neither a request line nor a status line.
 */
export function parseHttpMessage(input: HttpInput, from = 0): HttpMessage | undefined {
	const bytes = toBytes(input);
	let pos = from;
	let first = readLine(bytes, pos);
	while (first && first.terminated && first.start === first.end)
		first = readLine(bytes, first.next);
	if (!first) return undefined;
	const kind = kindOf(first.text);
	if (!kind) return undefined;
	const msg = emptyMessage(kind, first);
	readStartLine(msg, first);
	if (first.bareLf) msg.diagnostics.push(report(kind, 'handshake_bare_lf', lineSpan(first)));
	pos = first.next;
	let bareLf = first.bareLf;
	for (let line = readLine(bytes, pos); line; line = readLine(bytes, pos)) {
		pos = line.next;
		if (line.bareLf && !bareLf)
			msg.diagnostics.push(report(kind, 'handshake_bare_lf', lineSpan(line)));
		bareLf ||= line.bareLf;
		if (line.start === line.end && line.terminated) {
			msg.complete = true;
			break;
		}
		readHeaderLine(msg, line);
	}
	msg.length = pos - msg.offset;
	if (!msg.complete) msg.diagnostics.push(report(kind, 'handshake_head_incomplete', atEnd(pos)));
	const seen = new Map<string, number>();
	for (const h of msg.headers) {
		const nth = (seen.get(h.key) ?? 0) + 1;
		seen.set(h.key, nth);
		msg.fields.push(headerField(msg, h, nth));
	}
	return msg;
}

function atEnd(pos: number): { offset: number; length: number } {
	return { offset: pos, length: 0 };
}

/** A status line starts with the version; a request line ends with it (RFC 9112 §3, §4). */
function kindOf(text: string): HandshakeSide | undefined {
	if (text.startsWith('HTTP/')) return 'response';
	if (/^\S+[ \t]+\S+[ \t]+HTTP\/\S*[ \t]*$/.test(text)) return 'request';
	return undefined;
}

function emptyMessage(kind: HandshakeSide, first: Line): HttpMessage {
	const startLine = { text: first.text, offset: first.start, length: first.end - first.start };
	return {
		kind,
		offset: first.start,
		length: 0,
		startLine,
		version: '',
		headers: [],
		fields: [],
		complete: false,
		diagnostics: []
	};
}

function readLine(bytes: Uint8Array, pos: number): Line | undefined {
	if (pos >= bytes.length) return undefined;
	const lf = bytes.indexOf(10, pos);
	const terminated = lf >= 0;
	let end = terminated ? lf : bytes.length;
	const cr = end > pos && bytes[end - 1] === 13;
	if (cr) end--;
	return {
		start: pos,
		end,
		next: terminated ? lf + 1 : bytes.length,
		text: latin1(bytes, pos, end),
		terminated,
		bareLf: terminated && !cr
	};
}

/** One char per byte, so char offsets in a line are byte offsets (header bytes are ASCII). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
	let text = '';
	// Short lines (nearly all) char by char; long ones in chunks small enough to spread.
	if (end - start <= 256) {
		for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
		return text;
	}
	const slice = bytes.subarray(start, end);
	// A native decoder for long lines: WHATWG's "latin1" is windows-1252, which differs from ISO-8859-1
	// only in 0x80–0x9F, so it is used only when none of those bytes is there.
	if (!slice.some((b) => b >= 0x80 && b < 0xa0)) return windows1252.decode(slice);
	for (let i = start; i < end; i += 8192) {
		text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
	}
	return text;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VERSION = /^HTTP\/\d\.\d$/;

/** RFC 9110 §5.6.2: a token is one or more tchars. */
export function isToken(text: string): boolean {
	return TOKEN.test(text);
}

function readStartLine(msg: HttpMessage, line: Line): void {
	const invalid = (problem: HandshakeProblem, params: TextParams = {}): void => {
		const startLine = msg.kind === 'request' ? 'request_line' : 'status_line';
		msg.diagnostics.push(
			report(msg.kind, 'handshake_start_line_invalid', msg.startLine, {
				...params,
				start_line: startLine,
				problem
			})
		);
	};
	if (msg.kind === 'request') {
		const [method = '', target = '', version = ''] = trimOws(line.text).split(/[ \t]+/);
		Object.assign(msg, { method, target, version });
		// RFC 9112 §3: method SP request-target SP HTTP-version, single spaces.
		if (line.text.split(' ').length !== 3) invalid('parts_not_single_spaced');
		else if (!isToken(method)) invalid('method_not_token', { token: JSON.stringify(method) });
		else if (!VERSION.test(version))
			invalid('version_not_http', { token: JSON.stringify(version) });
	} else {
		// RFC 9112 §4: HTTP-version SP status-code SP [reason-phrase].
		const m = /^(\S*) (\d{3})(?: (.*))?$/.exec(line.text);
		msg.version = m?.[1] ?? line.text.split(' ')[0] ?? '';
		msg.status = m ? Number(m[2]) : Number.NaN;
		msg.reason = m?.[3] ?? '';
		if (!m) invalid('status_line_shape');
		else if (!VERSION.test(msg.version))
			invalid('version_not_http', { token: JSON.stringify(msg.version) });
	}
	msg.fields.push(...startLineFields(msg));
}

/** RFC 9112 §5: field-name ":" OWS field-value OWS. */
function readHeaderLine(msg: HttpMessage, line: Line): void {
	const malformed = (problem: HandshakeProblem, params: TextParams = {}): void => {
		msg.diagnostics.push(
			report(msg.kind, 'handshake_header_malformed', lineSpan(line), { ...params, problem })
		);
	};
	const { text } = line;
	if (text[0] === ' ' || text[0] === '\t') return unfold(msg, line, malformed);
	const colon = text.indexOf(':');
	if (colon < 0) return malformed('no_colon');
	const name = text.slice(0, colon);
	// RFC 9112 §5.1: no whitespace between name and colon; a server must answer 400.
	if (/[ \t]$/.test(name))
		return malformed('space_before_colon', { token: JSON.stringify(name.trim()) });
	if (!isToken(name)) return malformed('name_not_token', { token: JSON.stringify(name) });
	const raw = text.slice(colon + 1);
	const lead = raw.length - raw.replace(/^[ \t]+/, '').length;
	const value = trimOws(raw);
	const header: HttpHeader = {
		name,
		key: name.toLowerCase(),
		value,
		offset: line.start,
		length: line.end - line.start,
		valueOffset: line.start + colon + 1 + lead,
		valueLength: value.length
	};
	// RFC 9110 §5.5: a value is tabs, spaces, visible ASCII and obs-text; a bare CR would end up here.
	const control = /[^\t\x20-\x7e\x80-\xff]/.exec(value);
	if (control) malformed('control_character', { hex: hex(control[0]) });
	msg.headers.push(header);
}

/** RFC 9112 §5.2: obs-fold. A server rejects it (400); a client replaces it with a space. */
function unfold(
	msg: HttpMessage,
	line: Line,
	malformed: (problem: HandshakeProblem) => void
): void {
	const previous = msg.headers[msg.headers.length - 1];
	if (!previous) return malformed('fold_before_headers');
	const code = msg.kind === 'request' ? 'handshake_obs_fold' : 'handshake_obs_fold_unfolded';
	msg.diagnostics.push(report(msg.kind, code, lineSpan(line)));
	const more = trimOws(line.text);
	previous.value = previous.value ? `${previous.value} ${more}` : more;
	previous.length = line.end - previous.offset;
	const trailing = line.text.length - line.text.replace(/[ \t]+$/, '').length;
	previous.valueLength = line.end - trailing - previous.valueOffset;
}

/** RFC 9110 §5.6.3: optional whitespace is spaces and tabs only (not NBSP, which trim() drops). */
export function trimOws(text: string): string {
	return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

function lineSpan(line: Line): { offset: number; length: number } {
	return { offset: line.start, length: line.end - line.start };
}

function hex(c: string): string {
	return c.charCodeAt(0).toString(16).padStart(2, '0');
}
