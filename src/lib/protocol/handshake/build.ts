// buildHandshake: from a ws:// URL and the choices a client makes, a valid opening handshake, the
// 101 response a server would answer for that key, and the same handshake as curl, browser
// JavaScript and the nginx settings a reverse proxy needs.
import { answerDeflateOffers, type OfferAnswer } from '../extensions/negotiate.ts';
import type { Coded } from '../text.ts';
import { computeAccept, keyCheck, randomKey, type AcceptSteps } from './accept.ts';
import { buildProblem, buildProblemEnglish, type BuildProblemCode } from './build-problems.ts';
import { problemParams } from './problems.ts';
import { isToken } from './http.ts';
import { browserSnippet, curlSnippet, nginxSnippet } from './snippets.ts';
import { parseWsUrl, type WsUrl } from './url.ts';

export interface BuildOptions {
	url: string;
	/** Subprotocols, most preferred first (Sec-WebSocket-Protocol). */
	protocols?: readonly string[];
	/** A Sec-WebSocket-Extensions offer, e.g. "permessage-deflate; client_max_window_bits". */
	extensions?: string;
	origin?: string;
	/** A Cookie header value: "a=1; b=2". */
	cookies?: string;
	/** A Sec-WebSocket-Key; a random one when absent. */
	key?: string;
}

/** What is wrong with one field of the form: a code of BUILD_PROBLEMS, and its English. */
export interface BuildProblem extends Coded<BuildProblemCode> {
	field: keyof BuildOptions;
	message: string;
}

export interface BuiltHandshake {
	ok: true;
	url: WsUrl;
	key: string;
	accept: AcceptSteps;
	request: string;
	/** The server's 101 for this key: first subprotocol, extension offer answered. */
	response: string;
	/** How a server answers the permessage-deflate offer, if there is one. */
	extensionAnswer?: OfferAnswer;
	curl: string;
	browserJs: string;
	nginx: string;
}

export type BuildResult = BuiltHandshake | { ok: false; problems: BuildProblem[] };

interface OptionRule {
	field: keyof BuildOptions;
	problem(o: BuildOptions): Coded<BuildProblemCode> | undefined;
}

const BREAK = /[\r\n\0]/;

/** Option rules, as a table: each returns a problem, or undefined. */
const OPTION_RULES: readonly OptionRule[] = [
	{
		// RFC 6455 §4.1 item 10: tokens, unique.
		field: 'protocols',
		problem: (o) => {
			const list = o.protocols ?? [];
			const bad = list.find((p) => !isToken(p));
			if (bad !== undefined)
				return buildProblem('subprotocol_not_token', { token: JSON.stringify(bad) });
			const twice = list.find((p, i) => list.indexOf(p) !== i);
			return twice === undefined
				? undefined
				: buildProblem('subprotocol_twice', { token: JSON.stringify(twice) });
		}
	},
	{
		// RFC 6455 §4.1 item 7.
		field: 'key',
		problem: (o) => {
			const problem = o.key === undefined ? undefined : keyCheck(o.key);
			return problem && buildProblem('key_invalid', problemParams(problem));
		}
	},
	...(['extensions', 'origin', 'cookies'] as const).map((field): OptionRule => ({
		// RFC 9110 §5.5: a line break would end the header and start another.
		field,
		problem: (o) => (BREAK.test(o[field] ?? '') ? buildProblem('line_break') : undefined)
	}))
];

export function buildHandshake(options: BuildOptions): BuildResult {
	const url = parseWsUrl(options.url);
	const found: Omit<BuildProblem, 'message'>[] = url.ok
		? []
		: url.problems.map((p) => ({ field: 'url', ...p }));
	for (const rule of OPTION_RULES) {
		const problem = rule.problem(options);
		if (problem) found.push({ field: rule.field, ...problem });
	}
	const problems = found.map((p): BuildProblem => ({ ...p, message: buildProblemEnglish(p) }));
	if (!url.ok || problems.length > 0) return { ok: false, problems };
	const key = options.key ?? randomKey();
	const accept = computeAccept(key);
	const offer = options.extensions?.trim() || undefined;
	const answer = offer === undefined ? undefined : answerDeflateOffers(offer);
	const requestHeaders = requestHeadersOf(url.url, key, options, offer);
	const built: BuiltHandshake = {
		ok: true,
		url: url.url,
		key,
		accept,
		request: httpText(`GET ${url.url.target} HTTP/1.1`, requestHeaders),
		response: httpText(
			'HTTP/1.1 101 Switching Protocols',
			responseHeadersOf(accept, options, answer)
		),
		curl: curlSnippet(url.url, requestHeaders),
		browserJs: browserSnippet(url.url, options.protocols ?? []),
		nginx: nginxSnippet(url.url)
	};
	if (answer) built.extensionAnswer = answer;
	return built;
}

type Header = [name: string, value: string];

/** RFC 6455 §4.1 items 1-12, in the order browsers send them. */
function requestHeadersOf(
	url: WsUrl,
	key: string,
	o: BuildOptions,
	offer: string | undefined
): Header[] {
	const headers: Header[] = [
		['Host', url.hostHeader],
		['Upgrade', 'websocket'],
		['Connection', 'Upgrade'],
		['Sec-WebSocket-Key', key],
		['Sec-WebSocket-Version', '13']
	];
	if (o.origin) headers.push(['Origin', o.origin]);
	if (o.protocols && o.protocols.length > 0)
		headers.push(['Sec-WebSocket-Protocol', o.protocols.join(', ')]);
	if (offer) headers.push(['Sec-WebSocket-Extensions', offer]);
	if (o.cookies) headers.push(['Cookie', o.cookies]);
	return headers;
}

/** RFC 6455 §4.2.2 item 5: 101, Upgrade, Connection, the accept value, what was chosen. */
function responseHeadersOf(
	accept: AcceptSteps,
	o: BuildOptions,
	answer: OfferAnswer | undefined
): Header[] {
	const headers: Header[] = [
		['Upgrade', 'websocket'],
		['Connection', 'Upgrade'],
		['Sec-WebSocket-Accept', accept.base64]
	];
	const chosen = o.protocols?.[0];
	if (chosen !== undefined) headers.push(['Sec-WebSocket-Protocol', chosen]);
	if (answer?.accepted) headers.push(['Sec-WebSocket-Extensions', answer.header]);
	return headers;
}

function httpText(startLine: string, headers: readonly Header[]): string {
	return [startLine, ...headers.map(([n, v]) => `${n}: ${v}`), '', ''].join('\r\n');
}
