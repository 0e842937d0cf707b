// The socket.io lesson's session is engine.io-parser's and socket.io-parser's own encoding, and the
// payload layer reads it back, both sides in order, as the packets they encoded.
import { encodePacket, encodePayload, type Packet } from 'engine.io-parser';
import { Encoder, PacketType, type Packet as SioPacket } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import {
	OPEN,
	SESSION,
	SOCKET,
	UPGRADE_SEQUENCE,
	upgradeSteps
} from '$lib/learn/material/socket-io-upgrade.ts';
import { socketIo } from '$lib/learn/material/socket-io.ts';
import { decode } from '$lib/protocol/index.ts';
import { PayloadConversation, type PayloadInput } from '$lib/protocol/payload/index.ts';

const engine = (packet: Packet): Promise<string> =>
	new Promise((resolve) => encodePacket(packet, false, (data) => resolve(String(data))));
const body = (packets: Packet[]): Promise<string> =>
	new Promise((resolve) => encodePayload(packets, resolve));
/** A Socket.IO packet inside an Engine.IO MESSAGE, as the libraries put it on the wire. */
const message = (packet: SioPacket): Packet => ({
	type: 'message',
	data: String(new Encoder().encode(packet)[0])
});
const nsp = '/';

describe('the socket.io lesson: long polling, then the upgrade', () => {
	it('is the libraries’ encoding, packet by packet', async () => {
		const open: Packet = {
			type: 'open',
			data: JSON.stringify({
				sid: SESSION,
				upgrades: ['websocket'],
				pingInterval: 25000,
				pingTimeout: 20000,
				maxPayload: 1000000
			})
		};
		const expected = [
			[open],
			[message({ type: PacketType.CONNECT, nsp })],
			[
				message({ type: PacketType.CONNECT, nsp, data: { sid: SOCKET } }),
				message({ type: PacketType.EVENT, nsp, data: ['chat', '어서 와'] })
			],
			[{ type: 'noop' }]
		] satisfies Packet[][];
		const bodies = UPGRADE_SEQUENCE.filter((s) => s.packets).map((s) => s.packets!.join('\x1e'));
		expect(bodies).toEqual(await Promise.all(expected.map(body)));
		expect(OPEN).toBe(await engine(open));
		const frames = UPGRADE_SEQUENCE.filter((s) => s.websocket !== undefined).map(
			(s) => s.websocket
		);
		expect(frames).toEqual(
			await Promise.all(
				[
					{ type: 'ping', data: 'probe' },
					{ type: 'pong', data: 'probe' },
					{ type: 'upgrade' },
					message({ type: PacketType.EVENT, nsp, id: 1, data: ['chat', '안녕'] }),
					message({ type: PacketType.ACK, nsp, id: 1, data: ['ok'] })
				].map((p) => engine(p as Packet))
			)
		);
	});

	it('shows both sides in order, each frame masked by the client only', () => {
		const steps = upgradeSteps();
		expect(new Set(steps.map((s) => s.from))).toEqual(new Set(['client', 'server']));
		for (const step of steps.filter((s) => s.frame)) {
			const frame = decode(step.frame!, { from: step.from }).frames[0]!;
			expect(frame.masked).toBe(step.from === 'client');
		}
		expect(socketIo().embed).toMatchObject({ kind: 'engine-io' });
	});

	it('reads as the Engine.IO and Socket.IO packets the libraries encoded', async () => {
		const conversation = new PayloadConversation({ choice: 'socket.io' });
		const read = [];
		for (const step of upgradeSteps()) {
			const bytes =
				step.body ?? (step.frame && decode(step.frame, { from: step.from }).messages[0]!.payload);
			if (!bytes) continue;
			const input: PayloadInput = { type: 'text', bytes, from: step.from };
			if (step.body) input.transport = 'polling';
			const result = (await conversation.decode(input))!;
			expect(result.diagnostics).toEqual([]);
			read.push(`${step.from} ${result.summary.code} ${JSON.stringify(result.summary.params)}`);
		}
		expect(read).toEqual([
			'server engineio_polling {"count":1,"types":"OPEN"}',
			'client engineio_polling {"count":1,"types":"MESSAGE"}',
			'server engineio_polling {"count":2,"types":"MESSAGE, MESSAGE"}',
			'client engineio_packet {"type":"PING","data":"probe"}',
			'server engineio_packet {"type":"PONG","data":"probe"}',
			'server engineio_polling {"count":1,"types":"NOOP"}',
			'client engineio_packet {"type":"UPGRADE","data":""}',
			'client socketio_event {"type":"EVENT","nsp":"","event":"chat","args":"[\\"안녕\\"]","id":1}',
			'server socketio_ack {"type":"ACK","nsp":"","id":1,"args":"[\\"ok\\"]"}'
		]);
	});
});
