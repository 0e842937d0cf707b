// The segments and TLS messages that open and close connections, as data. Each list is a series of
// flights: a flight goes out when the one before it arrives, or together with it when the same side
// sends both (the client's ACK and its ClientHello leave at once).
import type { TlsVersion } from './scenario.ts';

export interface Flight {
	label: string;
	/** Sent by whoever started the exchange (the client opening, or the side closing). */
	byOpener: boolean;
	kind: 'tcp' | 'tls';
	bytes: number;
	note: string;
}

function segment(label: string, byOpener: boolean, bytes: number, note: string): Flight {
	return { label, byOpener, kind: 'tcp', bytes, note };
}

function tls(label: string, byOpener: boolean, bytes: number, note: string): Flight {
	return { label, byOpener, kind: 'tls', bytes, note };
}

// IPv4 packets as Linux sends them: a 20-byte IP header and a 20-byte TCP header, plus options. A
// SYN offers MSS, SACK, timestamps and window scaling (20 bytes); later segments carry timestamps
// (12 bytes with padding, RFC 7323 §3).
const SYN = 60;
const BARE = 52;

/** The three-way handshake (RFC 9293 §3.5): the client may send data with its ACK, one round trip
 * after its SYN. */
export const TCP_OPEN: readonly Flight[] = [
	segment('SYN', true, SYN, 'TCP SYN: IP 20 + TCP 20 + options 20 bytes'),
	segment('SYN-ACK', false, SYN, 'TCP SYN-ACK: the server accepts'),
	segment('ACK', true, BARE, 'TCP ACK: open; the request may leave with it')
];

/** The close (RFC 9293 §3.6): each side sends a FIN and acknowledges the other's, four segments. */
export const TCP_CLOSE: readonly Flight[] = [
	segment('FIN', true, BARE, 'TCP FIN: this side has nothing more to send'),
	segment('ACK', false, BARE, 'TCP ACK of that FIN'),
	segment('FIN', false, BARE, 'TCP FIN: the other side closes too'),
	segment('ACK', true, BARE, 'TCP ACK of the last FIN: closed')
];

// TLS sizes are typical, not fixed by the RFCs; the certificate chain dominates a full handshake.
// Chrome (since version 131) sends the same ClientHello of about 1.8 KB whatever the server speaks,
// mostly its hybrid X25519MLKEM768 key share of 1,216 bytes.
const HELLO = tls('ClientHello', true, 1_800, 'versions, ciphers, key shares, SNI, ALPN http/1.1');
const RESUME = tls('ClientHello', true, 2_000, 'ClientHello with a session ticket');

export interface TlsHandshakes {
	full: readonly Flight[];
	/** A later connection resumes the session of the first (as browsers do): no certificate. */
	resumed: readonly Flight[];
	/** Bytes each record adds to what it carries. */
	recordOverhead: number;
}

export const TLS_HANDSHAKES: Readonly<Record<TlsVersion, TlsHandshakes>> = {
	// RFC 8446 §2, Figure 1: one round trip; the client's Finished leaves with its first request.
	// Resumption (§2.2) skips the certificate but not the round trip.
	'1.3': {
		full: [
			HELLO,
			tls('ServerHello … Finished', false, 4_000, 'then encrypted: certificate chain, Finished'),
			tls('Finished', true, 64, 'ChangeCipherSpec (6 bytes) and the client Finished (58)')
		],
		resumed: [
			RESUME,
			tls('ServerHello … Finished', false, 1_300, 'ticket accepted: no certificate'),
			tls('Finished', true, 64, 'ChangeCipherSpec and the client Finished')
		],
		// A 5-byte header, a 1-byte inner content type, a 16-byte AES-GCM tag (RFC 8446 §5.2).
		recordOverhead: 22
	},
	// RFC 5246 §7.3, Figure 1: two round trips before the request; the abbreviated handshake of
	// Figure 2 resumes a session in one.
	'1.2': {
		full: [
			HELLO,
			tls('ServerHello … ServerHelloDone', false, 3_200, 'certificate chain, key exchange'),
			tls('ClientKeyExchange, Finished', true, 93, 'X25519 key, ChangeCipherSpec, Finished'),
			tls('Finished', false, 51, 'ChangeCipherSpec, Finished: now the client may send')
		],
		resumed: [
			RESUME,
			tls('ServerHello, Finished', false, 141, 'session resumed, ChangeCipherSpec, Finished'),
			tls('Finished', true, 51, 'ChangeCipherSpec, Finished')
		],
		// A 5-byte header, an 8-byte explicit nonce, a 16-byte tag (AES-GCM, RFC 5288 §3).
		recordOverhead: 29
	}
};
