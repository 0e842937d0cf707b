// STOMP 1.2 frames (https://stomp.github.io/stomp-specification-1.2.html): a command line, header lines,
// a blank line, a body up to a NULL byte. A WebSocket message may hold several frames, or only
// heart-beat EOLs. Read over bytes so each part keeps its range.
import { bytesToHex } from '../../bytes.ts';
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { field } from '../fields.ts';
import type { Decoded, PayloadField, PayloadInput, PayloadSummary } from '../types.ts';

const SPEC = 'STOMP 1.2 §Frames';
const LF = 0x0a;
const CR = 0x0d;
const NUL = 0x00;

// STOMP 1.2 §Client Frames, §Server Frames: each command and the headers it must carry.
export const STOMP_COMMANDS: Record<string, readonly string[]> = {
	CONNECT: ['accept-version', 'host'],
	STOMP: ['accept-version', 'host'],
	CONNECTED: ['version'],
	SEND: ['destination'],
	SUBSCRIBE: ['destination', 'id'],
	UNSUBSCRIBE: ['id'],
	ACK: ['id'],
	NACK: ['id'],
	BEGIN: ['transaction'],
	COMMIT: ['transaction'],
	ABORT: ['transaction'],
	DISCONNECT: [],
	MESSAGE: ['destination', 'message-id', 'subscription'],
	RECEIPT: ['receipt-id'],
	ERROR: []
};
// STOMP 1.2 §Frames: "Only the SEND, MESSAGE, and ERROR frames MAY have a body".
const BODY_ALLOWED = new Set(['SEND', 'MESSAGE', 'ERROR']);
// STOMP 1.2 §Value Encoding: CONNECT and CONNECTED headers are not escaped.
const UNESCAPED = new Set(['CONNECT', 'CONNECTED']);
const ESCAPES: Record<string, string> = { '\\r': '\r', '\\n': '\n', '\\c': ':', '\\\\': '\\' };

export interface StompFrame {
	command: string;
	headers: Record<string, string>;
	body: string | { hex: string };
}

const utf8 = new TextDecoder();

/** The line from `at` to its EOL: [end of text, index after the EOL]. */
function lineAt(bytes: Uint8Array, at: number): [number, number] | undefined {
	const lf = bytes.indexOf(LF, at);
	if (lf < 0) return undefined;
	return [lf > at && bytes[lf - 1] === CR ? lf - 1 : lf, lf + 1];
}

/** Whether the message starts like a STOMP frame: a known command alone on its first line. */
export function looksLikeStomp(bytes: Uint8Array): boolean {
	const line = lineAt(bytes, 0);
	return line !== undefined && utf8.decode(bytes.subarray(0, line[0])) in STOMP_COMMANDS;
}

function unescape(value: string, start: number, diagnostics: Diagnostic[]): string {
	return value.replace(/\\.?/g, (seq, offset: number) => {
		const plain = ESCAPES[seq];
		if (plain !== undefined) return plain;
		diagnostics.push(
			payloadDiagnostic('stomp_invalid_escape', start + offset, seq.length, { sequence: seq })
		);
		return seq;
	});
}

interface Reading {
	frame: StompFrame;
	field: PayloadField;
	end: number;
}

function readHeaders(bytes: Uint8Array, at: number, command: string, diagnostics: Diagnostic[]) {
	const headers: Record<string, string> = {};
	const fields: PayloadField[] = [];
	for (;;) {
		const line = lineAt(bytes, at);
		if (!line) return { headers, fields, at, ended: false };
		if (line[0] === at) return { headers, fields, at: line[1], ended: true };
		const text = utf8.decode(bytes.subarray(at, line[0]));
		const colon = text.indexOf(':');
		if (colon < 0)
			diagnostics.push(payloadDiagnostic('stomp_header_without_colon', at, line[0] - at));
		const raw = colon < 0 ? [text, ''] : [text.slice(0, colon), text.slice(colon + 1)];
		const [name, value] = UNESCAPED.has(command)
			? raw
			: raw.map((s) => unescape(s!, at, diagnostics));
		// STOMP 1.2 §Repeated Header Entries: only the first occurrence counts.
		if (!(name! in headers)) headers[name!] = value!;
		fields.push(
			field(SPEC, {
				id: 'stomp_header',
				label: { name: name! },
				start: at,
				length: line[1] - at,
				value: value,
				meaning: 'stomp_header',
				params: { name: name!, value: value! }
			})
		);
		at = line[1];
	}
}

function readFrame(bytes: Uint8Array, start: number, diagnostics: Diagnostic[]): Reading {
	const commandLine = lineAt(bytes, start) ?? [bytes.length, bytes.length];
	const command = utf8.decode(bytes.subarray(start, commandLine[0]));
	const known = command in STOMP_COMMANDS;
	if (!known)
		diagnostics.push(
			payloadDiagnostic('stomp_unknown_command', start, commandLine[0] - start, { command })
		);
	const children = [
		field(SPEC, {
			id: 'stomp_command',
			label: 'command',
			start,
			length: commandLine[1] - start,
			value: command,
			meaning: 'stomp_command',
			params: { command }
		})
	];
	const head = readHeaders(bytes, commandLine[1], command, diagnostics);
	children.push(...head.fields);
	const body = readBody(bytes, head.at, head.headers['content-length'], diagnostics);
	const frame: StompFrame = {
		command,
		headers: head.headers,
		body: bodyValue(bytes.subarray(head.at, body.end))
	};
	if (body.end > head.at) {
		children.push(
			field(SPEC, {
				id: 'stomp_body',
				label: 'body',
				start: head.at,
				length: body.end - head.at,
				value: frame.body,
				meaning: 'body',
				params: { count: body.end - head.at }
			})
		);
		if (known && !BODY_ALLOWED.has(command))
			diagnostics.push(
				payloadDiagnostic('stomp_body_not_allowed', head.at, body.end - head.at, {
					command,
					count: body.end - head.at
				})
			);
	}
	for (const header of known ? STOMP_COMMANDS[command]! : [])
		if (!(header in head.headers))
			diagnostics.push(
				payloadDiagnostic('stomp_required_header_missing', start, commandLine[0] - start, {
					command,
					header
				})
			);
	let end = body.end;
	if (bytes[end] === NUL) {
		children.push(
			field(SPEC, {
				id: 'stomp_null',
				label: 'null_byte',
				start: end,
				length: 1,
				value: 0,
				meaning: 'stomp_null'
			})
		);
		end++;
	} else diagnostics.push(payloadDiagnostic('stomp_missing_null', end, 0));
	const node = field(SPEC, {
		id: 'stomp_frame',
		label: { name: command },
		start,
		length: end - start,
		value: command,
		meaning: 'stomp_frame',
		params: { command, count: Object.keys(head.headers).length },
		children
	});
	return { frame, field: node, end };
}

/** The body ends at the NULL, or after content-length octets when that header is given. */
function readBody(
	bytes: Uint8Array,
	at: number,
	contentLength: string | undefined,
	diagnostics: Diagnostic[]
) {
	const nul = bytes.indexOf(NUL, at);
	const untilNull = nul < 0 ? bytes.length : nul;
	if (contentLength === undefined || !/^\d+$/.test(contentLength)) return { end: untilNull };
	const declared = Number(contentLength);
	if (at + declared <= bytes.length && bytes[at + declared] === NUL) return { end: at + declared };
	diagnostics.push(
		payloadDiagnostic('stomp_content_length_mismatch', at, untilNull - at, {
			declared,
			actual: untilNull - at
		})
	);
	return { end: untilNull };
}

function bodyValue(body: Uint8Array): StompFrame['body'] {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		return { hex: bytesToHex(body) };
	}
}

/** EOLs between frames are heart-beats (STOMP 1.2 §Heart-beating). */
function skipEols(bytes: Uint8Array, at: number): number {
	while (at < bytes.length && (bytes[at] === LF || (bytes[at] === CR && bytes[at + 1] === LF)))
		at += bytes[at] === CR ? 2 : 1;
	return at;
}

export function decodePayload(input: PayloadInput): Decoded {
	const { bytes } = input;
	const diagnostics: Diagnostic[] = [];
	const frames: StompFrame[] = [];
	const fields: PayloadField[] = [];
	let at = skipEols(bytes, 0);
	if (at > 0)
		fields.push(
			field(SPEC, {
				id: 'stomp_heartbeat',
				label: 'heartbeat',
				start: 0,
				length: at,
				value: at,
				meaning: 'stomp_heartbeat'
			})
		);
	while (at < bytes.length) {
		const reading = readFrame(bytes, at, diagnostics);
		frames.push(reading.frame);
		fields.push(reading.field);
		at = skipEols(bytes, Math.max(reading.end, at + 1));
	}
	return {
		protocol: 'stomp',
		summary: summaryOf(frames),
		value: frames.length === 1 ? frames[0] : frames,
		fields,
		diagnostics
	};
}

function summaryOf(frames: StompFrame[]): PayloadSummary {
	if (frames.length === 0) return { code: 'stomp_heartbeat', params: {} };
	if (frames.length > 1)
		return {
			code: 'stomp_frames',
			params: { count: frames.length, commands: frames.map((f) => f.command).join(', ') }
		};
	const { command, headers, body } = frames[0]!;
	const target =
		headers.destination ?? headers['receipt-id'] ?? headers.id ?? headers.message ?? '';
	const size =
		typeof body === 'string' ? new TextEncoder().encode(body).length : body.hex.length / 2;
	return { code: 'stomp_frame', params: { command, target, bytes: size || '' } };
}
