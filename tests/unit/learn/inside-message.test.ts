// The payload lesson's bytes are the protocols' own encoders' (mqtt-packet, graphql-ws), and its
// answers are what the payload layer reads in them.
import mqtt from 'mqtt-packet';
import { MessageType, stringifyMessage } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import {
	GRAPHQL_SUBSCRIBE,
	MQTT_PUBLISH,
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
});
