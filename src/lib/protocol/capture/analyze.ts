// What a TCP connection of a capture was: WebSocket (an upgrade answered by 101, or frames when the
// start was not captured), TLS (a ClientHello first), plain HTTP, or other TCP; and everything read
// from it. Only the connections asked for are analysed, so a big capture materialises one at a time.
import type { HttpMessage } from '../handshake/types.ts';
import { parseHttpMessage } from '../handshake/http.ts';
import { headersNamed } from '../handshake/lists.ts';
import type { Diagnostic, Role } from '../types.ts';
import type { TcpConnection } from './connections.ts';
import { readHttpHeads, type HttpHead } from './http.ts';
import type { TcpStream } from './reassembly.ts';
import { Reporter } from './report.ts';
import {
	clientSide,
	looksLikeClientHello,
	looksLikeRequest,
	looksLikeResponse,
	startText
} from './roles.ts';
import { contiguous, fileOffsetAt } from './streams.ts';
import { readTls, type TlsReading } from './tls.ts';
import type { Endpoint } from './types.ts';
import { readWebSocket, type WebSocketReading } from './websocket.ts';
import { FrameDecoder } from '../frame/decoder.ts';

export type ConnectionKind = 'websocket' | 'tls' | 'http' | 'tcp';

export interface CaptureConnection {
	id: number;
	client: Endpoint;
	server: Endpoint;
	start: number;
	end: number;
	packets: number;
	kind: ConnectionKind;
	streams: Record<Role, TcpStream>;
	websocket?: WebSocketReading;
	tls?: TlsReading;
	http?: { requests: HttpHead[]; responses: HttpHead[] };
	/** TCP and connection-level problems, at file offsets, in file order. */
	diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
	/** Build every field of every frame (for the CLI's JSON and the frame explorer). */
	annotate?: boolean;
	/** The most elements of one list header the handshake check reads (MAX_LIST_ELEMENTS). */
	maxListElements?: number;
}

export function analyzeConnection(
	c: TcpConnection,
	options: AnalyzeOptions = {}
): CaptureConnection {
	const reporter = new Reporter();
	const clientIsA = clientSide(c) === 'a';
	const [fromClient, fromServer] = clientIsA ? [c.fromA, c.fromB] : [c.fromB, c.fromA];
	const streams = {
		client: fromClient.build('client', reporter),
		server: fromServer.build('server', reporter)
	};
	if (!streams.client.syn && !streams.server.syn) {
		reporter.add('tcp_start_not_captured', c.fileOffset, 0);
	}
	for (const role of ['client', 'server'] as const) {
		if (streams[role].rst) reporter.add('tcp_reset', c.fileOffset, 0, { role });
	}
	const connection: CaptureConnection = {
		id: c.id,
		client: clientIsA ? c.a : c.b,
		server: clientIsA ? c.b : c.a,
		start: c.start,
		end: c.end,
		packets: c.packets,
		kind: 'tcp',
		streams,
		diagnostics: []
	};
	readContent(connection, options, reporter);
	connection.diagnostics = reporter.finish();
	return connection;
}

function readContent(c: CaptureConnection, options: AnalyzeOptions, reporter: Reporter): void {
	const client = contiguous(c.streams.client);
	const server = contiguous(c.streams.server);
	if (looksLikeClientHello(client)) {
		c.kind = 'tls';
		c.tls = readTls(c.streams, reporter);
		reporter.add('tls_frames_encrypted', fileOffsetAt(c.streams.client, 0), 0);
		return;
	}
	const request = looksLikeRequest(startText(client)) ? head(client) : undefined;
	const response = looksLikeResponse(startText(server)) ? head(server) : undefined;
	const annotate = options.annotate ?? true;
	if (request && isUpgrade(request, response)) {
		c.kind = 'websocket';
		const heads = { request, response };
		c.websocket = readWebSocket(c.streams, heads, { ...options, annotate }, reporter);
	} else if (request || response) {
		c.kind = 'http';
		c.http = {
			requests: readHttpHeads(c.streams.client, 'request', reporter),
			responses: readHttpHeads(c.streams.server, 'response', reporter)
		};
	} else if (!c.streams.client.syn && looksLikeFrames(client, 'client', server, 'server')) {
		c.kind = 'websocket';
		c.websocket = readWebSocket(c.streams, {}, { annotate }, reporter);
	}
}

function head(bytes: Uint8Array): HttpMessage | undefined {
	return parseHttpMessage(bytes.subarray(0, 65536));
}

/** RFC 6455 §4.1: a request asking to upgrade to websocket, answered (if at all) by 101. */
function isUpgrade(request: HttpMessage, response: HttpMessage | undefined): boolean {
	const upgrade = headersNamed(request, 'upgrade').some((h) => /websocket/i.test(h.value));
	return upgrade && (!response || response.status === 101);
}

/**
 * A capture that starts mid-connection has no handshake to say it is WebSocket: it is read as frames
 * only when each direction's first frame has a defined opcode and the mask bit its sender must use
 * (RFC 6455 §5.1, §5.2), which random TCP data rarely does.
 */
function looksLikeFrames(...sides: [Uint8Array, Role, Uint8Array, Role]): boolean {
	let seen = 0;
	for (const [bytes, from] of [
		[sides[0], sides[1]],
		[sides[2], sides[3]]
	] as const) {
		if (bytes.length === 0) continue;
		const decoder = new FrameDecoder({ from, annotate: false });
		decoder.push(bytes.subarray(0, 14));
		decoder.end();
		const first = decoder.frames[0];
		const mustMask = from === 'client';
		if (!first || first.type === 'reserved' || first.masked !== mustMask) return false;
		seen++;
	}
	return seen > 0;
}
