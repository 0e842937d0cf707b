// Lesson 12: what rides inside a message. The frame layer carries bytes; an application protocol
// (named by the negotiated subprotocol, RFC 6455 §1.9, §11.5) gives them meaning. The bytes are
// the protocols' own encoders' (mqtt-packet, graphql-ws, socket.io-parser:
// tests/unit/learn/inside-message.test.ts);
// every answer is the payload layer's reading of them.
import { decode, encodeFrame } from '$lib/protocol/index.ts';
import { PayloadConversation, type PayloadField } from '$lib/protocol/payload/index.ts';
import type { Material } from '../types.ts';
import { hex, utf8 } from './shared.ts';

/** mqtt-packet's PUBLISH to sensors/1, QoS 1, packet id 7, the application message "21.5". */
export const MQTT_PUBLISH = Uint8Array.of(
	0x32,
	0x11,
	0x00,
	0x09,
	0x73,
	0x65,
	0x6e,
	0x73,
	0x6f,
	0x72,
	0x73,
	0x2f,
	0x31,
	0x00,
	0x07,
	0x32,
	0x31,
	0x2e,
	0x35
);

/** graphql-ws's Subscribe message (the graphql-transport-ws protocol), as a client sends it. */
export const GRAPHQL_SUBSCRIBE =
	'{"type":"subscribe","id":"op-1","payload":{"query":"subscription { greetings }"}}';

/**
 * Socket.IO packets as socket.io-parser and engine.io-parser encode them, each a text message: an
 * EVENT asking for an answer (ack id 1), a CONNECT, the ACK answering the event, an Engine.IO PONG.
 */
export const SOCKET_IO_PACKETS = {
	event: '421["chat","안녕"]',
	connect: '40',
	ack: '431["ok"]',
	pong: '3'
} as const;

/** The broker's PUBLISH in a binary frame, as a server sends it. */
export const publishFrame = (): Uint8Array =>
	encodeFrame({ opcode: 'binary', payload: MQTT_PUBLISH });

/** The same frame as hex: what the lab link opens. */
export const publishCapture = (): string => hex(publishFrame());

const field = (fields: PayloadField[], id: string): PayloadField | undefined => {
	for (const f of fields) {
		const found = f.id === id ? f : field(f.children ?? [], id);
		if (found) return found;
	}
	return undefined;
};

async function readMqtt() {
	const result = await new PayloadConversation({ subprotocol: 'mqtt' }).decode({
		type: 'binary',
		bytes: MQTT_PUBLISH,
		from: 'server'
	});
	const fields = result?.fields ?? [];
	return {
		remaining: Number(field(fields, 'mqtt_remaining_length')?.value),
		flags: field(fields, 'mqtt_flags')!,
		topic: String(field(fields, 'mqtt_topic')?.value),
		payload: String(field(fields, 'mqtt_payload')?.value)
	};
}

/** Which protocol the payload layer reads the GraphQL message as, with no subprotocol to name it. */
async function readGraphql(): Promise<string> {
	const result = await new PayloadConversation().decode({
		type: 'text',
		bytes: utf8(GRAPHQL_SUBSCRIBE),
		text: GRAPHQL_SUBSCRIBE,
		from: 'client'
	});
	return result?.protocol ?? 'none';
}

/** The packet the payload layer reads as a Socket.IO ACK (Socket.IO protocol v5 §Packet format). */
async function readAck(): Promise<string> {
	for (const [id, text] of Object.entries(SOCKET_IO_PACKETS)) {
		const conversation = new PayloadConversation({ choice: 'socket.io' });
		const result = await conversation.decode({ type: 'text', bytes: utf8(text), text });
		if (result?.summary.code === 'socketio_ack') return id;
	}
	return 'none';
}

export async function insideMessage() {
	const bytes = publishFrame();
	const frame = decode(bytes, { from: 'server' }).frames[0]!;
	const mqtt = await readMqtt();
	return {
		facts: {
			graphql: GRAPHQL_SUBSCRIBE,
			publish: hex(MQTT_PUBLISH),
			topic: mqtt.topic,
			message: mqtt.payload,
			event: SOCKET_IO_PACKETS.event,
			ack: SOCKET_IO_PACKETS.ack
		},
		embed: { kind: 'frames', bytes, from: 'server' },
		exercises: [
			{
				id: 'which_protocol',
				kind: 'choice',
				options: ['graphql-ws', 'json', 'socket.io', 'stomp'].map((id) => ({ id })),
				answer: await readGraphql()
			},
			{
				id: 'qos_byte',
				kind: 'pick-byte',
				bytes,
				from: 'server',
				// The QoS is in the flags of MQTT's fixed header (MQTT 3.1.1 §3.3.1).
				answer: frame.payloadOffset + Math.floor(mqtt.flags.bitOffset / 8)
			},
			{
				id: 'remaining_length',
				kind: 'number',
				answer: mqtt.remaining,
				mistakes: [
					{ value: MQTT_PUBLISH.length, because: 'counted_fixed_header' },
					{ value: bytes.length, because: 'whole_frame' },
					{ value: utf8(mqtt.payload).length, because: 'message_only' }
				]
			},
			{
				id: 'which_ack',
				kind: 'choice',
				options: Object.entries(SOCKET_IO_PACKETS).map(([id, label]) => ({ id, label })),
				answer: await readAck()
			}
		]
	} satisfies Material;
}
export type InsideMessageFacts = Awaited<ReturnType<typeof insideMessage>>['facts'];
