// Conversations made by the protocols' own encoders (socket.io-parser and engine.io-parser, the
// STOMP client's FrameImpl, mqtt-packet, graphql-ws), framed by `ws`'s Sender as a server sends
// them: the e2e tests paste these into /decode and read back what the page says they carry.
import { encodePacket } from 'engine.io-parser';
import { Encoder, PacketType } from 'socket.io-parser';
import { FrameImpl } from '@stomp/stompjs';
import mqtt from 'mqtt-packet';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { createRequire } from 'node:module';

interface FrameOptions {
	fin: boolean;
	opcode: number;
	mask: boolean;
	readOnly: boolean;
	rsv1: boolean;
}
// ws's Sender (its package's types leave it out): the frames exactly as a ws server writes them.
const { Sender } = createRequire(import.meta.url)('ws') as {
	Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] };
};

function frame(data: string | Uint8Array): string {
	const binary = typeof data !== 'string';
	const buffers = Sender.frame(Buffer.from(data), {
		fin: true,
		opcode: binary ? 2 : 1,
		mask: false,
		readOnly: false,
		rsv1: false
	});
	return Buffer.concat(buffers).toString('hex');
}

function engineIo(data: string): string {
	let out = '';
	encodePacket({ type: 'message', data }, false, (encoded) => (out = String(encoded)));
	return out;
}

/** Engine.IO MESSAGE packets holding Socket.IO packets: an event and an acknowledgement. */
export function socketIoConversation(): string[] {
	const encoder = new Encoder();
	const event = encoder.encode({
		type: PacketType.EVENT,
		nsp: '/',
		data: ['chat', '안녕'],
		id: 12
	});
	const ack = encoder.encode({ type: PacketType.ACK, nsp: '/', data: ['ok'], id: 12 });
	return [...event, ...ack].map((p) => frame(engineIo(String(p))));
}

export function stompConversation(): string[] {
	const connected = FrameImpl.marshall({
		command: 'CONNECTED',
		headers: { version: '1.2', 'heart-beat': '0,0' },
		escapeHeaderValues: true
	});
	const message = FrameImpl.marshall({
		command: 'MESSAGE',
		headers: { destination: '/topic/chat', 'message-id': 'm-1', subscription: 'sub-0' },
		body: '안녕',
		escapeHeaderValues: true
	});
	return [connected, message].map((f) => frame(String(f)));
}

export function mqttConversation(): string[] {
	const connack = mqtt.generate({ cmd: 'connack', returnCode: 0, sessionPresent: false });
	const publish = mqtt.generate({
		cmd: 'publish',
		topic: 'sensors/1',
		payload: Buffer.from('21.5'),
		qos: 1,
		messageId: 7,
		retain: false,
		dup: false
	});
	return [connack, publish].map((b) => frame(new Uint8Array(b)));
}

export function graphqlConversation(): string[] {
	const ack = stringifyMessage({ type: MessageType.ConnectionAck });
	const next = stringifyMessage({
		type: MessageType.Next,
		id: 'op-1',
		payload: { data: { greetings: '안녕' } }
	});
	return [ack, next].map((m) => frame(m));
}

/** One text message of `size` bytes of JSON under Socket.IO: an event whose argument is long. */
export function bigSocketIoMessage(size: number): string {
	const head = engineIo(
		new Encoder().encode({ type: PacketType.EVENT, nsp: '/', data: ['big', ''] })[0] as string
	);
	const filler = 'x'.repeat(size - Buffer.byteLength(head));
	const [packet] = new Encoder().encode({
		type: PacketType.EVENT,
		nsp: '/',
		data: ['big', filler]
	});
	return frame(engineIo(String(packet)));
}
