// The payload lesson's bytes are the protocols' own encoders' (mqtt-packet, graphql-ws), and its
// answers are what the payload layer reads in them.
import mqtt from 'mqtt-packet';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { encodePacket, type Packet } from 'engine.io-parser';
import { Decoder, Encoder, PacketType, type Packet as SioPacket } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import {
	GRAPHQL_SUBSCRIBE,
	MQTT_PUBLISH,
	SOCKET_IO_PACKETS,
	insideMessage
} from '$lib/learn/material/inside-message.ts';

const question = async (id: string) => (await insideMessage()).exercises.find((e) => e.id === id);

describe('what rides inside a message', () => {
	it('shows the bytes mqtt-packet and graphql-ws make', () => {
		const publish = mqtt.generate({
			cmd: 'publish',
			topic: 'sensors/1',
			payload: Buffer.from('21.5'),
			qos: 1,
			messageId: 7,
			retain: false,
			dup: false
		});
		expect(Array.from(MQTT_PUBLISH)).toEqual(Array.from(publish));
		const subscribe = stringifyMessage({
			type: MessageType.Subscribe,
			id: 'op-1',
			payload: { query: 'subscription { greetings }' }
		});
		expect(GRAPHQL_SUBSCRIBE).toBe(subscribe);
	});

	it('reads graphql-transport-ws by content, the QoS in byte 2, a remaining length of 17', async () => {
		expect(await question('which_protocol')).toMatchObject({ answer: 'graphql-ws' });
		// 2 bytes of WebSocket header, then MQTT's type-and-flags byte (MQTT 3.1.1 §3.3.1).
		expect(await question('qos_byte')).toMatchObject({ answer: 2 });
		// Topic (2 + 9), packet id (2), "21.5" (4): MQTT 3.1.1 §2.2.3.
		expect(await question('remaining_length')).toMatchObject({ answer: 17 });
		expect((await insideMessage()).facts).toMatchObject({ topic: 'sensors/1', message: '21.5' });
	});

	it('asks which Socket.IO packet is an ack, with socket.io-parser’s packets and its answer', async () => {
		const engine = (packet: Packet): Promise<string> =>
			new Promise((resolve) => encodePacket(packet, false, (d) => resolve(String(d))));
		const message = (packet: SioPacket) =>
			engine({ type: 'message', data: String(new Encoder().encode(packet)[0]) });
		expect(SOCKET_IO_PACKETS).toEqual({
			event: await message({ type: PacketType.EVENT, nsp: '/', id: 1, data: ['chat', '안녕'] }),
			connect: await message({ type: PacketType.CONNECT, nsp: '/' }),
			ack: await message({ type: PacketType.ACK, nsp: '/', id: 1, data: ['ok'] }),
			pong: await engine({ type: 'pong' })
		});
		const ex = await question('which_ack');
		if (ex?.kind !== 'choice') throw new Error('which_ack is a choice');
		expect(ex.options.map((o) => o.id)).toContain(ex.answer);
		// The library says the same: the chosen packet is an ACK (after Engine.IO's "4", message).
		const decoder = new Decoder();
		const decoded = new Promise<SioPacket>((resolve) => decoder.on('decoded', resolve));
		decoder.add(SOCKET_IO_PACKETS[ex.answer as keyof typeof SOCKET_IO_PACKETS].slice(1));
		expect((await decoded).type).toBe(PacketType.ACK);
	});
});
