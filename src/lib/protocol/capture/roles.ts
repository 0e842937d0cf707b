// Who is the client of a TCP connection: the side that sent the SYN (RFC 9293 §3.5) when the capture
// has it; otherwise the side whose first bytes are a request (HTTP, or a TLS ClientHello), or whose
// port is the higher one (servers listen on low, well-known ports; clients get ephemeral ones).
import type { TcpConnection } from './connections.ts';

type Side = 'a' | 'b';

const ascii = new TextDecoder('latin1');

/** The first bytes of a stream as text, enough to recognise a request or status line. */
export function startText(bytes: Uint8Array): string {
	return ascii.decode(bytes.subarray(0, 16));
}

export const looksLikeRequest = (text: string) => /^[A-Z]{3,10} \S/.test(text);
export const looksLikeResponse = (text: string) => text.startsWith('HTTP/');
/** RFC 8446 §5.1: a handshake record (22), legacy version 3.x, then a ClientHello (type 1). */
export const looksLikeClientHello = (b: Uint8Array) =>
	b.length >= 6 && b[0] === 22 && b[1] === 3 && b[5] === 1;

export function clientSide(c: TcpConnection): Side {
	if (c.syn) return c.syn;
	if (c.synAck) return c.synAck === 'a' ? 'b' : 'a';
	const first = { a: c.fromA.peek(), b: c.fromB.peek() };
	for (const side of ['a', 'b'] as const) {
		const text = startText(first[side]);
		if (looksLikeRequest(text) || looksLikeClientHello(first[side])) return side;
		if (looksLikeResponse(text)) return side === 'a' ? 'b' : 'a';
	}
	if (c.a.port !== c.b.port) return c.a.port > c.b.port ? 'a' : 'b';
	return 'a';
}
