// The page's words, in one table (English now; translations later replace this file's values). Keys
// are the engine's ids: preset ids, rule ids, accept step ids.
import type { LineState } from './lines.ts';

export const PRESET_LABELS: Record<string, { label: string; broken: boolean }> = {
	rfc_6455: { label: 'RFC 6455 §1.3 example', broken: false },
	chromium_deflate: { label: 'Chromium with permessage-deflate', broken: false },
	missing_upgrade: { label: 'Missing Upgrade', broken: true },
	version_8: { label: 'Version 8', broken: true },
	key_15_bytes: { label: 'A 15-byte key', broken: true },
	wrong_accept: { label: 'Wrong accept', broken: true },
	subprotocol_not_offered: { label: 'Subprotocol never offered', broken: true }
};

/** What each rule checks, in a few words. */
export const RULE_LABELS: Record<string, string> = {
	http_syntax: 'HTTP syntax',
	method: 'the method is GET',
	http_version: 'HTTP/1.1 or later',
	target: 'a path as the request target',
	host: 'exactly one Host',
	upgrade: 'Upgrade: websocket',
	connection: 'Connection: Upgrade',
	key: 'a 16-byte Sec-WebSocket-Key',
	version: 'Sec-WebSocket-Version: 13',
	once: 'headers that may appear only once',
	subprotocols: 'the offered subprotocols',
	extensions: 'the extensions',
	origin: 'Origin',
	no_early_data: 'no data before the response',
	status: '101 Switching Protocols',
	accept: 'Sec-WebSocket-Accept matches the key',
	subprotocol: 'a subprotocol the client offered'
};

export function ruleLabel(rule: string): string {
	return RULE_LABELS[rule] ?? rule.replace(/_/g, ' ');
}

export const STATE_WORDS: Record<LineState, { symbol: string; word: string }> = {
	error: { symbol: '✕', word: 'error' },
	warning: { symbol: '!', word: 'warning' },
	info: { symbol: 'i', word: 'note' },
	ok: { symbol: '✓', word: 'passes' },
	none: { symbol: '·', word: 'not checked' }
};

export const SIDE_WORDS = {
	request: { title: 'Request', who: 'client → server', reader: 'server' },
	response: { title: 'Response', who: 'server → client', reader: 'client' }
} as const;
