// MQTT 3.1.1 and 5 over WebSocket, made by the MQTT.js client talking to an aedes broker (3.1.1) and to a
// small broker whose answers mqtt-packet generates (5: aedes refuses it). Every packet we decode from
// the tapped messages must be what mqtt-packet (the parser both libraries use) reads from the same
// bytes, and what the client says it sent and received. MQTT.js and aedes write each field of a
// packet as its own WebSocket message, so this also proves packets reassembled across messages.
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import mqttPacket from 'mqtt-packet';
import { afterAll, describe, expect, it } from 'vitest';
import { createWebSocketStream, WebSocketServer } from 'ws';
import type { PayloadResult } from '$lib/protocol/index.ts';
import { decodeSide, listen, tapSocket, type Tapped } from './tap.ts';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
	for (const close of closers) await close();
});

interface Session {
	log: Tapped[];
	subprotocol: string;
	received: { topic: string; payload: string; packet: mqtt.IPublishPacket }[];
}

/** aedes speaks MQTT 3.1.1 (it refuses level 5): the broker for level 4. */
async function aedesBroker(wss: WebSocketServer): Promise<() => Promise<void>> {
	const broker = await Aedes.createBroker();
	wss.on('connection', (ws) => broker.handle(createWebSocketStream(ws)));
	return () => new Promise<void>((resolve) => broker.close(() => resolve()));
}

/** For level 5, a small broker whose answers mqtt-packet generates: CONNACK, SUBACK, PUBACK, echo. */
function mqtt5Responder(wss: WebSocketServer): () => Promise<void> {
	const options = { protocolVersion: 5 };
	wss.on('connection', (ws) => {
		const parser = mqttPacket.parser(options);
		const send = (packet: Record<string, unknown>) =>
			ws.send(mqttPacket.generate(packet as unknown as mqttPacket.Packet, options));
		let nextId = 100;
		parser.on('packet', (p) => {
			if (p.cmd === 'connect')
				send({
					cmd: 'connack',
					reasonCode: 0,
					sessionPresent: false,
					properties: { topicAliasMaximum: 10, reasonString: '환영' }
				});
			if (p.cmd === 'subscribe')
				send({ cmd: 'suback', messageId: p.messageId, granted: p.subscriptions.map((s) => s.qos) });
			if (p.cmd === 'unsubscribe')
				send({ cmd: 'unsuback', messageId: p.messageId, granted: p.unsubscriptions.map(() => 0) });
			if (p.cmd === 'pingreq') send({ cmd: 'pingresp' });
			if (p.cmd === 'publish') {
				if (p.qos === 1) send({ cmd: 'puback', messageId: p.messageId, reasonCode: 0 });
				send({ ...p, messageId: p.qos ? nextId++ : undefined, dup: false });
			}
		});
		ws.on('message', (data) => parser.parse(data as Buffer));
	});
	return async () => {};
}

async function session(protocolVersion: 4 | 5): Promise<Session> {
	const { server, port } = await listen();
	const wss = new WebSocketServer({ server });
	const log: Tapped[] = [];
	let subprotocol = '';
	wss.on('connection', (ws) => {
		subprotocol = ws.protocol;
		tapSocket(ws, log);
	});
	const closeBroker = protocolVersion === 4 ? await aedesBroker(wss) : mqtt5Responder(wss);
	const client = await mqtt.connectAsync(`ws://127.0.0.1:${port}`, {
		protocolVersion,
		clientId: `wsviz-${protocolVersion}`,
		reconnectPeriod: 0
	});
	closers.push(async () => {
		await client.endAsync();
		wss.close();
		server.close();
		await closeBroker();
	});
	const received: Session['received'] = [];
	client.on('message', (topic, payload, packet) =>
		received.push({ topic, payload: payload.toString(), packet })
	);
	await client.subscribeAsync('sensors/#', { qos: 1 });
	const properties =
		protocolVersion === 5
			? { userProperties: { unit: '°C' }, contentType: 'text/plain' }
			: undefined;
	await client.publishAsync('sensors/1', '21.5', { qos: 1, properties });
	await client.publishAsync('sensors/2', Buffer.from([0xff, 0x00]), { qos: 0 });
	while (received.length < 2) await new Promise((r) => setTimeout(r, 10));
	await client.unsubscribeAsync('sensors/#');
	return { log, subprotocol, received };
}

/** What mqtt-packet reads from the same bytes (all of one side's messages, in order). */
function libraryPackets(messages: readonly Tapped[], protocolVersion: number): mqttPacket.Packet[] {
	const parser = mqttPacket.parser({ protocolVersion });
	const out: mqttPacket.Packet[] = [];
	parser.on('packet', (p) => out.push(p));
	parser.on('error', (e) => {
		throw e;
	});
	for (const m of messages) parser.parse(Buffer.from(m.bytes));
	return out;
}

/** Our packets, in order: a message may hold several, a packet may span several messages. */
function ourPackets(decoded: readonly (PayloadResult | null)[]): Record<string, unknown>[] {
	return decoded
		.flatMap((d) => (Array.isArray(d!.value) ? d!.value : [d!.value]))
		.filter((v): v is Record<string, unknown> => typeof (v as { cmd?: unknown })?.cmd === 'string');
}

const KEYS = [
	'cmd',
	'messageId',
	'qos',
	'dup',
	'retain',
	'topic',
	'clientId',
	'keepalive',
	'clean',
	'sessionPresent',
	'returnCode',
	'reasonCode',
	'granted',
	'unsubscriptions',
	'protocolVersion'
];

/** mqtt-packet fills the fixed header's fields (qos, dup, retain, topic: null) on every packet; they
 * mean something on PUBLISH only. It leaves an UNSUBACK's granted unset in 3.1.1. */
function compared(p: Record<string, unknown>, key: string): boolean {
	if (p[key] === undefined || p[key] === null) return false;
	if (['qos', 'dup', 'retain'].includes(key)) return p.cmd === 'publish';
	return !(key === 'granted' && p.cmd === 'unsuback');
}

function agreeWithLibrary(ours: Record<string, unknown>[], theirs: mqttPacket.Packet[]): void {
	expect(theirs.length).toBeGreaterThan(4);
	expect(ours.map((p) => p.cmd)).toEqual(theirs.map((p) => p.cmd));
	theirs.forEach((packet, i) => {
		const p = packet as unknown as Record<string, unknown>;
		for (const key of KEYS.filter((k) => compared(p, k)))
			expect([key, ours[i]![key]]).toEqual([key, p[key]]);
		if (p.cmd === 'subscribe')
			expect(ours[i]!.subscriptions).toMatchObject(p.subscriptions as object[]);
		if (p.cmd === 'publish') {
			const text = ours[i]!.payload;
			const bytes =
				typeof text === 'string'
					? Buffer.from(text)
					: Buffer.from((text as { hex: string }).hex, 'hex');
			expect(bytes).toEqual(p.payload);
		}
		if (p.properties) expect(ours[i]!.properties).toEqual(p.properties);
	});
}

describe.each([4, 5] as const)(
	'MQTT (protocol level %i) made by MQTT.js, aedes and mqtt-packet',
	(version) => {
		let s: Session;
		it('connects with the subprotocol mqtt; every message is MQTT, read by subprotocol, without errors', async () => {
			s = await session(version);
			expect(s.subprotocol).toBe('mqtt');
			for (const from of ['client', 'server'] as const) {
				const decoded = await decodeSide(s.log, from, s.subprotocol);
				expect(decoded.every((d) => d?.protocol === 'mqtt' && d.detectedBy === 'subprotocol')).toBe(
					true
				);
				expect(decoded.flatMap((d) => d!.diagnostics.filter((x) => x.severity !== 'info'))).toEqual(
					[]
				);
			}
		});

		it('reads each packet as mqtt-packet reads it, both ways', async () => {
			for (const from of ['client', 'server'] as const) {
				const messages = s.log.filter((m) => m.from === from);
				const decoded = await decodeSide(s.log, from, s.subprotocol);
				agreeWithLibrary(ourPackets(decoded), libraryPackets(messages, version));
			}
		});

		it('decodes the client CONNECT, SUBSCRIBE and PUBLISH as the client sent them', async () => {
			const decoded = (await decodeSide(s.log, 'client', s.subprotocol)).map((d) => d!);
			const connect = decoded.find((d) => d.summary.code === 'mqtt_connect')!;
			expect(connect.value).toMatchObject({
				cmd: 'connect',
				protocolVersion: version,
				clientId: `wsviz-${version}`
			});
			expect(connect.summary.params).toEqual({
				version: version === 5 ? '5' : '3.1.1',
				clientId: `wsviz-${version}`
			});
			const subscribe = decoded.find((d) => d.summary.code === 'mqtt_subscribe')!;
			expect(subscribe.value).toMatchObject({ subscriptions: [{ topic: 'sensors/#', qos: 1 }] });
			const publish = decoded.find(
				(d) => d.summary.code === 'mqtt_publish' && d.summary.params.topic === 'sensors/1'
			)!;
			expect(publish.summary.params).toMatchObject({ topic: 'sensors/1', qos: 1 });
			expect(publish.value).toMatchObject({ payload: '21.5', qos: 1 });
			if (version === 5)
				expect(publish.value).toMatchObject({
					properties: { userProperties: { unit: '°C' }, contentType: 'text/plain' }
				});
			const binary = decoded.find((d) => d.summary.params.topic === 'sensors/2')!;
			expect(binary.value).toMatchObject({ payload: { hex: 'ff00' }, qos: 0 });
		});

		it('decodes the broker PUBLISH as the client received it, fields placed over the reassembled bytes', async () => {
			const decoded = (await decodeSide(s.log, 'server', s.subprotocol)).map((d) => d!);
			const publishes = decoded.filter((d) => d.summary.code === 'mqtt_publish');
			expect(publishes.map((p) => p.value)).toMatchObject(
				s.received.map((r) => ({
					topic: r.topic,
					qos: r.packet.qos,
					...(r.packet.qos ? { messageId: r.packet.messageId } : {})
				}))
			);
			// The packet began in earlier messages: offsets count from its first byte, `carried` bytes back.
			const first = publishes[0]!;
			const packet = first.fields.find((f) => f.id === 'mqtt_packet')!;
			expect(packet.bitOffset).toBe(0);
			const message = s.log.filter((m) => m.from === 'server')[decoded.indexOf(first)]!;
			expect((first.carried ?? 0) + message.bytes.length).toBe(packet.bitLength / 8);
			// aedes writes each field as its own message; our level-5 broker writes whole packets.
			if (version === 4) expect(first.carried).toBeGreaterThan(0);
			const topic = packet.children!.find((f) => f.id === 'mqtt_topic')!;
			expect(topic).toMatchObject({ value: 'sensors/1', bitOffset: 2 * 8, bitLength: (2 + 9) * 8 });
		});
	}
);
