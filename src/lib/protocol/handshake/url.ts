// ws:// and wss:// URLs (RFC 6455 §3): what the handshake takes from them (Host, the request
// target) and what makes one unusable.
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

export type UrlReading = { ok: true; url: WsUrl } | { ok: false; problems: string[] };

const DEFAULT_PORT = { 'ws:': 80, 'wss:': 443 } as const;

export function parseWsUrl(text: string): UrlReading {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		return {
			ok: false,
			problems: [`${JSON.stringify(text)} is not an absolute URL such as ws://example.com/chat`]
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

function urlProblems(text: string, url: URL): string[] {
	const problems: string[] = [];
	if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
		// RFC 6455 §3: ws-URI and wss-URI are the only schemes.
		const scheme = url.protocol.slice(0, -1);
		problems.push(
			`the scheme is ${scheme}; a WebSocket URL starts with ws:// or wss:// (RFC 6455 §3)`
		);
	}
	// RFC 6455 §3: "Fragment identifiers are meaningless ... and MUST NOT be used on these URIs".
	if (text.includes('#'))
		problems.push('a WebSocket URL cannot have a fragment (#...) (RFC 6455 §3)');
	if (url.hostname === '') problems.push('the URL has no host');
	return problems;
}
