// Real HTTP/1.1 header text (RFC 9112 §2-§3), as Chrome sends it and as nginx answers, so a header
// byte count is the length of text a student can read. HPBN counts ~800 bytes of headers per
// polling request and response "without HTTP cookies" (ch. 15, "Polling with XHR"); these come to
// about that over https. Over plain http Chrome sends less: client hints (sec-ch-ua*) and
// Sec-Fetch-* go only to secure origins, and it offers br and zstd only there.
import type { Scenario } from './scenario.ts';

export type HeaderLine = readonly [name: string, value: string];

export const HOST = 'chat.example.com';
/** Chrome 131 on Windows: its user agent and the low-entropy client hints it always sends. */
const USER_AGENT = [
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
	'AppleWebKit/537.36 (KHTML, like Gecko)',
	'Chrome/131.0.0.0 Safari/537.36'
].join(' ');
const SEC_CH_UA = '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"';
const SERVER = 'nginx/1.26.2';
/** The simulation's time 0 on the server's clock (for Date headers): any fixed moment will do. */
const EPOCH = Date.UTC(2025, 5, 2, 9, 0, 0);

export interface RequestSpec {
	method: 'GET' | 'POST';
	path: string;
	accept: string;
	/** Fields after Accept (EventSource's Cache-Control, Last-Event-ID ...). */
	extra?: readonly HeaderLine[];
	/** A POST's JSON body. */
	body?: string;
}

/** The header block (start line to the empty line) of a fetch() or EventSource request. */
export function requestHead(s: Scenario, r: RequestSpec): string {
	const secure = s.tls;
	const lines: (HeaderLine | false)[] = [
		['Host', HOST],
		['Connection', 'keep-alive'],
		r.body !== undefined && ['Content-Length', String(r.body.length)],
		secure && ['sec-ch-ua-platform', '"Windows"'],
		['User-Agent', USER_AGENT],
		secure && ['sec-ch-ua', SEC_CH_UA],
		r.body !== undefined && ['Content-Type', 'application/json'],
		secure && ['sec-ch-ua-mobile', '?0'],
		['Accept', r.accept],
		...(r.extra ?? []),
		r.body !== undefined && ['Origin', origin(s)],
		secure && ['Sec-Fetch-Site', 'same-origin'],
		secure && ['Sec-Fetch-Mode', 'cors'],
		secure && ['Sec-Fetch-Dest', 'empty'],
		['Referer', `${origin(s)}/room/42`],
		['Accept-Encoding', acceptEncoding(s)],
		['Accept-Language', 'en-US,en;q=0.9,ko;q=0.8'],
		cookie(s)
	];
	return head(`${r.method} ${r.path} HTTP/1.1`, lines);
}

/** The opening handshake as Chrome sends it (RFC 6455 §4.1), with the key of RFC 6455 §1.3. */
export function upgradeHead(s: Scenario): string {
	return head('GET /chat HTTP/1.1', [
		['Host', HOST],
		['Connection', 'Upgrade'],
		['Pragma', 'no-cache'],
		['Cache-Control', 'no-cache'],
		['User-Agent', USER_AGENT],
		['Upgrade', 'websocket'],
		['Origin', origin(s)],
		['Sec-WebSocket-Version', '13'],
		['Accept-Encoding', acceptEncoding(s)],
		['Accept-Language', 'en-US,en;q=0.9,ko;q=0.8'],
		cookie(s),
		['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
		// Chrome always offers compression; this server declines by not answering it (RFC 7692 §5),
		// so frames stay readable and their sizes exact.
		['Sec-WebSocket-Extensions', 'permessage-deflate; client_max_window_bits']
	]);
}

/** 101 from nginx proxying a WebSocket server; the accept value is RFC 6455 §1.3's for the key. */
export function switchingHead(s: Scenario, at: number): string {
	return head('HTTP/1.1 101 Switching Protocols', [
		...serverFields(s, at),
		['Connection', 'upgrade'],
		['Upgrade', 'websocket'],
		['Sec-WebSocket-Accept', 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=']
	]);
}

export interface ResponseSpec {
	status: '200 OK' | '204 No Content';
	/** Content-Type and the like, after Date. */
	fields: readonly HeaderLine[];
	/** Content-Length for a whole body; absent for 204 and for streamed (chunked) bodies. */
	contentLength?: number;
	chunked?: boolean;
	cacheControl: string;
}

/** nginx's answer: Server and Date first (RFC 9110 §6.6.1: an origin with a clock sends Date). */
export function responseHead(s: Scenario, at: number, r: ResponseSpec): string {
	return head(`HTTP/1.1 ${r.status}`, [
		...serverFields(s, at),
		...r.fields,
		r.contentLength !== undefined && ['Content-Length', String(r.contentLength)],
		r.chunked === true && ['Transfer-Encoding', 'chunked'],
		// Without keep-alive the server says it will close (RFC 9112 §9.6), then does.
		['Connection', s.keepAlive ? 'keep-alive' : 'close'],
		['Cache-Control', r.cacheControl],
		s.tls && ['Strict-Transport-Security', 'max-age=31536000']
	]);
}

function serverFields(_s: Scenario, at: number): HeaderLine[] {
	// IMF-fixdate (RFC 9110 §5.6.7): always 29 characters, so header sizes do not drift with time.
	return [
		['Server', SERVER],
		['Date', new Date(EPOCH + Math.floor(at)).toUTCString()]
	];
}

function head(startLine: string, lines: readonly (HeaderLine | false)[]): string {
	const fields = lines.filter((l): l is HeaderLine => l !== false).map(([n, v]) => `${n}: ${v}`);
	return `${[startLine, ...fields].join('\r\n')}\r\n\r\n`;
}

function origin(s: Scenario): string {
	return `${s.tls ? 'https' : 'http'}://${HOST}`;
}

function acceptEncoding(s: Scenario): string {
	return s.tls ? 'gzip, deflate, br, zstd' : 'gzip, deflate';
}

const COOKIE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `Cookie: sid=...` with a value exactly `cookieBytes` long (a session id, then more cookies). */
function cookie(s: Scenario): HeaderLine | false {
	if (s.cookieBytes <= 0) return false;
	const fill = COOKIE_ALPHABET.repeat(Math.ceil(s.cookieBytes / COOKIE_ALPHABET.length));
	return ['Cookie', `sid=${fill}`.slice(0, s.cookieBytes)];
}
