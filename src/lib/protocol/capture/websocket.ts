// A WebSocket connection in a capture: the opening handshake read by the handshake engine, the
// negotiated extensions and subprotocol taken from the 101 (RFC 6455 §4.2.2, §9.1), then each
// direction's bytes after its head through the frame decoder and message assembler, every frame and
// message stamped with the capture time of the packet its first byte came in.
import { decode, type DecodeResult } from '../decode.ts';
import { checkHandshake, type HandshakeResult } from '../handshake/check.ts';
import { headersNamed } from '../handshake/lists.ts';
import type { HttpMessage } from '../handshake/types.ts';
import type { Role } from '../types.ts';
import type { TcpStream } from './reassembly.ts';
import type { Reporter } from './report.ts';
import { contiguous, fileOffsetAt, timeAt } from './streams.ts';

/** One direction's frames and messages, and when each was captured. */
export interface DirectionFrames {
	result: DecodeResult;
	/** Where the frames start in the direction's stream (after its HTTP head). */
	streamOffset: number;
	frameTimes: number[];
	messageTimes: number[];
}

export interface WebSocketReading {
	handshake?: HandshakeResult;
	/** The server's Sec-WebSocket-Extensions and Sec-WebSocket-Protocol, as negotiated. */
	extensions?: string;
	protocol?: string;
	client: DirectionFrames;
	server: DirectionFrames;
}

export interface Heads {
	request?: HttpMessage;
	response?: HttpMessage;
}

const headEnd = (m: HttpMessage | undefined) => (m?.complete ? m.offset + m.length : 0);

export function readWebSocket(
	streams: Record<Role, TcpStream>,
	heads: Heads,
	options: { annotate: boolean; maxListElements?: number },
	reporter: Reporter
): WebSocketReading {
	const { annotate, maxListElements } = options;
	const { request, response } = heads;
	const reading: Partial<WebSocketReading> = {};
	if (request || response) {
		const head = (s: TcpStream, m?: HttpMessage) => m && s.bytes.subarray(0, headEnd(m));
		reading.handshake = checkHandshake(
			head(streams.client, request),
			head(streams.server, response),
			maxListElements === undefined ? {} : { maxListElements }
		);
		const value = (key: string) =>
			response &&
			headersNamed(response, key)
				.map((h) => h.value)
				.join(', ');
		const extensions = value('sec-websocket-extensions');
		const protocol = value('sec-websocket-protocol');
		if (extensions) reading.extensions = extensions;
		if (protocol) reading.protocol = protocol;
	} else {
		reporter.add('capture_handshake_not_captured', fileOffsetAt(streams.client, 0), 0);
	}
	const decoding = { extensions: reading.extensions, annotate };
	for (const role of ['client', 'server'] as const) {
		const start = headEnd(role === 'client' ? request : response);
		reading[role] = readDirection(streams[role], start, role, decoding, reporter);
	}
	return reading as WebSocketReading;
}

function readDirection(
	stream: TcpStream,
	start: number,
	from: Role,
	options: { extensions?: string; annotate: boolean },
	reporter: Reporter
): DirectionFrames {
	const bytes = contiguous(stream).subarray(start);
	const result = decode(bytes, { from, ...options });
	const gap = stream.gaps[0];
	if (gap && gap.at < stream.bytes.length) {
		reporter.add('capture_stream_stops_at_gap', gap.fileOffset, 0, {
			role: from,
			length: stream.bytes.length - gap.at
		});
	}
	const frameTimes = result.frames.map((f) => timeAt(stream, start + f.offset));
	const messageTimes = result.messages.map((m) => frameTimes[m.frames[0] ?? -1] ?? NaN);
	return { result, streamOffset: start, frameTimes, messageTimes };
}
