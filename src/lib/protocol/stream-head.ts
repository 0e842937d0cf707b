// A pasted stream that starts with the HTTP upgrade (Wireshark's "Follow TCP Stream" copies the
// request or the 101 before the frames): the head is read as HTTP, not as frames ("HT" would be a
// close frame with RSV1), and the frames start after it. A 101's Sec-WebSocket-Extensions and
// Sec-WebSocket-Protocol are what was negotiated (RFC 6455 §4.2.2, §9.1), so the frames after it are
// decoded with them; a request's are only offered.
import { looksLikeRequest, looksLikeResponse, startText } from './capture/roles.ts';
import { parseHttpMessage } from './handshake/http.ts';
import { headersNamed } from './handshake/lists.ts';

export interface StreamHead {
	kind: 'request' | 'response';
	/** The head's bytes (start line, headers, the empty line): the frames start after them. */
	length: number;
	/** The head as text (latin1, byte for byte), for the handshake checker. */
	text: string;
	/** A 101 response: the negotiated extensions and subprotocol ('' when none). */
	extensions: string;
	protocol: string;
}

const latin1 = new TextDecoder('latin1');

/** The HTTP head at the start of `bytes`, when they start with one that ends (else null). */
export function readStreamHead(bytes: Uint8Array): StreamHead | null {
	const start = startText(bytes);
	if (!looksLikeRequest(start) && !looksLikeResponse(start)) return null;
	const message = parseHttpMessage(bytes);
	if (!message?.complete) return null;
	const length = message.offset + message.length;
	const value = (key: string) =>
		headersNamed(message, key)
			.map((h) => h.value)
			.join(', ');
	const negotiated = message.kind === 'response' && message.status === 101;
	return {
		kind: message.kind,
		length,
		text: latin1.decode(bytes.subarray(0, length)),
		extensions: negotiated ? value('sec-websocket-extensions') : '',
		protocol: negotiated ? value('sec-websocket-protocol') : ''
	};
}
