// Plain data for views of a capture (the /decode page and its worker): one row per connection for the
// list, and for the selected connection its handshake text, its frames and messages as marks on one
// time axis, and each direction's bytes so a frame can be opened whole. Structured-clone friendly.
import { bytesToHex } from '../bytes.ts';
import type { Message } from '../message/types.ts';
import type { Diagnostic, Role } from '../types.ts';
import type { CaptureConnection, ConnectionKind } from './analyze.ts';
import { endpointText } from './json.ts';
import { timeAt } from './streams.ts';
import type { DirectionFrames } from './websocket.ts';

export interface ConnectionRow {
	id: number;
	client: string;
	server: string;
	start: number;
	end: number;
	kind: ConnectionKind;
	packets: number;
	frames: number;
	messages: number;
	/** Whether strict receivers accept both directions' frames (null when there are none). */
	framesOk: boolean | null;
	/** The handshake verdict (null without a handshake). */
	handshakeOk: boolean | null;
	/** TLS: the server name; HTTP: the first request line. */
	detail: string | null;
	problems: number;
}

export interface FrameMark {
	role: Role;
	/** Index of the frame in its direction. */
	index: number;
	time: number;
	opcode: number;
	type: string;
	fin: boolean;
	compressed: boolean;
	length: number;
	/** The message it belongs to (index in its direction), or -1. */
	message: number;
	/** The frame's bytes in `ConnectionDetail.bytes[role]`. */
	offset: number;
	size: number;
	ok: boolean;
}

export interface MessageMark {
	role: Role;
	index: number;
	time: number;
	type: string;
	length: number;
	/** The first characters of a text message or close reason, or a binary message's first bytes in hex. */
	preview: string;
	/** It came compressed (permessage-deflate) and is shown inflated. */
	compressed: boolean;
	code: number | null;
	frames: number[];
}

export interface GapMark {
	role: Role;
	time: number;
	length: number;
}

export interface ConnectionDetail {
	row: ConnectionRow;
	request: string;
	response: string;
	extensions: string;
	protocol: string;
	frames: FrameMark[];
	messages: MessageMark[];
	gaps: GapMark[];
	/** Each direction's bytes after its HTTP head, up to its first gap (the frames index these). */
	bytes: Record<Role, Uint8Array>;
	diagnostics: Diagnostic[];
}

const PREVIEW = 120;
const latin1 = new TextDecoder('latin1');

export function connectionRow(c: CaptureConnection): ConnectionRow {
	const ws = c.websocket;
	const directions = ws ? [ws.client, ws.server] : [];
	const count = (pick: (d: DirectionFrames) => number) =>
		directions.reduce((n, d) => n + pick(d), 0);
	const http = c.http?.requests[0]?.startLine ?? c.http?.responses[0]?.startLine;
	return {
		id: c.id,
		client: endpointText(c.client),
		server: endpointText(c.server),
		start: c.start,
		end: c.end,
		kind: c.kind,
		packets: c.packets,
		frames: count((d) => d.result.frames.length),
		messages: count((d) => d.result.messages.length),
		framesOk: ws ? directions.every((d) => d.result.verdict.ok) : null,
		handshakeOk: ws?.handshake ? ws.handshake.verdict.ok : null,
		detail: c.tls?.sni ?? http ?? null,
		problems: c.diagnostics.filter((d) => d.severity !== 'info').length
	};
}

export function connectionDetail(c: CaptureConnection): ConnectionDetail {
	const ws = c.websocket;
	const head = (role: Role, d?: DirectionFrames) =>
		d ? latin1.decode(c.streams[role].bytes.subarray(0, d.streamOffset)) : '';
	const detail: ConnectionDetail = {
		row: connectionRow(c),
		request: head('client', ws?.client),
		response: head('server', ws?.server),
		extensions: ws?.extensions ?? '',
		protocol: ws?.protocol ?? '',
		frames: [],
		messages: [],
		gaps: [],
		bytes: { client: new Uint8Array(0), server: new Uint8Array(0) },
		diagnostics: c.diagnostics
	};
	for (const role of ['client', 'server'] as const) {
		const stream = c.streams[role];
		for (const g of stream.gaps) {
			detail.gaps.push({
				role,
				time: timeAt(stream, g.at) || timeAt(stream, g.at - 1),
				length: g.length
			});
		}
		const d = ws?.[role];
		if (!d) continue;
		detail.bytes[role] = stream.bytes
			.subarray(d.streamOffset, d.streamOffset + d.result.bytes)
			.slice();
		detail.frames.push(...frameMarks(role, d));
		detail.messages.push(...messageMarks(role, d.result.messages, d.messageTimes));
	}
	detail.frames.sort((a, b) => a.time - b.time);
	detail.messages.sort((a, b) => a.time - b.time);
	return detail;
}

function frameMarks(role: Role, d: DirectionFrames): FrameMark[] {
	const messageOf = new Map<number, number>();
	d.result.messages.forEach((m) => m.frames.forEach((f) => messageOf.set(f, m.index)));
	return d.result.frames.map((f, i) => ({
		role,
		index: i,
		time: d.frameTimes[i]!,
		opcode: f.opcode,
		type: f.type,
		fin: f.fin,
		compressed: f.rsv1,
		length: Number(f.payloadLength),
		message: messageOf.get(i) ?? -1,
		offset: f.offset,
		size: f.length,
		ok: !f.diagnostics.some((x) => x.severity === 'error')
	}));
}

/** One direction's messages as marks, each at its time (`times[i]` is message i's). */
export function messageMarks(
	role: Role,
	messages: readonly Message[],
	times: readonly number[]
): MessageMark[] {
	return messages.map((m, i) => ({
		role,
		index: m.index,
		time: times[i]!,
		type: m.type,
		length: m.payload.length,
		preview: previewOf(m),
		compressed: m.compressed,
		code: m.code ?? null,
		frames: m.frames
	}));
}

function previewOf(m: Message): string {
	if (m.type === 'close') return (m.reason ?? '').slice(0, PREVIEW);
	if (m.text !== undefined) return m.text.slice(0, PREVIEW);
	return bytesToHex(m.payload.subarray(0, PREVIEW / 3), ' ');
}
