// Engine.IO v4 packets and the Socket.IO v5 packets inside them, over WebSocket. The libraries the
// peers use decide: engine.io-parser reads the Engine.IO packet, socket.io-parser's Decoder reads the
// Socket.IO packet and rebuilds binary events from the attachments that follow as binary messages
// (its state lives in the conversation). This module finds the byte ranges of what they read.
import { decodePacket } from 'engine.io-parser';
import { PacketType } from 'socket.io-parser';
import type { PayloadDiagnostic as Diagnostic } from '../diagnostics.ts';
import type { DecodeContext } from '../context.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { field, jsonField, textOf } from '../fields.ts';
import type { LabelCode } from '../labels.ts';
import { readWholeJson } from '../json-tree.ts';
import { plain } from '../plain.ts';
import { pollingBody } from './engineio-polling.ts';
import type { Decoded, PayloadField, PayloadInput } from '../types.ts';
import {
	binaryMessage,
	EIO,
	SIO,
	SIO_TYPES,
	socketIoSummary,
	stateOf,
	type SioPacket,
	type SocketIoState
} from './socketio-state.ts';

/** Whether a binary message would be a Socket.IO attachment in this conversation. */
export function awaitsAttachment(context: DecodeContext): boolean {
	return stateOf(context).pending !== undefined;
}

export function decodePayload(input: PayloadInput, context: DecodeContext): Decoded {
	if (input.transport === 'polling')
		return pollingBody(input, (packet) => decodePayload(packet, context));
	const state = stateOf(context);
	if (input.type === 'binary') return binaryMessage(input.bytes, state);
	const text = textOf(input) ?? '';
	const packet = decodePacket(text);
	const typeField = field(EIO, {
		id: 'engineio_type',
		label: 'engineio_type',
		start: 0,
		length: Math.min(1, input.bytes.length),
		value: packet.type,
		meaning: 'packet_type',
		params: { protocol: 'Engine.IO', raw: text.charAt(0), name: String(packet.type).toUpperCase() }
	});
	if (packet.type === 'error') {
		// An empty message has no type byte to point at: the diagnostic covers what there is.
		const at = Math.min(1, input.bytes.length);
		const d = payloadDiagnostic('engineio_unknown_packet_type', 0, at, { type: text.charAt(0) });
		return engineOnly(text, [typeField], [d], 'ERROR');
	}
	if (packet.type !== 'message') return engineIoPacket(input.bytes, text, typeField);
	return socketIoPacket(input.bytes, text, typeField, state);
}

function engineOnly(
	text: string,
	fields: PayloadField[],
	diagnostics: Diagnostic[],
	type: string,
	value: unknown = { engineio: { type: type.toLowerCase(), data: text.slice(1) || undefined } }
): Decoded {
	const summary = { code: 'engineio_packet', params: { type, data: text.slice(1) } };
	return { protocol: 'socket.io', summary, value, fields, diagnostics };
}

/** OPEN carries the handshake as JSON; PING and PONG may carry "probe" (the upgrade's check). */
function engineIoPacket(bytes: Uint8Array, text: string, typeField: PayloadField): Decoded {
	const type = String(typeField.value).toUpperCase();
	const fields = [typeField];
	const diagnostics: Diagnostic[] = [];
	let data: unknown = text.length > 1 ? text.slice(1) : undefined;
	if (type === 'OPEN' && bytes.length > 1) {
		const reading = readWholeJson(bytes, 1);
		diagnostics.push(...reading.diagnostics);
		if (reading.node) {
			fields.push(
				jsonField(EIO, reading.node, { name: 'handshake' }, undefined, 'engineio_handshake')
			);
			data = reading.node.value;
		}
	} else if (bytes.length > 1) {
		fields.push(dataField(bytes, 1));
	}
	return engineOnly(text, fields, diagnostics, type, {
		engineio: { type: type.toLowerCase(), data }
	});
}

function dataField(bytes: Uint8Array, start: number): PayloadField {
	const value = new TextDecoder().decode(bytes.subarray(start));
	return field(EIO, {
		id: 'engineio_data',
		label: 'data',
		start,
		length: bytes.length - start,
		value,
		meaning: 'text_value',
		params: { value }
	});
}

/** Socket.IO packet layout: <type>[<attachments>-][<nsp>,][<id>][<json>] (ASCII before the JSON). */
interface Layout {
	attachments?: [number, number];
	nsp?: [number, number];
	id?: [number, number];
	json?: number;
}

function layoutOf(bytes: Uint8Array, at: number): Layout {
	const layout: Layout = {};
	const type = bytes[at]! - 0x30;
	let i = at + 1;
	const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;
	if (type === PacketType.BINARY_EVENT || type === PacketType.BINARY_ACK) {
		const start = i;
		while (i < bytes.length && bytes[i] !== 0x2d) i++;
		layout.attachments = [start, Math.min(i + 1, bytes.length)];
		i++;
	}
	if (bytes[i] === 0x2f) {
		const start = i;
		while (i < bytes.length && bytes[i] !== 0x2c) i++;
		layout.nsp = [start, Math.min(i + 1, bytes.length)];
		i++;
	}
	if (isDigit(bytes[i])) {
		const start = i;
		while (isDigit(bytes[i])) i++;
		layout.id = [start, i];
	}
	if (i < bytes.length) layout.json = i;
	return layout;
}

function socketIoPacket(
	bytes: Uint8Array,
	text: string,
	typeField: PayloadField,
	state: SocketIoState
): Decoded {
	const fields = [typeField];
	const diagnostics: Diagnostic[] = [];
	const waiting = state.pending;
	if (waiting) {
		const count = (waiting.packet.attachments ?? 0) - waiting.received;
		diagnostics.push(payloadDiagnostic('socketio_attachment_missing', 0, bytes.length, { count }));
		state.reset();
	}
	const packet = libraryDecode(state, text.slice(1), bytes.length, diagnostics);
	if (bytes.length > 1) fields.push(...socketIoFields(bytes, packet, diagnostics));
	if (packet?.attachments && !state.decoded) {
		state.pending = { packet, received: 0 };
		diagnostics.push(
			payloadDiagnostic('socketio_attachment_waiting', 1, 1, { count: packet.attachments })
		);
	}
	state.decoded = undefined;
	return {
		protocol: 'socket.io',
		summary: socketIoSummary(packet, Number(text.charAt(1))),
		value: { engineio: { type: 'message' }, socketio: packet && plain(packet) },
		fields,
		diagnostics
	};
}

/** socket.io-parser reads the packet; its errors become catalogued diagnostics. */
function libraryDecode(
	state: SocketIoState,
	text: string,
	length: number,
	diagnostics: Diagnostic[]
): SioPacket | undefined {
	state.decoded = undefined;
	try {
		const partial = state.decoder as unknown as { decodeString(s: string): SioPacket };
		const packet = partial.decodeString(text);
		state.decoder.add(text);
		return packet;
	} catch (e) {
		state.reset();
		const message = e instanceof Error ? e.message : '';
		if (message.startsWith('unknown packet type'))
			diagnostics.push(
				payloadDiagnostic('socketio_unknown_packet_type', 1, 1, { type: text.charAt(0) })
			);
		else
			diagnostics.push(
				payloadDiagnostic('socketio_invalid_packet', 1, length - 1, {
					type: SIO_TYPES[Number(text.charAt(0))] ?? text.charAt(0),
					part: /attachments/.test(message) ? 'attachment_count' : 'data'
				})
			);
		return undefined;
	}
}

function socketIoFields(
	bytes: Uint8Array,
	packet: SioPacket | undefined,
	diagnostics: Diagnostic[]
): PayloadField[] {
	const type = bytes[1]! - 0x30;
	const fields = [
		field(SIO, {
			id: 'socketio_type',
			label: 'socketio_type',
			start: 1,
			length: 1,
			raw: type,
			value: SIO_TYPES[type] ?? null,
			meaning: 'packet_type',
			params: { protocol: 'Socket.IO', raw: type, name: SIO_TYPES[type] ?? '?' }
		})
	];
	if (!packet) return fields;
	const layout = layoutOf(bytes, 1);
	const span = (
		id: string,
		label: LabelCode,
		range: [number, number] | undefined,
		value: unknown
	) => {
		if (!range) return;
		const meaning =
			id === 'socketio_id' ? 'ack_id' : id === 'socketio_nsp' ? 'namespace' : 'attachment_count';
		fields.push(
			field(SIO, {
				id,
				label,
				start: range[0],
				length: range[1] - range[0],
				value,
				meaning,
				params: { value: String(value) }
			})
		);
	};
	span('socketio_attachments', 'attachments', layout.attachments, packet.attachments);
	span('socketio_nsp', 'namespace', layout.nsp, packet.nsp);
	span('socketio_id', 'ack_id', layout.id, packet.id);
	if (layout.json !== undefined) {
		const reading = readWholeJson(bytes, layout.json);
		diagnostics.push(...reading.diagnostics);
		if (reading.node) fields.push(jsonField(SIO, reading.node, 'data', undefined, 'socketio_data'));
	}
	return fields;
}
