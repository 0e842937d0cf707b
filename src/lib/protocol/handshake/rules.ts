// What request and response checks share: the context a rule reads, and the rules that apply to both
// sides (Upgrade, Connection, the HTTP version, headers that may appear only once).
import type { DiagnosticParams } from '../types.ts';
import { parseExtensionsHeader, type ExtensionItem } from '../extensions/header.ts';
import {
	headersNamed,
	hasToken,
	listItems,
	listOf,
	listOverflow,
	MAX_LIST_ELEMENTS
} from './lists.ts';
import { report, type HandshakeCode } from './report.ts';
import type { HandshakeDiagnostic, HandshakeSide, HttpHeader, HttpMessage, Span } from './types.ts';

export interface CheckContext {
	side: HandshakeSide;
	msg: HttpMessage;
	/** Where a missing header is reported: the start line. */
	missingAt: Span;
	/** The most elements of one list header read (MAX_LIST_ELEMENTS unless the caller says). */
	listLimit: number;
	report(code: HandshakeCode, at: Span, params?: DiagnosticParams): void;
}

/** One check, as a row of a rule table (STYLE.md §1): a new rule is a new row. */
export interface Rule<C extends CheckContext = CheckContext> {
	rule: string;
	rfc: string;
	/** The headers (lowercase names) the rule reads, so a page can link each header to its checks. */
	headers: readonly string[];
	/** Set when the rule reads the request line or status line. */
	startLine?: true;
	check(ctx: C): void;
}

/** One rule as it ran on one side, with what it found. */
export interface CheckRun {
	side: HandshakeSide;
	rule: string;
	rfc: string;
	headers: readonly string[];
	startLine: boolean;
	/** The diagnostics it reported: the same objects as in the result's diagnostics. */
	found: HandshakeDiagnostic[];
}

export function contextFor(
	msg: HttpMessage,
	out: HandshakeDiagnostic[],
	listLimit = MAX_LIST_ELEMENTS
): CheckContext {
	return {
		side: msg.kind,
		msg,
		missingAt: msg.startLine,
		listLimit,
		report: (code, at, params) => out.push(report(msg.kind, code, at, params))
	};
}

/** Runs each rule in order; `out` is the list ctx.report appends to, so each run sees its own finds. */
export function runRules<C extends CheckContext>(
	rules: readonly Rule<C>[],
	ctx: C,
	out: readonly HandshakeDiagnostic[]
): CheckRun[] {
	return rules.map((r) => {
		const from = out.length;
		r.check(ctx);
		const { rule, rfc, headers } = r;
		const startLine = r.startLine === true;
		return { side: ctx.side, rule, rfc, headers, startLine, found: out.slice(from) };
	});
}

/**
 * Every extension of the message's Sec-WebSocket-Extensions headers, each with its header: at most
 * `limit` in all, as the list is counted (listLengthRule reports a longer one).
 */
export function extensionsOf(
	msg: HttpMessage,
	limit = MAX_LIST_ELEMENTS
): { header: HttpHeader; item: ExtensionItem }[] {
	const out: { header: HttpHeader; item: ExtensionItem }[] = [];
	for (const header of headersNamed(msg, 'sec-websocket-extensions')) {
		const left = limit - out.length;
		if (left <= 0) break;
		for (const item of parseExtensionsHeader(header.value, left)) out.push({ header, item });
	}
	return out;
}

/**
 * Characters of a header value quoted in a diagnostic's params: a finding names the value, it does
 * not carry a 789 kB header into every message that renders it.
 */
export const QUOTE_CHARS = 200;

/** The values of `headers` joined as one list, cut after QUOTE_CHARS characters with an ellipsis. */
export function quoted(values: readonly string[]): string {
	let out = '';
	for (const v of values) {
		out += out === '' ? v : `, ${v}`;
		if (out.length > QUOTE_CHARS) return `${out.slice(0, QUOTE_CHARS)}…`;
	}
	return out;
}

/** A header's value span. */
export function valueSpan(h: HttpHeader): Span {
	return { offset: h.valueOffset, length: h.valueLength };
}

/** The span of one part of the start line (method, version ...), found in its text. */
export function startLinePart(msg: HttpMessage, text: string): Span {
	const at = msg.startLine.text.indexOf(text);
	return at < 0 || text === ''
		? msg.startLine
		: { offset: msg.startLine.offset + at, length: text.length };
}

/** RFC 6455 §4.1 item 2: HTTP/1.1 or later; an unreadable version is the start line's problem. */
export const httpVersionRule: Rule = {
	rule: 'http_version',
	rfc: 'RFC 6455 §4.1 item 2',
	headers: [],
	startLine: true,
	check(c) {
		const m = /^HTTP\/(\d)\.(\d)$/.exec(c.msg.version);
		if (!m || Number(m[1]) * 10 + Number(m[2]) >= 11) return;
		c.report('handshake_http_version', startLinePart(c.msg, c.msg.version), {
			version: c.msg.version
		});
	}
};

/**
 * RFC 6455 §4.2.1 item 3: a request's Upgrade includes websocket; §4.1 (the client's check 2): a
 * response's Upgrade is websocket, nothing else. Both compared ASCII case-insensitively.
 */
export const upgradeRule: Rule = {
	rule: 'upgrade',
	rfc: 'RFC 6455 §4.1, §4.2.1 item 3',
	headers: ['upgrade'],
	check(c) {
		const headers = headersNamed(c.msg, 'upgrade');
		if (headers.length === 0)
			return c.report('handshake_upgrade_missing', c.missingAt, { side: c.side });
		const items = listOf(c.msg, 'upgrade', c.listLimit);
		const value = quoted(headers.map((h) => h.value));
		const exact = items.length === 1 && hasToken(items, 'websocket');
		const ok = c.side === 'request' ? hasToken(items, 'websocket') : exact;
		const need = c.side === 'request' ? 'token_among' : 'exactly';
		const at = valueSpan(headers[0]!);
		if (!ok) c.report('handshake_upgrade_not_websocket', at, { value, side: c.side, need });
		else if (!exact) c.report('handshake_upgrade_several', at, { count: items.length });
	}
};

/** RFC 6455 §4.1 item 6 and client check 3, §4.2.1 item 4: Connection contains the token Upgrade. */
export const connectionRule: Rule = {
	rule: 'connection',
	rfc: 'RFC 6455 §4.1 item 6, §4.2.1 item 4',
	headers: ['connection'],
	check(c) {
		const headers = headersNamed(c.msg, 'connection');
		if (hasToken(listOf(c.msg, 'connection', c.listLimit), 'upgrade')) return;
		const at = headers[0] ? valueSpan(headers[0]) : c.missingAt;
		// `found` says whether there is a value to show (a PARAM_WORDS id).
		const found = headers.length === 0 ? 'absent' : 'value';
		const value = quoted(headers.map((h) => h.value));
		c.report('handshake_connection_missing_upgrade', at, { found, value });
	}
};

/** RFC 6455 §11.3: the headers that may appear only once, per side. */
const ONCE: readonly { side: HandshakeSide; key: string; name: string; section: string }[] = [
	{ side: 'request', key: 'sec-websocket-key', name: 'Sec-WebSocket-Key', section: '§11.3.1' },
	{
		side: 'request',
		key: 'sec-websocket-version',
		name: 'Sec-WebSocket-Version',
		section: '§11.3.5'
	},
	{
		side: 'response',
		key: 'sec-websocket-accept',
		name: 'Sec-WebSocket-Accept',
		section: '§11.3.3'
	},
	{
		side: 'response',
		key: 'sec-websocket-protocol',
		name: 'Sec-WebSocket-Protocol',
		section: '§11.3.4'
	}
];

/** One row per side: a request may repeat Sec-WebSocket-Protocol (a list), a response may not. */
/**
 * The list headers with no other check of an empty value: Sec-WebSocket-Protocol (a request's is
 * 1#token, a response's one token) and Sec-WebSocket-Extensions (1#extension), RFC 6455 §4.3.
 * Connection and Upgrade without elements already miss their token (RFC 6455 §4.1, §4.2.1).
 */
const NON_EMPTY_LISTS = [
	{ key: 'sec-websocket-protocol', name: 'Sec-WebSocket-Protocol' },
	{ key: 'sec-websocket-extensions', name: 'Sec-WebSocket-Extensions' }
] as const;

/**
 * RFC 9110 §5.6.1: `1#element` needs one non-empty element; empty ones (`a, , b`) are ignored, so
 * only a value of nothing but commas and spaces breaks it.
 */
export const nonEmptyListRule: Rule = {
	rule: 'list_syntax',
	rfc: 'RFC 9110 §5.6.1, RFC 6455 §4.3',
	headers: NON_EMPTY_LISTS.map((l) => l.key),
	check(c) {
		for (const { key, name } of NON_EMPTY_LISTS) {
			for (const h of headersNamed(c.msg, key)) {
				if (listItems(h, 1).length > 0) continue;
				c.report('handshake_list_empty', valueSpan(h), { name, commas: count(h.value, ',') });
			}
		}
	}
};

/** The list headers of a handshake (RFC 6455 §4.1, §11.3; RFC 9110 §7.6.1, §7.8). */
const LIST_HEADERS = [
	{ key: 'connection', name: 'Connection' },
	{ key: 'upgrade', name: 'Upgrade' },
	...NON_EMPTY_LISTS
] as const;

/**
 * A list longer than wsviz reads (MAX_LIST_ELEMENTS): a strict server refuses a header that large
 * with 431 (RFC 6585 §5) or 400 (RFC 6455 §4.2.1), and the elements past the limit are not checked.
 */
export const listLengthRule: Rule = {
	rule: 'list_length',
	rfc: 'RFC 6585 §5, RFC 6455 §4.2.1',
	headers: LIST_HEADERS.map((l) => l.key),
	check(c) {
		for (const { key, name } of LIST_HEADERS) {
			const h = listOverflow(c.msg, key, c.listLimit);
			if (h) c.report('handshake_list_too_long', valueSpan(h), { name, limit: c.listLimit });
		}
	}
};

function count(text: string, char: string): number {
	return text.split(char).length - 1;
}

export function onceRule(side: HandshakeSide): Rule {
	const rows = ONCE.filter((o) => o.side === side);
	return {
		rule: 'once',
		rfc: 'RFC 6455 §11.3',
		headers: rows.map((o) => o.key),
		check(c) {
			for (const row of rows) {
				const headers = headersNamed(c.msg, row.key);
				const second = headers[1];
				if (!second) continue;
				const params = {
					name: row.name,
					count: headers.length,
					side: c.side,
					section: row.section
				};
				c.report('handshake_header_repeated', second, params);
			}
		}
	};
}
