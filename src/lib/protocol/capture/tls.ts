// A TLS connection (wss): records with their sizes and times (RFC 8446 §5.1), and from the client's
// first handshake message the server name (RFC 6066 §3) and the offered protocols (RFC 7301 §3.1).
// Everything after the handshake is encrypted: frames cannot be read without the session keys.
import type { TcpStream } from './reassembly.ts';
import type { Reporter } from './report.ts';
import { contiguous, fileOffsetAt, timeAt } from './streams.ts';

export interface TlsRecord {
	offset: number;
	time: number;
	/** RFC 8446 §5.1 ContentType: 20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data. */
	type: number;
	version: number;
	length: number;
}

export interface TlsReading {
	records: { client: TlsRecord[]; server: TlsRecord[] };
	sni?: string;
	alpn?: string[];
	/** Why the frames cannot be read: a catalog code. */
	unreadable: 'tls_frames_encrypted';
}

/** TLS records listed per direction; past it the rest is counted as not listed (a diagnostic). */
export const MAX_TLS_RECORDS = 100000;

export function readTls(
	streams: { client: TcpStream; server: TcpStream },
	reporter?: Reporter
): TlsReading {
	const reading: TlsReading = {
		records: {
			client: records(streams.client, 'client', reporter),
			server: records(streams.server, 'server', reporter)
		},
		unreadable: 'tls_frames_encrypted'
	};
	const hello = clientHello(contiguous(streams.client));
	if (hello) Object.assign(reading, readHelloExtensions(hello));
	return reading;
}

function records(stream: TcpStream, role: 'client' | 'server', reporter?: Reporter): TlsRecord[] {
	const bytes = contiguous(stream);
	const list: TlsRecord[] = [];
	for (let at = 0; at + 5 <= bytes.length;) {
		if (list.length === MAX_TLS_RECORDS) {
			const params = { limit: MAX_TLS_RECORDS, role };
			reporter?.add('tls_records_not_listed', fileOffsetAt(stream, at), 0, params);
			break;
		}
		const length = (bytes[at + 3]! << 8) | bytes[at + 4]!;
		const version = (bytes[at + 1]! << 8) | bytes[at + 2]!;
		list.push({ offset: at, time: timeAt(stream, at), type: bytes[at]!, version, length });
		at += 5 + length;
	}
	return list;
}

/** The ClientHello's body, joined from the handshake records it may span (RFC 8446 §5.1). */
function clientHello(bytes: Uint8Array): Uint8Array | undefined {
	const parts: number[] = [];
	for (let at = 0; at + 5 <= bytes.length && bytes[at] === 22 && parts.length < 65536;) {
		const length = (bytes[at + 3]! << 8) | bytes[at + 4]!;
		for (const b of bytes.subarray(at + 5, at + 5 + length)) parts.push(b);
		at += 5 + length;
		if (parts.length >= 4 && parts.length >= 4 + ((parts[1]! << 16) | (parts[2]! << 8) | parts[3]!))
			break;
	}
	if (parts[0] !== 1) return undefined;
	return Uint8Array.from(parts.slice(4));
}

/** RFC 8446 §4.1.2: version, random, session id, cipher suites, compression, then extensions. */
function readHelloExtensions(b: Uint8Array): { sni?: string; alpn?: string[] } {
	const u16 = (at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
	let at = 2 + 32;
	at += 1 + (b[at] ?? 0);
	at += 2 + u16(at);
	at += 1 + (b[at] ?? 0);
	const end = Math.min(b.length, at + 2 + u16(at));
	const found: { sni?: string; alpn?: string[] } = {};
	for (at += 2; at + 4 <= end;) {
		const type = u16(at);
		const body = b.subarray(at + 4, Math.min(end, at + 4 + u16(at + 2)));
		if (type === 0) found.sni = serverName(body);
		if (type === 16) found.alpn = protocols(body);
		at += 4 + u16(at + 2);
	}
	if (found.sni === undefined) delete found.sni;
	return found;
}

const latin1 = new TextDecoder('latin1');

/** RFC 6066 §3: a list of (type, name); type 0 is a host name. */
function serverName(body: Uint8Array): string | undefined {
	if (body.length < 5 || body[2] !== 0) return undefined;
	const length = (body[3]! << 8) | body[4]!;
	return latin1.decode(body.subarray(5, 5 + length));
}

/** RFC 7301 §3.1: a list of length-prefixed protocol names. */
function protocols(body: Uint8Array): string[] {
	const names: string[] = [];
	for (let at = 2; at < body.length; at += 1 + body[at]!) {
		names.push(latin1.decode(body.subarray(at + 1, at + 1 + body[at]!)));
	}
	return names;
}
