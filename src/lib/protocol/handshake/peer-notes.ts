// Where real peers read the handshake differently from RFC 6455: wsviz reports the RFC's reading
// and adds one of these notes beside it. Each was observed, not assumed: tests/unit/handshake/
// ws-peer.test.ts sends these cases to ws and checks that it still behaves as written here.
import { report, type HandshakeCode } from './report.ts';
import type { HandshakeDiagnostic, HandshakeSide } from './types.ts';

export interface PeerNote {
	/** The diagnostic the note goes beside, on that side. */
	code: HandshakeCode;
	side: HandshakeSide;
	peer: string;
	behaviour: string;
}

/** A note's stable id: its diagnostic without the handshake_ prefix, and the side. */
export function peerNoteId(note: Pick<PeerNote, 'code' | 'side'>): string {
	return `${note.code.slice('handshake_'.length)}_${note.side}`;
}

const WS_SERVER = 'a ws 8.23 server (Node.js 20)';
const WS_CLIENT = 'the ws 8.23 client (Node.js 20)';

export const PEER_NOTES: readonly PeerNote[] = [
	{
		code: 'handshake_http_version',
		side: 'request',
		peer: WS_SERVER,
		behaviour: 'answers 101 to HTTP/1.0 too'
	},
	{
		code: 'handshake_host_missing',
		side: 'request',
		peer: WS_SERVER,
		behaviour: 'answers 101 without Host'
	},
	{
		code: 'handshake_host_repeated',
		side: 'request',
		peer: WS_SERVER,
		behaviour: 'answers 101 with two Host headers'
	},
	{
		code: 'handshake_connection_missing_upgrade',
		side: 'request',
		peer: WS_SERVER,
		behaviour:
			'never sees an upgrade without Connection: Upgrade (Node hands it over as a plain request) and answers 426 Upgrade Required'
	},
	{
		code: 'handshake_connection_missing_upgrade',
		side: 'response',
		peer: WS_CLIENT,
		behaviour:
			'reads a 101 without Connection: Upgrade as a plain response: "Unexpected server response: 101"'
	},
	{
		code: 'handshake_upgrade_several',
		side: 'request',
		peer: WS_SERVER,
		behaviour: 'answers 400 unless Upgrade is exactly websocket'
	},
	{
		code: 'handshake_version_unsupported',
		side: 'request',
		peer: WS_SERVER,
		behaviour:
			'answers 400, not 426, with Sec-WebSocket-Version: 13, 8, and accepts version 8 (a draft before RFC 6455)'
	},
	{
		code: 'handshake_extension_offer_declined',
		side: 'request',
		peer: 'a ws 8.23 server with permessage-deflate on',
		behaviour: 'answers 400 instead of declining the offer'
	},
	{
		code: 'handshake_bare_lf',
		side: 'request',
		peer: WS_SERVER,
		behaviour: 'answers 400 Bad Request: Node’s HTTP parser requires CRLF'
	},
	{
		code: 'handshake_subprotocol_none_chosen',
		side: 'response',
		peer: `${WS_CLIENT} and browsers (WHATWG WebSocket)`,
		behaviour: 'fail the connection when they offered subprotocols and the server chose none'
	},
	{
		code: 'handshake_status_redirect',
		side: 'response',
		peer: 'browsers',
		behaviour:
			'never follow a redirect of a WebSocket handshake; ws follows one only with followRedirects: true'
	}
];

/** Each note's sentence by its id: what the peer does, completing "in practice, ...". */
export const PEER_NOTE_TEXT: Readonly<Record<string, string>> = Object.fromEntries(
	PEER_NOTES.map((n) => [peerNoteId(n), `${n.peer} ${n.behaviour}`])
);

/** Each diagnostic followed by the notes that go beside it, at the same place. */
export function withPeerNotes(diagnostics: readonly HandshakeDiagnostic[]): HandshakeDiagnostic[] {
	return diagnostics.flatMap((d) => [
		d,
		...PEER_NOTES.filter((n) => n.code === d.code && n.side === d.side).map((n) =>
			report(n.side, 'handshake_peer_note', spanOf(d), { note: peerNoteId(n) })
		)
	]);
}

function spanOf(d: HandshakeDiagnostic): { offset: number; length: number } {
	return { offset: Math.floor(d.bitOffset / 8), length: Math.ceil(d.bitLength / 8) };
}
