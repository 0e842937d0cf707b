// The client's opening handshake as a server reads it (RFC 6455 §4.1, §4.2.1), one row per rule, and
// the status a strict server answers to each error.
import { PERMESSAGE_DEFLATE, readDeflateParams } from '../extensions/permessage-deflate.ts';
import { keyCheck } from './accept.ts';
import { problemParams } from './problems.ts';
import { isToken } from './http.ts';
import { headersNamed, listOf } from './lists.ts';
import type { HandshakeCode } from './report.ts';
import {
	connectionRule,
	extensionsOf,
	httpVersionRule,
	listLengthRule,
	nonEmptyListRule,
	onceRule,
	startLinePart,
	upgradeRule,
	valueSpan,
	type CheckContext,
	type Rule
} from './rules.ts';

/** RFC 6455 §4.2.1: "an appropriate error code (such as 400 Bad Request)", and these exceptions. */
export const REQUEST_ERROR_STATUS: Partial<Record<HandshakeCode, number>> = {
	// RFC 9110 §15.5.6: the resource exists, but not for this method.
	handshake_method_not_get: 405,
	// RFC 6455 §4.4: a version the server does not speak.
	handshake_version_unsupported: 426,
	// RFC 6585 §5: a header field too large to process.
	handshake_list_too_long: 431
};

export const REQUEST_RULES: readonly Rule[] = [
	// A server refuses an oversized header while reading it, before any other check (RFC 6585 §5).
	listLengthRule,
	{
		rule: 'method',
		rfc: 'RFC 6455 §4.1 item 2',
		headers: [],
		startLine: true,
		check(c) {
			const method = c.msg.method ?? '';
			if (method !== 'GET')
				c.report('handshake_method_not_get', startLinePart(c.msg, method), { method });
		}
	},
	httpVersionRule,
	{
		// RFC 6455 §4.1 item 3 and §3: a path (or an absolute http/https URI), never a fragment.
		rule: 'target',
		rfc: 'RFC 6455 §4.1 item 3',
		headers: [],
		startLine: true,
		check(c) {
			const target = c.msg.target ?? '';
			if (/^(\/|https?:\/\/[^/?#\s]+)[^#\s]*$/i.test(target)) return;
			c.report('handshake_target_invalid', startLinePart(c.msg, target), {
				target: JSON.stringify(target)
			});
		}
	},
	{
		// RFC 6455 §4.1 item 4, §4.2.1 item 2; RFC 9112 §3.2: exactly one Host.
		rule: 'host',
		rfc: 'RFC 6455 §4.1 item 4',
		headers: ['host'],
		check(c) {
			const hosts = headersNamed(c.msg, 'host');
			if (hosts.length === 0) c.report('handshake_host_missing', c.missingAt);
			if (hosts[1]) c.report('handshake_host_repeated', hosts[1], { count: hosts.length });
		}
	},
	upgradeRule,
	connectionRule,
	{
		// RFC 6455 §4.1 item 7, §4.2.1 item 5: base64 of 16 random bytes.
		rule: 'key',
		rfc: 'RFC 6455 §4.1 item 7',
		headers: ['sec-websocket-key'],
		check(c) {
			const key = headersNamed(c.msg, 'sec-websocket-key')[0];
			if (!key) return c.report('handshake_key_missing', c.missingAt);
			const problem = keyCheck(key.value);
			if (problem) c.report('handshake_key_invalid', valueSpan(key), problemParams(problem));
		}
	},
	{
		// RFC 6455 §4.1 item 9, §4.2.1 item 6, §4.4: version 13, or 426 with the versions spoken.
		rule: 'version',
		rfc: 'RFC 6455 §4.1 item 9',
		headers: ['sec-websocket-version'],
		check(c) {
			const version = headersNamed(c.msg, 'sec-websocket-version')[0];
			if (!version) return c.report('handshake_version_missing', c.missingAt);
			if (version.value !== '13') {
				c.report('handshake_version_unsupported', valueSpan(version), {
					version: JSON.stringify(version.value)
				});
			}
		}
	},
	onceRule('request'),
	nonEmptyListRule,
	{
		rule: 'subprotocols',
		rfc: 'RFC 6455 §4.1 item 10',
		headers: ['sec-websocket-protocol'],
		check: checkOfferedProtocols
	},
	{
		rule: 'extensions',
		rfc: 'RFC 6455 §9.1, RFC 7692 §5',
		headers: ['sec-websocket-extensions'],
		check: checkOfferedExtensions
	},
	{
		// RFC 6455 §4.1 item 8, §10.2: browsers send it; servers use it against cross-site pages.
		rule: 'origin',
		rfc: 'RFC 6455 §4.1 item 8',
		headers: ['origin'],
		check(c) {
			if (headersNamed(c.msg, 'origin').length === 0)
				c.report('handshake_origin_missing', c.missingAt);
		}
	}
];

/** RFC 6455 §4.1 item 10: tokens, each offered once. */
function checkOfferedProtocols(c: CheckContext): void {
	const seen = new Set<string>();
	for (const item of listOf(c.msg, 'sec-websocket-protocol', c.listLimit)) {
		const name = JSON.stringify(item.text);
		if (!isToken(item.text)) c.report('handshake_subprotocol_invalid', item, { name });
		else if (seen.has(item.text)) c.report('handshake_subprotocol_duplicate', item, { name });
		seen.add(item.text);
	}
}

/** RFC 7692 §5: an offer with an unknown or invalid parameter is declined, not an error. */
function checkOfferedExtensions(c: CheckContext): void {
	for (const { header: h, item } of extensionsOf(c.msg, c.listLimit)) {
		const at = { offset: h.valueOffset + item.offset, length: item.length };
		if (item.name !== PERMESSAGE_DEFLATE) {
			c.report('handshake_extension_unknown', at, { name: item.name });
			continue;
		}
		const { problems } = readDeflateParams(item, 'offer');
		const first = problems[0];
		if (!first) continue;
		const param = { offset: h.valueOffset + first.param.offset, length: first.param.length };
		c.report('handshake_extension_offer_declined', param, {
			problem: first.kind,
			param: first.param.name
		});
	}
}
