// The server's opening handshake as a client reads it (RFC 6455 §4.1, the client's checks 1-6, and
// §4.2.2), one row per rule. A client that finds any error fails the connection.
import type { ExtensionItem } from '../extensions/header.ts';
import { checkDeflateResponse, type ResponseProblem } from '../extensions/negotiate.ts';
import { PERMESSAGE_DEFLATE } from '../extensions/permessage-deflate.ts';
import { rsvBitOf } from '../extensions/rsv.ts';
import type { AcceptSteps } from './accept.ts';
import { headersNamed, listOf } from './lists.ts';
import type { AcceptMistake } from './mistakes.ts';
import type { HandshakeCode } from './report.ts';
import {
	connectionRule,
	extensionsOf,
	httpVersionRule,
	listLengthRule,
	nonEmptyListRule,
	onceRule,
	quoted,
	startLinePart,
	upgradeRule,
	valueSpan,
	type CheckContext,
	type Rule
} from './rules.ts';
import type { HttpMessage } from './types.ts';

/** The accept steps for the request's key, and how the response's value compares. */
export interface AcceptCheck extends AcceptSteps {
	/** The response's Sec-WebSocket-Accept; null without a response or without the header. */
	received: string | null;
	matches: boolean | null;
	mistakes: AcceptMistake[];
}

export interface ResponseContext extends CheckContext {
	request?: HttpMessage;
	accept?: AcceptCheck;
}

/** Each problem checkDeflateResponse finds, as its catalog code. */
const DEFLATE_PROBLEM_CODE: Record<ResponseProblem['kind'], HandshakeCode> = {
	unknown_param: 'handshake_extension_param_unknown',
	duplicate_param: 'handshake_extension_param_duplicate',
	invalid_value: 'handshake_extension_param_invalid',
	not_offered: 'handshake_extension_not_offered',
	client_window_not_offered: 'handshake_extension_client_window_not_offered',
	server_window_too_large: 'handshake_extension_server_window_too_large',
	client_window_too_large: 'handshake_extension_client_window_too_large',
	server_no_context_takeover_dropped: 'handshake_extension_takeover_dropped'
};

/** RFC 6455 §4.1 client check 1: anything but 101 means no WebSocket (other rules then do not apply). */
export const statusRule: Rule<ResponseContext> = {
	rule: 'status',
	rfc: 'RFC 6455 §4.1',
	headers: ['location'],
	startLine: true,
	check(c) {
		const { status } = c.msg;
		if (status === 101) return;
		const shown = status === undefined || Number.isNaN(status) ? 'unreadable' : String(status);
		c.report('handshake_status_not_101', startLinePart(c.msg, shown), { status: shown });
		const location = headersNamed(c.msg, 'location')[0];
		if (status !== undefined && status >= 300 && status < 400 && location) {
			c.report('handshake_status_redirect', valueSpan(location), { location: location.value });
		}
	}
};

export const RESPONSE_RULES: readonly Rule<ResponseContext>[] = [
	statusRule,
	httpVersionRule,
	listLengthRule,
	upgradeRule,
	connectionRule,
	{
		rule: 'accept',
		rfc: 'RFC 6455 §4.1 client check 4',
		headers: ['sec-websocket-accept'],
		check: checkAccept
	},
	onceRule('response'),
	nonEmptyListRule,
	{
		rule: 'subprotocol',
		rfc: 'RFC 6455 §4.1 client check 6',
		headers: ['sec-websocket-protocol'],
		check: checkChosenProtocol
	},
	{
		rule: 'extensions',
		rfc: 'RFC 6455 §4.1 client check 5',
		headers: ['sec-websocket-extensions'],
		check: checkAcceptedExtensions
	}
];

/** RFC 6455 §4.1 client check 4: base64(SHA-1(key + GUID)), compared exactly. */
function checkAccept(c: ResponseContext): void {
	if (!c.request) return;
	const header = headersNamed(c.msg, 'sec-websocket-accept')[0];
	if (!header) return c.report('handshake_accept_missing', c.missingAt);
	const accept = c.accept;
	if (!accept || accept.matches) return;
	const at = valueSpan(header);
	c.report('handshake_accept_mismatch', at, { received: header.value, expected: accept.base64 });
	for (const m of accept.mistakes) {
		c.report('handshake_accept_mistake', at, {
			...m.params,
			received: header.value,
			mistake: m.id
		});
	}
}

/** RFC 6455 §4.1 client check 6, §4.2.2 item 5.4: none, or exactly one of the offered names. */
function checkChosenProtocol(c: ResponseContext): void {
	if (!c.request) return;
	const offered = listOf(c.request, 'sec-websocket-protocol', c.listLimit).map((i) => i.text);
	const headers = headersNamed(c.msg, 'sec-websocket-protocol');
	const first = headers[0];
	if (!first) {
		if (offered.length > 0)
			c.report('handshake_subprotocol_none_chosen', c.missingAt, { offered: quoted(offered) });
		return;
	}
	const items = listOf(c.msg, 'sec-websocket-protocol', c.listLimit);
	const value = quoted(headers.map((h) => h.value));
	if (items.length > 1)
		return c.report('handshake_subprotocol_multiple', valueSpan(first), { value });
	// No element at all is the list rule's finding (handshake_list_empty).
	const name = items[0]?.text;
	if (name === undefined || offered.includes(name)) return;
	const params = { name: JSON.stringify(name), offered: quoted(offered) || 'none' };
	c.report('handshake_subprotocol_not_offered', valueSpan(first), params);
}

/** RFC 6455 §4.1 client check 5, §9.1; RFC 7692 §5, §7.1: only what was offered, as offered. */
function checkAcceptedExtensions(c: ResponseContext): void {
	if (!c.request) return;
	const offers = extensionsOf(c.request, c.listLimit).map((o) => o.item);
	// RFC 7692 §5: two accepted extensions giving one RSV bit a meaning (the same one twice, say)
	// conflict, and the client fails the connection; RFC 6455 §9.1 lets only what was offered through.
	const bitOwners = new Map<number, string>();
	for (const { header: h, item } of extensionsOf(c.msg, c.listLimit)) {
		const at = { offset: h.valueOffset + item.offset, length: item.length };
		const bit = rsvBitOf(item.name);
		const other = bit && bitOwners.get(bit);
		if (bit && !other) bitOwners.set(bit, item.name);
		if (bit && other) {
			c.report('handshake_extension_rsv_conflict', at, { name: item.name, other, bit });
		} else if (!offers.some((o) => o.name === item.name)) {
			c.report('handshake_extension_not_offered', at, { name: item.name });
		} else if (item.name === PERMESSAGE_DEFLATE) {
			for (const p of checkDeflateResponse(offers, item)) {
				const param = paramSpan(item, p.param, h.valueOffset) ?? at;
				c.report(DEFLATE_PROBLEM_CODE[p.kind], param, {
					param: p.param ?? item.name,
					name: item.name
				});
			}
		}
	}
}

function paramSpan(item: ExtensionItem, name: string | undefined, base: number) {
	const p = item.params.find((x) => x.name === name);
	return p && { offset: base + p.offset, length: p.length };
}
