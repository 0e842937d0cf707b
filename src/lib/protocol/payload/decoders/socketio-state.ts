// Socket.IO v5's side of a conversation: the library's decoder kept across messages, the binary
// attachments a BINARY_EVENT or BINARY_ACK announced (they arrive as the next binary messages), and
// the one-line summary of a packet. socketio.ts reads each text message with them.
import { Decoder, PacketType } from 'socket.io-parser';
import { bytesToHex } from '../../bytes.ts';
import type { DecodeContext } from '../context.ts';
import { payloadDiagnostic } from '../diagnostics.ts';
import { field } from '../fields.ts';
import { compact, plain } from '../plain.ts';
import type { Decoded, PayloadSummary } from '../types.ts';

export const EIO = 'Engine.IO protocol v4 §Packet encoding';
export const SIO = 'Socket.IO protocol v5 §Packet format';
export const SIO_TYPES = [
	'CONNECT',
	'DISCONNECT',
	'EVENT',
	'ACK',
	'CONNECT_ERROR',
	'BINARY_EVENT',
	'BINARY_ACK'
];

export interface SioPacket {
	type: number;
	nsp: string;
	id?: number;
	data?: unknown;
	attachments?: number;
}

/** The conversation's Socket.IO decoder and the binary packet it is rebuilding. */
export class SocketIoState {
	decoder = new Decoder();
	decoded: SioPacket | undefined;
	pending: { packet: SioPacket; received: number } | undefined;
	constructor() {
		this.listen();
	}
	listen(): void {
		this.decoder.on('decoded', (p: SioPacket) => (this.decoded = p));
	}
	/** After the library throws, its decoder may hold a half-read packet: start again. */
	reset(): void {
		this.decoder = new Decoder();
		this.pending = undefined;
		this.listen();
	}
}

export const stateOf = (context: DecodeContext): SocketIoState =>
	context.state('socket.io', () => new SocketIoState());

export function binaryMessage(bytes: Uint8Array, state: SocketIoState): Decoded {
	const waiting = state.pending;
	const fields = [
		field(waiting ? SIO : EIO, {
			id: waiting ? 'socketio_attachment' : 'engineio_binary',
			label: waiting ? 'attachment' : 'binary_data',
			start: 0,
			length: bytes.length,
			value: bytesToHex(bytes),
			meaning: 'binary_data',
			params: { count: bytes.length }
		})
	];
	if (!waiting) {
		const d = payloadDiagnostic('socketio_attachment_unexpected', 0, bytes.length);
		const summary = { code: 'engineio_binary', params: { count: bytes.length } };
		return {
			protocol: 'socket.io',
			summary,
			value: { engineio: { type: 'message', binary: true } },
			fields,
			diagnostics: [d]
		};
	}
	const index = waiting.received++;
	state.decoded = undefined;
	try {
		state.decoder.add(bytes);
	} catch {
		state.reset();
	}
	const done = state.decoded as SioPacket | undefined;
	if (done) state.pending = undefined;
	const count = waiting.packet.attachments ?? 0;
	const summary = {
		code: 'socketio_attachment',
		params: { index: index + 1, count, bytes: bytes.length }
	};
	const value = { attachment: index, of: count, packet: done && plain(done) };
	return { protocol: 'socket.io', summary, value, fields, diagnostics: [] };
}

export function socketIoSummary(packet: SioPacket | undefined, rawType: number): PayloadSummary {
	const type = SIO_TYPES[packet?.type ?? rawType] ?? '?';
	if (!packet) return { code: 'socketio_invalid', params: { type } };
	const nsp = packet.nsp === '/' ? '' : packet.nsp;
	const data = Array.isArray(packet.data) ? packet.data : [];
	const hasEvent = packet.type === PacketType.EVENT || packet.type === PacketType.BINARY_EVENT;
	if (hasEvent)
		return {
			code: 'socketio_event',
			params: {
				type,
				nsp,
				event: String(data[0]),
				args: compact(data.slice(1)),
				id: packet.id ?? ''
			}
		};
	if (packet.type === PacketType.ACK || packet.type === PacketType.BINARY_ACK)
		return {
			code: 'socketio_ack',
			params: { type, nsp, id: packet.id ?? '', args: compact(data) }
		};
	return {
		code: 'socketio_packet',
		params: { type, nsp: packet.nsp, data: compact(packet.data) }
	};
}
