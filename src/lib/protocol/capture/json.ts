// The JSON of `wsviz capture --json` (DESIGN.md, issue 13): the file, then each connection with its
// handshake (as `wsviz handshake --json`) and each direction's frames (as `wsviz decode --json`), every
// frame and message with the capture `time` (seconds since the epoch) of its first byte.
import { diagnosticToJson, decodeResultToJson } from '../json.ts';
import { handshakeResultToJson } from '../handshake/json.ts';
import type { CaptureConnection } from './analyze.ts';
import type { CaptureReading } from './read.ts';
import type { TcpStream } from './reassembly.ts';
import type { Endpoint } from './types.ts';
import type { DirectionFrames } from './websocket.ts';

/** `1.2.3.4:80`, and `[::1]:80` for IPv6 (RFC 3986 §3.2.2). */
export function endpointText(e: Endpoint): string {
	return e.address.includes(':') ? `[${e.address}]:${e.port}` : `${e.address}:${e.port}`;
}

export function captureToJson(
	reading: CaptureReading,
	connections: readonly CaptureConnection[]
): Record<string, unknown> {
	return {
		input: { format: reading.format ?? null, packets: reading.packets, bytes: reading.bytes },
		connections: connections.map(connectionToJson),
		diagnostics: reading.diagnostics.map(diagnosticToJson)
	};
}

export function connectionToJson(c: CaptureConnection): Record<string, unknown> {
	const ws = c.websocket;
	const json: Record<string, unknown> = {
		id: c.id,
		client: endpointText(c.client),
		server: endpointText(c.server),
		start: c.start,
		end: c.end,
		packets: c.packets,
		kind: c.kind,
		handshake: ws?.handshake ? handshakeResultToJson(ws.handshake) : null
	};
	if (ws) {
		json.extensions = ws.extensions ?? null;
		json.protocol = ws.protocol ?? null;
		json.fromClient = directionToJson(ws.client);
		json.fromServer = directionToJson(ws.server);
	}
	if (c.tls) json.tls = c.tls;
	if (c.http) json.http = c.http;
	json.tcp = { client: streamToJson(c.streams.client), server: streamToJson(c.streams.server) };
	json.diagnostics = c.diagnostics.map(diagnosticToJson);
	return json;
}

function directionToJson(d: DirectionFrames): Record<string, unknown> {
	const input = { format: 'tcp', bytes: d.result.bytes };
	const json = decodeResultToJson(d.result, input);
	json.streamOffset = d.streamOffset;
	const frames = json.frames as Record<string, unknown>[];
	frames.forEach((f, i) => (f.time = d.frameTimes[i]));
	const messages = json.messages as Record<string, unknown>[];
	messages.forEach((m, i) => (m.time = d.messageTimes[i]));
	return json;
}

function streamToJson(s: TcpStream): Record<string, unknown> {
	return {
		bytes: s.bytes.length,
		syn: s.syn,
		fin: s.fin,
		rst: s.rst,
		retransmitted: s.retransmitted,
		gaps: s.gaps.map((g) => ({
			streamOffset: g.streamOffset,
			length: g.length,
			offset: g.fileOffset
		}))
	};
}
