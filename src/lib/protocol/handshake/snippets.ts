// The same handshake as the tools people use: a curl command, browser JavaScript, and the nginx
// location block a reverse proxy needs to pass the upgrade on.
import type { WsUrl } from './url.ts';

/** Single-quoted for POSIX shells: a ' inside becomes '\''. */
function shellQuote(text: string): string {
	return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A single-quoted JavaScript string literal. */
function jsString(text: string): string {
	const body = text
		.replace(/[\\']/g, '\\$&')
		.replace(
			/[\p{Cc}\u2028\u2029]/gu,
			(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
		);
	return `'${body}'`;
}

/**
 * curl writes the handshake by hand here: the URL is http(s) so curl does not run its own WebSocket
 * client, --http1.1 because Upgrade does not exist in HTTP/2, -i to show the 101's headers, -N so
 * frames appear as they arrive. curl sets Host from the URL.
 */
export function curlSnippet(url: WsUrl, headers: readonly [string, string][]): string {
	const lines = [
		'# Prints the 101 response, then the raw frames the server sends. Ctrl-C to stop.',
		'curl --http1.1 -i -N \\',
		...headers
			.filter(([name]) => name !== 'Host')
			.map(([n, v]) => `  -H ${shellQuote(`${n}: ${v}`)} \\`),
		`  ${shellQuote(url.httpUrl)}`
	];
	return `${lines.join('\n')}\n`;
}

/** The browser API: the handshake is the browser's, the page only picks the URL and subprotocols. */
export function browserSnippet(url: WsUrl, protocols: readonly string[]): string {
	const list = protocols.map(jsString);
	const second =
		list.length === 0 ? '' : list.length === 1 ? `, ${list[0]}` : `, [${list.join(', ')}]`;
	return `// The browser writes the handshake: Host, Origin, cookies, the key, the version and the
// permessage-deflate offer cannot be set from JavaScript.
const socket = new WebSocket(${jsString(url.href)}${second});

socket.onopen = () => {
	// The server answered 101 and its Sec-WebSocket-Accept matched the key.
	console.log('open', { protocol: socket.protocol, extensions: socket.extensions });
	socket.send('Hello');
};
socket.onmessage = (event) => console.log('message', event.data);
// An error event says nothing about why (on purpose); the close event that follows has the code.
socket.onerror = () => console.log('error');
socket.onclose = (event) => console.log('close', event.code, event.reason, event.wasClean);
`;
}

/** Characters nginx reads inside a bare word: anything else (`;`, `{`, quotes, spaces) ends it. */
const NGINX_BARE = /^\/[\w/.~%!$&()*+,=:@-]*$/;

/**
 * The path as an nginx `location` prefix. nginx matches locations against the URI with %XX decoded
 * (ngx_http_parse_complex_uri), so the prefix is the decoded path; one that is not a bare word is
 * double-quoted, with `\` and `"` escaped (ngx_conf_read_token). Escapes that decode to control
 * characters or invalid UTF-8 stay as they are.
 */
export function nginxLocation(path: string): string {
	let decoded = path;
	try {
		const attempt = decodeURIComponent(path);
		if (!/\p{Cc}/u.test(attempt)) decoded = attempt;
	} catch {
		// not UTF-8 once decoded: the escapes stay
	}
	return NGINX_BARE.test(decoded) ? decoded : `"${decoded.replace(/[\\"]/g, '\\$&')}"`;
}

/** RFC 9110 §7.6.1: Upgrade and Connection are hop-by-hop, so the proxy must set them itself. */
export function nginxSnippet(url: WsUrl): string {
	const tls = url.secure
		? '\t# wss:// ends TLS here (listen 443 ssl): the hop to the application is plain http.\n'
		: '';
	return `# ${url.href}: nginx passes the upgrade on to the WebSocket server behind it.
location ${nginxLocation(url.path)} {
${tls}	proxy_pass http://127.0.0.1:8080;  # the WebSocket server
	# Upgrade exists in HTTP/1.1 only; nginx talks HTTP/1.0 to upstreams by default.
	proxy_http_version 1.1;
	# Upgrade and Connection are hop-by-hop headers (RFC 9110 §7.6.1): a proxy drops them
	# unless it sets them again for the next hop.
	proxy_set_header Upgrade $http_upgrade;
	proxy_set_header Connection "upgrade";
	proxy_set_header Host $host;
	# nginx closes a connection idle for proxy_read_timeout (60 s by default): raise it, or ping.
	proxy_read_timeout 3600s;
}
`;
}
