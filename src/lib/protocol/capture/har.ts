// A HAR file (Chrome DevTools' "Save all as HAR", Playwright's recordHar) read as the capture view
// reads a pcap: every WebSocket entry is a connection, its recorded request and response headers are
// its opening handshake (checked by the handshake engine), and its `_webSocketMessages` are its
// conversation. A HAR keeps the *messages* the page's WebSocket API sent and received (already
// unmasked, joined and inflated by the browser), not frames, masks, pings or the close handshake:
// nothing here invents them. Untrusted input: a bad field skips its message with a diagnostic.
import { checkHandshake, type HandshakeResult } from '../handshake/check.ts';
import { at, jsonError, readHarMessage, type HarMessage } from '../input/har.ts';
import type { Message } from '../message/types.ts';
import type { Diagnostic, Role } from '../types.ts';
import { Reporter } from './report.ts';

export interface HarConnection {
	/** 1-based, in entry order (as a pcap's connections are numbered). */
	id: number;
	/** Index of the entry in `log.entries`. */
	entry: number;
	url: string;
	/** The request's Origin header: the page that opened the socket ('' when not recorded). */
	origin: string;
	start: number;
	end: number;
	/** The handshake as HTTP/1.1 text rebuilt from the recorded headers ('' when not recorded). */
	request: string;
	response: string;
	handshake?: HandshakeResult;
	extensions?: string;
	protocol?: string;
	/** Each direction's messages in recorded order, and when each was recorded (seconds). */
	messages: Record<Role, Message[]>;
	times: Record<Role, number[]>;
	/** Who sent each message, in the order the HAR lists them (the order the browser saw them). */
	order: Role[];
	diagnostics: Diagnostic[];
}

export interface HarCapture {
	format: 'har';
	/** The file's length in characters. */
	bytes: number;
	entries: number;
	connections: HarConnection[];
	/** File-level problems: not JSON, not a HAR, no WebSocket in it. */
	diagnostics: Diagnostic[];
}

/**
 * Chrome writes a message's `time` in seconds since the epoch, Playwright in milliseconds (its
 * harTracer's `wallTimeMs`), and -1 when timing was omitted. 1e11 s is the year 5138, so a larger
 * value can only be milliseconds.
 */
function seconds(time: number): number {
	if (!Number.isFinite(time) || time <= 0) return NaN;
	return time > 1e11 ? time / 1000 : time;
}

export function readHarCapture(text: string): HarCapture {
	const reporter = new Reporter();
	const capture: HarCapture = {
		format: 'har',
		bytes: text.length,
		entries: 0,
		connections: [],
		diagnostics: []
	};
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		const failure = jsonError(text);
		const where = { line: failure.line ?? 1, column: failure.column ?? 1 };
		const offset = Math.max(0, Math.min(text.length, offsetOf(text, where)));
		if (failure.problem.code === 'json_ends_early')
			reporter.add('har_json_ends_early', offset, 0, where);
		else
			reporter.add('har_json_invalid', offset, 1, {
				...where,
				token: String(failure.problem.params.token ?? '')
			});
		capture.diagnostics = reporter.finish();
		return capture;
	}
	const entries = at(json, ['log', 'entries']);
	if (!Array.isArray(entries)) {
		reporter.add('har_not_har', 0, 0, { path: 'log.entries' });
		capture.diagnostics = reporter.finish();
		return capture;
	}
	capture.entries = entries.length;
	entries.forEach((entry: unknown, e) => {
		if (at(entry, ['_webSocketMessages']) === undefined) return;
		capture.connections.push(harConnection(entry, e, capture.connections.length + 1));
	});
	if (capture.connections.length === 0)
		reporter.add('har_no_websocket', 0, 0, { entries: entries.length });
	capture.diagnostics = reporter.finish();
	return capture;
}

function harConnection(entry: unknown, e: number, id: number): HarConnection {
	const reporter = new Reporter();
	const url = String(at(entry, ['request', 'url']) ?? '');
	const request = headText(entry, 'request', url);
	const response = headText(entry, 'response', url);
	const c: HarConnection = {
		id,
		entry: e,
		url,
		origin: headerValue(entry, 'request', 'origin'),
		start: NaN,
		end: NaN,
		request,
		response,
		messages: { client: [], server: [] },
		times: { client: [], server: [] },
		order: [],
		diagnostics: []
	};
	if (request || response) {
		c.handshake = checkHandshake(request || undefined, response || undefined);
		// RFC 6455 §4.2.2: the server's answer is what was negotiated.
		const extensions = headerValue(entry, 'response', 'sec-websocket-extensions');
		const protocol = headerValue(entry, 'response', 'sec-websocket-protocol');
		if (extensions) c.extensions = extensions;
		if (protocol) c.protocol = protocol;
	} else reporter.add('har_handshake_not_recorded', 0, 0, { entry: e });
	readMessages(c, at(entry, ['_webSocketMessages']), e, reporter);
	const started = Date.parse(String(at(entry, ['startedDateTime']) ?? '')) / 1000;
	const times = [...c.times.client, ...c.times.server].filter(Number.isFinite);
	c.start = Number.isFinite(started) ? started : times.length ? Math.min(...times) : 0;
	c.end = times.length ? Math.max(c.start, ...times) : c.start;
	c.diagnostics = reporter.finish();
	return c;
}

function readMessages(c: HarConnection, list: unknown, e: number, reporter: Reporter): void {
	const path = `log.entries[${e}]._webSocketMessages`;
	if (!Array.isArray(list)) {
		reporter.add('har_message_skipped', 0, 0, { path, value: typeof list });
		return;
	}
	for (let i = 0; i < list.length; i++) {
		const read = readHarMessage(list[i], `${path}[${i}]`, e, c.url);
		if ('ok' in read) {
			const value = String(read.problem.params.value ?? read.problem.params.token ?? '');
			reporter.add('har_message_skipped', 0, 0, { path: read.path ?? path, value });
			continue;
		}
		const role: Role = read.type === 'send' ? 'client' : 'server';
		const time = seconds(read.time);
		if (!Number.isFinite(time))
			reporter.add('har_message_time_missing', 0, 0, { path: `${path}[${i}]` });
		c.times[role].push(time);
		c.order.push(role);
		c.messages[role].push(messageOf(read, c.messages[role].length));
	}
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A recorded message as the message assembler would give it: no frames are known (RFC 6455 §5.4). */
function messageOf(h: HarMessage, index: number): Message {
	const type = h.opcode === 1 ? 'text' : h.opcode === 2 ? 'binary' : opcodeType(h.opcode);
	const message: Message = {
		index,
		type,
		frames: [],
		payload: h.data,
		compressed: false,
		complete: true
	};
	if (type === 'text') message.text = utf8.decode(h.data);
	return message;
}

/** DevTools records data messages only; other opcodes are shown as what they name, if anything. */
function opcodeType(opcode: number): Message['type'] {
	return ({ 8: 'close', 9: 'ping', 10: 'pong' } as const)[opcode as 8 | 9 | 10] ?? 'binary';
}

interface HarHeader {
	name: string;
	value: string;
}

function headers(entry: unknown, side: 'request' | 'response'): HarHeader[] {
	const list = at(entry, [side, 'headers']);
	if (!Array.isArray(list)) return [];
	return list.flatMap((h: unknown) => {
		const name = at(h, ['name']);
		const value = at(h, ['value']);
		return typeof name === 'string' && typeof value === 'string' ? [{ name, value }] : [];
	});
}

function headerValue(entry: unknown, side: 'request' | 'response', name: string): string {
	return headers(entry, side)
		.filter((h) => h.name.toLowerCase() === name)
		.map((h) => h.value)
		.join(', ');
}

/**
 * The recorded head as HTTP/1.1 text, so the handshake engine checks it as it checks a capture's.
 * HTTP/2 pseudo-headers (`:path` ...) are not HTTP/1.1 header lines and are left out.
 */
function headText(entry: unknown, side: 'request' | 'response', url: string): string {
	const list = headers(entry, side).filter((h) => !h.name.startsWith(':'));
	if (list.length === 0) return '';
	const version = 'HTTP/1.1';
	let first: string;
	if (side === 'request') {
		const method = String(at(entry, ['request', 'method']) ?? 'GET');
		first = `${method} ${pathOf(url)} ${version}`;
	} else {
		const status = Number(at(entry, ['response', 'status']) ?? 0);
		const reason = String(at(entry, ['response', 'statusText']) ?? '');
		first = `${version} ${status} ${reason}`.trimEnd();
	}
	const lines = list.map((h) => `${h.name}: ${h.value}`.replace(/[\r\n]/g, ' '));
	return `${[first, ...lines].join('\r\n')}\r\n\r\n`;
}

function pathOf(url: string): string {
	const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
	return match?.[1] || '/';
}

/** The character offset of a 1-based line and column. */
function offsetOf(text: string, where: { line: number; column: number }): number {
	let offset = 0;
	for (let line = 1; line < where.line; line++) {
		const next = text.indexOf('\n', offset);
		if (next < 0) break;
		offset = next + 1;
	}
	return offset + where.column - 1;
}
