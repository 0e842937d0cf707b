// The opening handshake's problems (RFC 6455 §4, RFC 9112, RFC 7692 §7), as rows of the engine's one
// catalog (diagnostics.ts): the HTTP syntax, the request's headers, then the response's.
import type { DiagnosticSpec } from '../types.ts';

export const HANDSHAKE_DIAGNOSTICS = {
	handshake_not_http: {
		severity: 'error',
		rfc: 'RFC 9112 §2.1',
		text: 'this text does not start with an HTTP {start_line}'
	},
	handshake_start_line_invalid: {
		severity: 'error',
		rfc: 'RFC 9112 §3, §4',
		text: 'the {start_line} cannot be read: {problem}'
	},
	handshake_bare_lf: {
		severity: 'warning',
		rfc: 'RFC 9112 §2.2',
		text: 'lines end with a bare LF; HTTP lines end with CRLF (a recipient may accept LF, many do not)'
	},
	handshake_obs_fold: {
		severity: 'error',
		rfc: 'RFC 9112 §5.2',
		text: 'this line continues the header above (obsolete line folding): a strict server answers 400'
	},
	handshake_obs_fold_unfolded: {
		severity: 'warning',
		rfc: 'RFC 9112 §5.2',
		text: 'this line continues the header above (obsolete line folding): a client reads it as a space'
	},
	handshake_header_malformed: {
		severity: 'error',
		rfc: 'RFC 9112 §5.1',
		text: 'this header line is malformed: {problem}'
	},
	handshake_head_incomplete: {
		severity: 'warning',
		rfc: 'RFC 9112 §2.1',
		text: 'the headers do not end with an empty line: a peer would still be waiting for the rest'
	},
	handshake_method_not_get: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'the method is {method}: an opening handshake is a GET request'
	},
	handshake_http_version: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.2',
		text: '{version}: the handshake needs HTTP/1.1 or later (Upgrade is an HTTP/1.1 mechanism)'
	},
	handshake_target_invalid: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §3',
		text: 'the request target {target} is neither a path starting with / nor an absolute http(s) URI, or it has a fragment (#)'
	},
	handshake_host_missing: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'there is no Host header: it names the server (and port) the client wants to reach'
	},
	handshake_host_repeated: {
		severity: 'error',
		rfc: 'RFC 9112 §3.2',
		text: 'Host appears {count} times: a server answers 400 to more than one Host'
	},
	handshake_upgrade_missing: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'there is no Upgrade header: without Upgrade: websocket this is a plain HTTP {side}'
	},
	handshake_upgrade_not_websocket: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'Upgrade is {value}, but a {side} needs {need}'
	},
	handshake_upgrade_several: {
		severity: 'info',
		rfc: 'RFC 9110 §7.8',
		text: 'Upgrade lists {count} protocols; websocket is among them, which is what the RFC asks'
	},
	handshake_connection_missing_upgrade: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'Connection must contain the token Upgrade (case-insensitive); here it is {found}'
	},
	handshake_key_missing: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'there is no Sec-WebSocket-Key: the server has nothing to prove it read the request with'
	},
	handshake_key_invalid: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §11.3.1',
		text: 'Sec-WebSocket-Key must be the base64 of exactly 16 bytes (24 characters ending in ==): {problem}'
	},
	handshake_list_empty: {
		severity: 'error',
		rfc: 'RFC 9110 §5.6.1, RFC 6455 §4.3',
		text: '{name} is a list of at least one element, but its value holds none ({commas} commas)'
	},
	handshake_list_too_long: {
		severity: 'error',
		rfc: 'RFC 6585 §5, RFC 6455 §4.2.1',
		text: '{name} lists more than {limit} elements, more than wsviz reads (it checks the first {limit}): a strict server refuses a header this large (431 Request Header Fields Too Large), a strict client fails the connection'
	},
	handshake_header_repeated: {
		severity: 'error',
		rfc: 'RFC 6455 §11.3',
		text: '{name} appears {count} times, but may appear only once in a {side} ({section})'
	},
	handshake_version_missing: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.1',
		text: 'there is no Sec-WebSocket-Version: a client must send 13'
	},
	handshake_version_unsupported: {
		severity: 'error',
		rfc: 'RFC 6455 §4.2.2, §4.4',
		text: 'Sec-WebSocket-Version is {version}, not 13: the server answers 426 Upgrade Required with Sec-WebSocket-Version: 13'
	},
	handshake_subprotocol_invalid: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §11.3.4',
		text: 'the subprotocol {name} is not a token (printable ASCII without separators such as spaces)'
	},
	handshake_subprotocol_duplicate: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1',
		text: 'the subprotocol {name} is offered twice: the offered names must be unique'
	},
	handshake_origin_missing: {
		severity: 'info',
		rfc: 'RFC 6455 §4.1, §10.2',
		text: 'no Origin: browsers always send the origin of the page that opened the socket, and servers check it because the browser also sends that site’s cookies; other clients may leave it out'
	},
	handshake_extension_offer_declined: {
		severity: 'info',
		rfc: 'RFC 7692 §5',
		text: 'a server declines this permessage-deflate offer ({problem}) and answers without it'
	},
	handshake_extension_unknown: {
		severity: 'info',
		rfc: 'RFC 6455 §9.1',
		text: '{name} is an extension wsviz does not know; a server that does not support it leaves it out of its answer'
	},
	handshake_data_before_response: {
		severity: 'warning',
		rfc: 'RFC 6455 §4.1',
		text: '{length} bytes follow the request: a client must wait for the server’s response before sending data'
	},
	handshake_status_not_101: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1',
		text: 'the status is {status}, not 101 Switching Protocols: the connection is not upgraded'
	},
	handshake_status_redirect: {
		severity: 'info',
		rfc: 'RFC 6455 §4.1',
		text: 'a client may follow this redirect to {location} with a new handshake'
	},
	handshake_accept_missing: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.2',
		text: 'there is no Sec-WebSocket-Accept: the client cannot tell that the server read its key'
	},
	handshake_accept_mismatch: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §4.2.2',
		text: 'Sec-WebSocket-Accept is {received}, but base64(SHA-1(key + GUID)) is {expected}'
	},
	handshake_accept_mistake: {
		severity: 'info',
		rfc: 'RFC 6455 §1.3',
		text: '{received} is what you get when {mistake}'
	},
	handshake_accept_unchecked: {
		severity: 'info',
		rfc: 'RFC 6455 §4.1',
		text: 'without the request (and its key) the accept value, subprotocol and extensions cannot be checked'
	},
	handshake_subprotocol_not_offered: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1',
		text: 'the server chose the subprotocol {name}, which the client did not offer (offered: {offered})'
	},
	handshake_subprotocol_multiple: {
		severity: 'error',
		rfc: 'RFC 6455 §4.2.2, §11.3.4',
		text: 'the server must choose one subprotocol, but it answered {value}'
	},
	handshake_subprotocol_none_chosen: {
		severity: 'info',
		rfc: 'RFC 6455 §4.2.2',
		text: 'the client offered {offered} and the server chose none: allowed, the connection has no subprotocol'
	},
	handshake_extension_not_offered: {
		severity: 'error',
		rfc: 'RFC 6455 §4.1, §9.1',
		text: 'the server answered with the extension {name}, which the client did not offer'
	},
	handshake_extension_rsv_conflict: {
		severity: 'error',
		rfc: 'RFC 7692 §5, RFC 6455 §9.1',
		text: 'the server accepted {name} after {other}, and both give RSV{bit} a meaning: the client must fail the connection'
	},
	handshake_extension_param_unknown: {
		severity: 'error',
		rfc: 'RFC 7692 §7',
		text: 'the server’s permessage-deflate has a parameter RFC 7692 does not define: {param}'
	},
	handshake_extension_param_duplicate: {
		severity: 'error',
		rfc: 'RFC 7692 §7',
		text: 'the server’s permessage-deflate repeats {param}'
	},
	handshake_extension_param_invalid: {
		severity: 'error',
		rfc: 'RFC 7692 §7.1.2',
		text: 'the server’s permessage-deflate gives {param} a value it may not have (window bits are 8 to 15)'
	},
	handshake_extension_client_window_not_offered: {
		severity: 'error',
		rfc: 'RFC 7692 §7.1.2.2',
		text: 'the server sets client_max_window_bits, but the client did not offer it'
	},
	handshake_extension_server_window_too_large: {
		severity: 'error',
		rfc: 'RFC 7692 §7.1.2.1',
		text: 'the server’s window is larger than the server_max_window_bits the client asked for'
	},
	handshake_extension_client_window_too_large: {
		severity: 'error',
		rfc: 'RFC 7692 §7.1.2.2',
		text: 'the server asks for a client window larger than the client offered'
	},
	handshake_extension_takeover_dropped: {
		severity: 'error',
		rfc: 'RFC 7692 §7.1.1.1',
		text: 'the client asked for server_no_context_takeover and the server’s answer leaves it out'
	},
	handshake_server_lenient: {
		severity: 'info',
		rfc: 'RFC 6455 §4.2.1',
		text: 'a strict server answers {status} to this request, yet this server answered 101'
	},
	handshake_peer_note: {
		severity: 'info',
		rfc: 'RFC 6455 §4',
		text: 'in practice, {note}'
	}
} as const satisfies Record<string, DiagnosticSpec>;
