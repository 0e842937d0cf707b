// ws:// and wss:// URLs (RFC 6455 §3): what the handshake takes from them (Host, the request
// target) and what makes one unusable.
import type { Coded } from '../text.ts';
import { buildProblem, type BuildProblemCode } from './build-problems.ts';

export interface WsUrl {
	href: string;
	secure: boolean;
	/** Host name as the URL parser normalised it (lowercase; IPv6 in brackets). */
	hostname: string;
	/** RFC 6455 §3: 80 for ws, 443 for wss when the URL gives none. */
	port: number;
	defaultPort: boolean;
	/** RFC 6455 §4.1 item 4: host, plus ":port" when the port is not the default. */
	hostHeader: string;
	/** RFC 6455 §3: the resource name, path and query: what follows GET. */
	target: string;
	path: string;
	/** The same resource over http(s), for tools such as curl that write the handshake by hand. */
	httpUrl: string;
}

export type UrlReading =
	{ ok: true; url: WsUrl } | { ok: false; problems: Coded<BuildProblemCode>[] };

const DEFAULT_PORT = { 'ws:': 80, 'wss:': 443 } as const;

export function parseWsUrl(text: string): UrlReading {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return {
			ok: false,
			problems: [buildProblem('url_not_absolute', { token: JSON.stringify(text) })]
		};
	}
	const problems = urlProblems(text, url);
	if (problems.length > 0) return { ok: false, problems };
	const secure = url.protocol === 'wss:';
	const defaultPort = url.port === '';
	const target = `${url.pathname || '/'}${url.search}`;
	return {
		ok: true,
		url: {
			href: url.href,
			secure,
			hostname: url.hostname,
			port: defaultPort ? DEFAULT_PORT[secure ? 'wss:' : 'ws:'] : Number(url.port),
			defaultPort,
			hostHeader: url.host,
			target,
			path: url.pathname || '/',
			httpUrl: `${secure ? 'https' : 'http'}://${url.host}${target}`
		}
	};
}

function urlProblems(text: string, url: URL): Coded<BuildProblemCode>[] {
	const problems: Coded<BuildProblemCode>[] = [];
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
		// RFC 6455 §3: ws-URI and wss-URI are the only schemes.
		problems.push(buildProblem('url_scheme', { scheme: url.protocol.slice(0, -1) }));
	}
	// RFC 6455 §3: "Fragment identifiers are meaningless ... and MUST NOT be used on these URIs".
	if (text.includes('#')) problems.push(buildProblem('url_fragment'));
	if (url.hostname === '') problems.push(buildProblem('url_no_host'));
	return problems;
}
