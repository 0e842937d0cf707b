// Chrome HAR files: DevTools' "Save all as HAR" keeps each WebSocket's messages (not its frames) in
// `log.entries[]._webSocketMessages`, as `{ type: 'send' | 'receive', time, opcode, data }`: text
// as text, binary (opcode 2) as base64. `send` is what the page's client sent to the server. Never
// throws: a malformed file gives a message that says where (line, column, or the JSON path).
import { fill, type Coded, type TextParams } from '../text.ts';
import { PARAM_WORDS } from '../words.ts';
import { decodeBase64 } from './base64.ts';
import { locate } from './text.ts';

export interface HarMessage {
	/** send = client → server, receive = server → client. */
	type: 'send' | 'receive';
	/** Seconds since the epoch, as Chrome writes it. */
	time: number;
	opcode: number;
	/** The message's data: text as UTF-8, binary decoded from base64. */
	data: Uint8Array;
	/** Which entry (WebSocket connection) of the HAR the message belongs to. */
	entry: number;
	/** The entry's URL (ws:// or wss://). */
	url: string;
}

export interface HarSocket {
	entry: number;
	url: string;
	send: number;
	receive: number;
}

export type HarReading =
	| { ok: true; sockets: HarSocket[]; send: HarMessage[]; receive: HarMessage[] }
	| {
			ok: false;
			/** The English of `problem` (the CLI's words). */
			message: string;
			problem: Coded<HarProblem>;
			line?: number;
			column?: number;
			path?: string;
	  };

/** Why a HAR cannot be read; {path} is where in the JSON, {value} a value quoted from it. */
export const HAR_PROBLEMS = {
	not_json: 'not valid JSON',
	json_ends_early:
		'not valid JSON: the text ends (line {line}, column {column}) before the JSON does',
	json_unexpected: 'not valid JSON: {token} at line {line}, column {column} is not expected there',
	no_entries: '{path} is missing or not a list: this is not a HAR file',
	not_list: '{path} is not a list',
	no_websocket: '{path} has no entry with _webSocketMessages: no WebSocket was recorded',
	not_object: '{path} is not an object',
	bad_type: '{path} must be "send" or "receive", not {value}',
	bad_opcode: '{path} must be a whole number from 0 to 15, not {value}',
	data_not_text: '{path} must be text, not {value}',
	data_not_base64: '{path} is not base64: {token} at char {at} {token_problem}'
} as const;

export type HarProblem = keyof typeof HAR_PROBLEMS;

/** True when text looks like a HAR file (a JSON object with a `log`), judged from its start. */
export function looksLikeHar(text: string): boolean {
	const start = text.slice(0, 4096).trimStart();
	return start.startsWith('{') && /"log"\s*:/.test(start);
}

const utf8 = new TextEncoder();

export function parseHar(text: string): HarReading {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return jsonError(text);
	}
	const entries = at(json, ['log', 'entries']);
	if (!Array.isArray(entries)) {
		return fail('log.entries', 'no_entries');
	}
	const reading: Extract<HarReading, { ok: true }> = {
		ok: true,
		sockets: [],
		send: [],
		receive: []
	};
	for (let e = 0; e < entries.length; e++) {
		const entry: unknown = entries[e];
		const list = at(entry, ['_webSocketMessages']);
		if (list === undefined) continue;
		const path = `log.entries[${e}]._webSocketMessages`;
		if (!Array.isArray(list)) return fail(path, 'not_list');
		const url = String(at(entry, ['request', 'url']) ?? '');
		const socket: HarSocket = { entry: e, url, send: 0, receive: 0 };
		for (let i = 0; i < list.length; i++) {
			const message = readHarMessage(list[i], `${path}[${i}]`, e, url);
			if ('ok' in message) return message;
			(message.type === 'send' ? reading.send : reading.receive).push(message);
			socket[message.type]++;
		}
		reading.sockets.push(socket);
	}
	if (reading.sockets.length === 0) {
		return fail('log.entries', 'no_websocket');
	}
	return reading;
}

/** One entry of `_webSocketMessages`, checked field by field (`path` names it in the JSON). */
export function readHarMessage(
	raw: unknown,
	path: string,
	entry: number,
	url: string
): HarMessage | Extract<HarReading, { ok: false }> {
	if (typeof raw !== 'object' || raw === null) return fail(path, 'not_object');
	const m = raw as Record<string, unknown>;
	if (m.type !== 'send' && m.type !== 'receive') {
		return fail(`${path}.type`, 'bad_type', { value: show(m.type) });
	}
	if (
		typeof m.opcode !== 'number' ||
		!Number.isInteger(m.opcode) ||
		m.opcode < 0 ||
		m.opcode > 15
	) {
		return fail(`${path}.opcode`, 'bad_opcode', { value: show(m.opcode) });
	}
	if (typeof m.data !== 'string')
		return fail(`${path}.data`, 'data_not_text', { value: show(m.data) });
	let data: Uint8Array;
	if (m.opcode === 2) {
		const decoded =
			m.data === '' ? { ok: true as const, bytes: new Uint8Array(0) } : decodeBase64(m.data);
		if (!decoded.ok) {
			const f = decoded.failure;
			return fail(`${path}.data`, 'data_not_base64', {
				...f.params,
				token: show(m.data.slice(f.offset, f.offset + f.length)),
				at: f.offset + 1,
				token_problem: f.problem
			});
		}
		data = decoded.bytes;
	} else {
		data = utf8.encode(m.data);
	}
	const time = typeof m.time === 'number' ? m.time : 0;
	return { type: m.type, time, opcode: m.opcode, data, entry, url };
}

/** The value at `keys` inside nested objects, or undefined. */
export function at(value: unknown, keys: string[]): unknown {
	let v = value;
	for (const k of keys) {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
		v = (v as Record<string, unknown>)[k];
	}
	return v;
}

function fail(
	path: string,
	code: HarProblem,
	params: TextParams = {},
	where: { line?: number; column?: number } = {}
): Extract<HarReading, { ok: false }> {
	const problem = { code, params: { ...params, path } };
	return { ok: false, ...where, path, message: harProblemEnglish(problem), problem };
}

export function harProblemEnglish(problem: Coded<HarProblem>): string {
	return fill(HAR_PROBLEMS[problem.code], problem.params, PARAM_WORDS);
}

function show(value: unknown): string {
	if (value === undefined) return 'undefined';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Where JSON.parse stopped, found by a small scanner: engines word (and place) the error differently. */
export function jsonError(text: string): Extract<HarReading, { ok: false }> {
	const offset = new JsonScanner(text).firstError();
	if (!Number.isFinite(offset)) return fail('', 'not_json');
	if (offset >= text.length) {
		const where = locate(text, text.length);
		return fail('', 'json_ends_early', where, where);
	}
	const where = locate(text, offset);
	return fail('', 'json_unexpected', { ...where, token: show(text[offset]) }, where);
}

/** Validates JSON iteratively (deep nesting cannot overflow the stack); returns the first bad offset. */
class JsonScanner {
	private i = 0;
	constructor(private readonly text: string) {}

	firstError(): number {
		// Each entry: what the container needs next. 'v' value, ',' comma or close, 'k' key, ':' colon.
		const stack: { close: string; next: string }[] = [];
		let expect = 'v';
		for (;;) {
			this.blanks();
			const c = this.text[this.i];
			if (c === undefined) return this.i;
			const top = stack[stack.length - 1];
			if (expect === 'v') {
				if (c === '{' || c === '[') {
					this.i++;
					stack.push({ close: c === '{' ? '}' : ']', next: '' });
					this.blanks();
					if (this.text[this.i] === stack[stack.length - 1]!.close) {
						this.i++;
						stack.pop();
						expect = ',';
					} else expect = c === '{' ? 'k' : 'v';
					continue;
				}
				if (!this.scalar()) return this.i;
				expect = ',';
			} else if (expect === 'k') {
				if (c !== '"' || !this.string()) return this.i;
				expect = ':';
			} else if (expect === ':') {
				if (c !== ':') return this.i;
				this.i++;
				expect = 'v';
			} else {
				if (!top) return this.i; // text after the value
				if (c === top.close) {
					this.i++;
					stack.pop();
					if (stack.length === 0) {
						this.blanks();
						return this.i < this.text.length ? this.i : Infinity;
					}
				} else if (c === ',') {
					this.i++;
					expect = top.close === '}' ? 'k' : 'v';
				} else return this.i;
			}
			if (expect === ',' && stack.length === 0) {
				this.blanks();
				return this.i < this.text.length ? this.i : Infinity;
			}
		}
	}

	private blanks(): void {
		while (/[ \t\n\r]/.test(this.text[this.i] ?? '')) this.i++;
	}

	private scalar(): boolean {
		if (this.text[this.i] === '"') return this.string();
		const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
			this.text.slice(this.i, this.i + 400)
		);
		if (!m) return false;
		this.i += m[0].length;
		return true;
	}

	private string(): boolean {
		let i = this.i + 1;
		for (;;) {
			const c = this.text.charCodeAt(i);
			if (Number.isNaN(c) || c < 0x20) {
				this.i = i;
				return false;
			}
			if (c === 34) break;
			if (c === 92) {
				const e = this.text[i + 1] ?? '';
				if (
					e === 'u'
						? !/^[0-9a-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))
						: !'"\\/bfnrt'.includes(e) || e === ''
				) {
					this.i = i;
					return false;
				}
				i += e === 'u' ? 6 : 2;
			} else i++;
		}
		this.i = i + 1;
		return true;
	}
}
