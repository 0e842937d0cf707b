// Every line of a handshake as a Field: what the header is for, from a table (STYLE.md §1), at its
// byte range in the input. Pages highlight these; the CLI lists them.
import { fill, type Coded, type TextParams } from '../text.ts';
import type { Field } from '../types.ts';
import type { HandshakeSide, HttpHeader, HttpMessage } from './types.ts';

interface HeaderInfo {
	rfc: string;
	/** What the header does in a request / in a response. */
	request?: string;
	response?: string;
}

export const HEADER_INFO: Readonly<Record<string, HeaderInfo>> = {
	host: {
		rfc: 'RFC 6455 §4.1 item 4',
		request: 'the server (and port) the client wants, so one address can serve many sites'
	},
	upgrade: {
		rfc: 'RFC 6455 §4.1 item 5, §4.2.2',
		request: 'asks to switch this connection from HTTP to the WebSocket protocol',
		response: 'confirms the switch to the WebSocket protocol'
	},
	connection: {
		rfc: 'RFC 6455 §4.1 item 6',
		request: 'marks Upgrade as meant for this hop: proxies do not forward it as is',
		response: 'marks Upgrade as meant for this hop: the connection itself changes protocol'
	},
	'sec-websocket-key': {
		rfc: 'RFC 6455 §4.1 item 7',
		request:
			'a random 16-byte nonce in base64; the server proves it read it in Sec-WebSocket-Accept'
	},
	'sec-websocket-version': {
		rfc: 'RFC 6455 §4.1 item 9, §4.4',
		request: 'the protocol version the client speaks: 13 is RFC 6455',
		response: 'the versions the server speaks (sent with 426 when the client’s is not one)'
	},
	origin: {
		rfc: 'RFC 6455 §4.1 item 8, §10.2',
		request: 'the site whose page opened the socket; servers check it to refuse other sites’ pages'
	},
	'sec-websocket-protocol': {
		rfc: 'RFC 6455 §4.1 item 10, §4.2.2',
		request: 'the subprotocols the client can speak, most preferred first',
		response: 'the one subprotocol the server chose from the client’s list'
	},
	'sec-websocket-extensions': {
		rfc: 'RFC 6455 §9.1, RFC 7692',
		request: 'the extensions the client offers, such as permessage-deflate compression',
		response: 'the extensions the server accepted, with their parameters'
	},
	'sec-websocket-accept': {
		rfc: 'RFC 6455 §4.2.2 item 5.4',
		response: 'base64(SHA-1(key + GUID)): proof that the server read this client’s key'
	},
	cookie: {
		rfc: 'RFC 6455 §4.1 item 12, RFC 6265',
		request: 'the site’s cookies, sent with the handshake as with any request'
	},
	'set-cookie': { rfc: 'RFC 6265 §4.1', response: 'a cookie the server sets with its answer' },
	location: { rfc: 'RFC 9110 §10.2.2', response: 'where a redirect points' }
};

function snake(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

/** Each header's code for what it does on a side: header_<name>_<side>. */
function headerCode(key: string, side: HandshakeSide): string {
	return HEADER_INFO[key]?.[side] === undefined ? 'header_other' : `header_${snake(key)}_${side}`;
}

/** What each line of a handshake, and each part of a line, means: a field's `explained` code. */
export const HANDSHAKE_FIELD_TEXT: Readonly<Record<string, string>> = {
	...Object.fromEntries(
		Object.entries(HEADER_INFO).flatMap(([key, info]) =>
			(['request', 'response'] as const).flatMap((side) => {
				const text = info[side];
				return text === undefined ? [] : [[headerCode(key, side), text]];
			})
		)
	),
	header_other: 'an ordinary HTTP header: not part of the WebSocket handshake',
	header_name: 'the header name (any case)',
	header_value: 'the value',
	request_line: 'what the client asks for, and in which HTTP version',
	method: 'a handshake is a GET request',
	target: 'the path and query of the ws:// URL',
	version_request: 'at least HTTP/1.1',
	version_response: 'the server’s HTTP version',
	status_101: '101 Switching Protocols: from here on, the connection speaks WebSocket',
	status_other: '{status}: the server did not switch protocols; this is an ordinary HTTP response',
	status_unreadable: 'the status line cannot be read',
	reason: 'for people; clients ignore it'
};

/** A field's meaning as its code, and the same in English. */
function meaningOf(code: string, params: TextParams = {}): { explained: Coded; meaning: string } {
	return { explained: { code, params }, meaning: fill(HANDSHAKE_FIELD_TEXT[code]!, params) };
}

/** A header line, with its name and value as children; the nth header of a name gets _n (n > 1). */
export function headerField(msg: HttpMessage, h: HttpHeader, nth: number): Field {
	const info = HEADER_INFO[h.key];
	const id = `${msg.kind}_header_${snake(h.name)}${nth > 1 ? `_${nth}` : ''}`;
	const rfc = info?.rfc ?? 'RFC 9110 §5';
	return {
		id,
		label: h.name,
		bitOffset: h.offset * 8,
		bitLength: h.length * 8,
		value: h.value,
		...meaningOf(headerCode(h.key, msg.kind)),
		rfc,
		children: [
			part(`${id}_name`, 'name', h.offset, h.name.length, h.name, 'header_name', rfc),
			part(`${id}_value`, 'value', h.valueOffset, h.valueLength, h.value, 'header_value', rfc)
		]
	};
}

function part(
	id: string,
	label: string,
	offset: number,
	length: number,
	value: unknown,
	meaning: Coded | string,
	rfc: string
): Field {
	const says =
		typeof meaning === 'string' ? meaningOf(meaning) : meaningOf(meaning.code, meaning.params);
	return { id, label, bitOffset: offset * 8, bitLength: length * 8, value, ...says, rfc };
}

/** The request line or status line, split into its parts. */
export function startLineFields(msg: HttpMessage): Field[] {
	const { text, offset, length } = msg.startLine;
	const parts = msg.kind === 'request' ? requestParts(msg) : responseParts(msg);
	let at = 0;
	const children = parts.map(([id, label, value, meaning, rfc]) => {
		const start = text.indexOf(String(value), at);
		const from = start < 0 ? at : start;
		at = from + String(value).length;
		return part(
			`${msg.kind}_${id}`,
			label,
			offset + from,
			String(value).length,
			value,
			meaning,
			rfc
		);
	});
	const isRequest = msg.kind === 'request';
	return [
		{
			id: isRequest ? 'request_line' : 'status_line',
			label: isRequest ? 'request line' : 'status line',
			bitOffset: offset * 8,
			bitLength: length * 8,
			value: text,
			...(isRequest ? meaningOf('request_line') : statusMeaning(msg.status)),
			rfc: isRequest ? 'RFC 6455 §4.1 item 2' : 'RFC 6455 §4.2.2',
			children
		}
	];
}

/** A part of the start line; `meaning` is a code of HANDSHAKE_FIELD_TEXT, or the code and params. */
type Part = [
	id: string,
	label: string,
	value: string | number,
	meaning: Coded | string,
	rfc: string
];

function requestParts(msg: HttpMessage): Part[] {
	return [
		['method', 'method', msg.method ?? '', 'method', 'RFC 6455 §4.1 item 2'],
		['target', 'request target', msg.target ?? '', 'target', 'RFC 6455 §4.1 item 3'],
		['version', 'HTTP version', msg.version, 'version_request', 'RFC 6455 §4.1 item 2']
	];
}

function responseParts(msg: HttpMessage): Part[] {
	const parts: Part[] = [
		['version', 'HTTP version', msg.version, 'version_response', 'RFC 9112 §4']
	];
	if (msg.status !== undefined && !Number.isNaN(msg.status)) {
		parts.push([
			'status',
			'status code',
			msg.status,
			statusMeaning(msg.status).explained,
			'RFC 6455 §4.2.2'
		]);
		parts.push(['reason', 'reason phrase', msg.reason ?? '', 'reason', 'RFC 9112 §4']);
	}
	return parts;
}

function statusMeaning(status: number | undefined) {
	if (status === 101) return meaningOf('status_101');
	if (status === undefined || Number.isNaN(status)) return meaningOf('status_unreadable');
	return meaningOf('status_other', { status });
}

/** What a header does on a side, as a code (for pages that explain a header that is missing). */
export function headerMeaning(key: string, side: HandshakeSide): Coded {
	return { code: headerCode(key.toLowerCase(), side), params: {} };
}
