// A HAR's WebSocket connections in the capture view's data model (summary.ts) and in the JSON of
// `wsviz capture --json`: the same rows, details and message contents a pcap gives, with messages
// and no frames (a HAR records none), so the page and the CLI show both with one view.
import { handshakeResultToJson } from '../handshake/json.ts';
import { diagnosticToJson, messageToJson } from '../json.ts';
import type { PayloadInput } from '../payload/types.ts';
import type { Role } from '../types.ts';
import { contentOf, payloadInputOf, type MessageContent } from './content.ts';
import type { HarCapture, HarConnection } from './har.ts';
import { messageMarks, type ConnectionDetail, type ConnectionRow } from './summary.ts';

export function harConnectionRow(c: HarConnection): ConnectionRow {
	return {
		id: c.id,
		client: c.origin,
		server: c.url,
		start: c.start,
		end: c.end,
		kind: 'websocket',
		packets: 0,
		frames: 0,
		messages: c.messages.client.length + c.messages.server.length,
		// Frames are not recorded, so no strict receiver's verdict on them can be given.
		framesOk: null,
		handshakeOk: c.handshake ? c.handshake.verdict.ok : null,
		detail: null,
		problems: c.diagnostics.filter((d) => d.severity !== 'info').length
	};
}

export function harConnectionDetail(c: HarConnection): ConnectionDetail {
	const marks = { client: directionMarks(c, 'client'), server: directionMarks(c, 'server') };
	const next = { client: 0, server: 0 };
	const messages = c.order.map((role) => marks[role][next[role]++]!);
	// Time order (a stable sort: equal times keep the HAR's order); no time counts as the start.
	messages.sort((a, b) => (a.time || c.start) - (b.time || c.start));
	return {
		row: harConnectionRow(c),
		request: c.request,
		response: c.response,
		extensions: c.extensions ?? '',
		protocol: c.protocol ?? '',
		frames: [],
		messages,
		gaps: [],
		bytes: { client: new Uint8Array(0), server: new Uint8Array(0) },
		diagnostics: c.diagnostics
	};
}

function directionMarks(c: HarConnection, role: Role) {
	return messageMarks(role, c.messages[role], c.times[role]);
}

export function harMessageContent(
	c: HarConnection,
	role: Role,
	index: number
): MessageContent | null {
	return contentOf(c.messages[role][index], role, index);
}

export function harPayloadInput(c: HarConnection, role: Role, index: number): PayloadInput | null {
	return payloadInputOf(c.messages[role][index], role);
}

/**
 * `wsviz capture --json` for a HAR: the shape of a pcap's (DESIGN.md), `input.format` "har", `client`
 * the page's Origin, `server` the URL; `fromClient`/`fromServer` hold messages (each with `time`) and
 * no frames, and no strict receiver's verdict, since a HAR records no frames to judge.
 */
export function harToJson(
	capture: HarCapture,
	connections: readonly HarConnection[]
): Record<string, unknown> {
	return {
		input: { format: 'har', entries: capture.entries, bytes: capture.bytes },
		connections: connections.map(harConnectionToJson),
		diagnostics: capture.diagnostics.map(diagnosticToJson)
	};
}

function harConnectionToJson(c: HarConnection): Record<string, unknown> {
	const direction = (role: Role) => ({
		input: { format: 'har', messages: c.messages[role].length },
		frames: [],
		messages: c.messages[role].map((m, i) => ({ ...messageToJson(m), time: c.times[role][i] }))
	});
	return {
		id: c.id,
		client: c.origin,
		server: c.url,
		url: c.url,
		start: c.start,
		end: c.end,
		kind: 'websocket',
		handshake: c.handshake ? handshakeResultToJson(c.handshake) : null,
		extensions: c.extensions ?? null,
		protocol: c.protocol ?? null,
		fromClient: direction('client'),
		fromServer: direction('server'),
		diagnostics: c.diagnostics.map(diagnosticToJson)
	};
}
