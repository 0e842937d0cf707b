// Handshakes to start from: RFC 6455's own example, a real browser's handshake as captured, and
// broken ones. The broken ones are written by the engine (buildHandshake, then one header changed
// with edit.ts), so each differs from a valid handshake by exactly the mistake it teaches; what is
// wrong with them is for checkHandshake to say (tests/unit/handshake/presets.test.ts checks it does).
import { encodeBase64 } from '../input/base64.ts';
import { acceptFor, keyBytes, RFC_EXAMPLE_KEY } from './accept.ts';
import { buildHandshake, type BuildOptions, type BuiltHandshake } from './build.ts';
import { removeHeader, setHeaderValue } from './edit.ts';
import { parseHandshake } from './check.ts';
import { RFC_REQUEST, RFC_RESPONSE } from './rfc-example.ts';

/** Where each preset's text comes from, in English, by preset id (the site renders its own words). */
export const PRESET_SOURCES = {
	missing_upgrade: 'buildHandshake, then Upgrade removed',
	version_8: 'buildHandshake, then Sec-WebSocket-Version set to 8 (a draft before RFC 6455)',
	key_15_bytes: 'buildHandshake, then a key of 15 bytes instead of 16',
	wrong_accept: 'buildHandshake for another key, then the RFC example’s accept value pasted in',
	subprotocol_not_offered:
		'buildHandshake offering chat, then the server’s choice changed to superchat',
	rfc_6455: 'RFC 6455 §1.2, with the accept value §1.3 computes',
	chromium_deflate:
		'Chromium 156 (new WebSocket(url, ["chat"])) and a ws 8.23 server with permessage-deflate, captured byte for byte'
} as const;

export type PresetId = keyof typeof PRESET_SOURCES;

export interface HandshakePreset {
	/** Stable snake_case id: also what a page keeps in its links. */
	id: PresetId;
	/** Where the text comes from, in English (PRESET_SOURCES). */
	source: string;
	request: string;
	/** Empty when the request alone is the lesson: a strict server refuses it before any response. */
	response: string;
}

/** tests/vectors/chromium-handshake.json, byte for byte (scripts/capture-browser-handshake.ts). */
const CHROMIUM_REQUEST =
	'GET /chat HTTP/1.1\r\nHost: 127.0.0.1:41157\r\nConnection: Upgrade\r\nPragma: no-cache\r\nCache-Control: no-cache\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36\r\nUpgrade: websocket\r\nOrigin: http://127.0.0.1:42027\r\nSec-WebSocket-Version: 13\r\nAccept-Encoding: gzip, deflate, br, zstd\r\nAccept-Language: en-US,en;q=0.9\r\nSec-WebSocket-Key: 5+ErMkcW/yEsvuQq+G/cwg==\r\nSec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\nSec-WebSocket-Protocol: chat\r\n\r\n';
const CHROMIUM_RESPONSE =
	'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: IKC0RFIvM2GoFZ+3fWDXfpOzxTE=\r\nSec-WebSocket-Protocol: chat\r\nSec-WebSocket-Extensions: permessage-deflate\r\n\r\n';

const BASE: BuildOptions = {
	url: 'ws://example.com/chat',
	origin: 'http://example.com',
	key: RFC_EXAMPLE_KEY
};

/** A fixed key that is not the RFC's: 16 bytes 00 01 … 0f. */
const OTHER_KEY = encodeBase64(Uint8Array.from({ length: 16 }, (_, i) => i));

function built(options: BuildOptions): BuiltHandshake {
	const result = buildHandshake(options);
	// The options above are fixed and valid: a failure here is a bug in this table.
	if (!result.ok) throw new Error(`preset: ${result.problems.map((p) => p.message).join('; ')}`);
	return result;
}

/** The request without its first header called `key`. */
function without(request: string, key: string): string {
	const index = parseHandshake(request).request?.headers.findIndex((h) => h.key === key) ?? -1;
	return removeHeader(request, 'request', index);
}

function brokenPresets(): HandshakePreset[] {
	const base = built(BASE);
	const other = built({ ...BASE, key: OTHER_KEY });
	const chat = built({ ...BASE, protocols: ['chat'] });
	const fifteen = encodeBase64(keyBytes(RFC_EXAMPLE_KEY)!.subarray(0, 15));
	return [
		{
			id: 'missing_upgrade',
			source: PRESET_SOURCES.missing_upgrade,
			// RFC 6455 §4.2.1 item 3: without Upgrade: websocket it is a plain HTTP request.
			request: without(base.request, 'upgrade'),
			response: ''
		},
		{
			id: 'version_8',
			source: PRESET_SOURCES.version_8,
			// RFC 6455 §4.4: a server answers 426 with the versions it speaks.
			request: setHeaderValue(base.request, 'request', 'Sec-WebSocket-Version', '8'),
			response: ''
		},
		{
			id: 'key_15_bytes',
			source: PRESET_SOURCES.key_15_bytes,
			// RFC 6455 §4.1 item 7: the key decodes to 16 bytes.
			request: setHeaderValue(base.request, 'request', 'Sec-WebSocket-Key', fifteen),
			response: ''
		},
		{
			id: 'wrong_accept',
			source: PRESET_SOURCES.wrong_accept,
			// RFC 6455 §4.1 client check 4: the accept must be computed from this request's key.
			request: other.request,
			response: setHeaderValue(
				other.response,
				'response',
				'Sec-WebSocket-Accept',
				acceptFor(RFC_EXAMPLE_KEY)
			)
		},
		{
			id: 'subprotocol_not_offered',
			source: PRESET_SOURCES.subprotocol_not_offered,
			// RFC 6455 §4.1 client check 6: only a subprotocol the client offered.
			request: chat.request,
			response: setHeaderValue(chat.response, 'response', 'Sec-WebSocket-Protocol', 'superchat')
		}
	];
}

let presets: readonly HandshakePreset[] | undefined;

/** Every preset, built on first use (so pages that never ask do not build them on load). */
export function handshakePresets(): readonly HandshakePreset[] {
	presets ??= [
		{
			id: 'rfc_6455',
			source: PRESET_SOURCES.rfc_6455,
			request: RFC_REQUEST,
			response: RFC_RESPONSE
		},
		{
			id: 'chromium_deflate',
			source: PRESET_SOURCES.chromium_deflate,
			request: CHROMIUM_REQUEST,
			response: CHROMIUM_RESPONSE
		},
		...brokenPresets()
	];
	return presets;
}

export function presetById(id: string): HandshakePreset | undefined {
	return handshakePresets().find((p) => p.id === id);
}
