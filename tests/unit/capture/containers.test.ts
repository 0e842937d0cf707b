import { describe, expect, it } from 'vitest';
import { analyzeConnection, readCapture } from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';
import {
	conversation,
	pcap,
	pcapng,
	records,
	REQUEST,
	RESPONSE,
	type PacketRecord
} from './build.ts';

const HELLO_CLIENT = fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
const HELLO_SERVER = fromHex('81 05 48 65 6c 6c 6f');
const T0 = 1_700_000_000;

/** A whole WebSocket conversation: handshake, one message each way, close of TCP. */
function talk(linkType = 1): PacketRecord[] {
	const sent = conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		start: T0,
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'client', data: HELLO_CLIENT, at: 0.25 },
			{ from: 'server', data: HELLO_SERVER, at: 0.5 }
		]
	});
	return records(sent, linkType);
}

function messagesOf(bytes: Uint8Array) {
	const reading = readCapture(bytes);
	const c = analyzeConnection(reading.connections[0]!);
	const ws = c.websocket!;
	return {
		reading,
		c,
		client: ws.client.result.messages.map((m) => m.text),
		server: ws.server.result.messages.map((m) => m.text),
		times: [ws.client.frameTimes[0], ws.server.frameTimes[0]]
	};
}

describe('pcap files', () => {
	for (const littleEndian of [true, false]) {
		for (const nanoseconds of [false, true]) {
			it(`reads ${littleEndian ? 'little' : 'big'}-endian files with ${nanoseconds ? 'ns' : 'µs'} times`, () => {
				const file = pcap(talk(), { littleEndian, nanoseconds });
				const { reading, c, client, server, times } = messagesOf(file);
				expect(reading).toMatchObject({ format: 'pcap', packets: 9, diagnostics: [] });
				expect(c.kind).toBe('websocket');
				expect([client, server]).toEqual([['Hello'], ['Hello']]);
				expect(times[0]).toBeCloseTo(T0 + 0.25, 5);
				expect(times[1]).toBeCloseTo(T0 + 0.5, 5);
			});
		}
	}

	it('keeps the packets before a truncated record and points at where the file ends', () => {
		const whole = pcap(talk());
		const cut = whole.subarray(0, whole.length - 10);
		const reading = readCapture(cut);
		expect(reading.packets).toBe(8);
		expect(reading.diagnostics.map((d) => d.code)).toEqual(['capture_file_truncated']);
		const lastRecordData = whole.length - talk().at(-1)!.data.length;
		expect(reading.diagnostics[0]!.bitOffset / 8).toBe(lastRecordData);
	});

	it('rejects a record length past any snapshot length at its offset', () => {
		const file = pcap(talk().slice(0, 1));
		new DataView(file.buffer).setUint32(24 + 8, 0xfffffff0, true);
		const reading = readCapture(file);
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_record_too_long',
			bitOffset: 32 * 8
		});
	});

	it('says what the magic was when the file is not a capture', () => {
		const reading = readCapture(new TextEncoder().encode('hello world'));
		expect(reading.format).toBeUndefined();
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_format_unknown',
			params: { magic: '68 65 6c 6c' }
		});
	});

	it('reports a 2-byte packet as too short for its link layer', () => {
		const file = pcap([{ time: T0, data: new Uint8Array([1, 2]) }]);
		expect(readCapture(file).diagnostics[0]).toMatchObject({
			code: 'capture_packet_too_short',
			bitOffset: (24 + 16) * 8,
			params: { layer: 'Ethernet', available: 2 }
		});
	});
});

describe('pcapng files', () => {
	for (const littleEndian of [true, false]) {
		it(`reads a ${littleEndian ? 'little' : 'big'}-endian section`, () => {
			const file = pcapng([{ littleEndian, interfaces: [{ linkType: 1 }], packets: talk() }]);
			const { reading, client, server, times } = messagesOf(file);
			expect(reading).toMatchObject({ format: 'pcapng', packets: 9, diagnostics: [] });
			expect([client, server]).toEqual([['Hello'], ['Hello']]);
			expect(times[0]).toBeCloseTo(T0 + 0.25, 5);
		});
	}

	it('uses each interface’s own link type and timestamp resolution (10^-9 and 2^-20)', () => {
		const packets = talk(113).map((p) => ({ ...p, interface: 1 }));
		packets.push(
			...talk(1)
				.slice(0, 1)
				.map((p) => ({ ...p, interface: 0 }))
		);
		const file = pcapng([
			{
				interfaces: [
					{ linkType: 1, tsresol: 9 },
					{ linkType: 113, tsresol: 0x80 | 20 }
				],
				packets
			}
		]);
		const { reading, client, times } = messagesOf(file);
		expect(reading.diagnostics).toEqual([]);
		expect(client).toEqual(['Hello']);
		expect(times[0]).toBeCloseTo(T0 + 0.25, 5);
		expect(reading.connections).toHaveLength(1);
	});

	it('reads several sections, each with its own byte order and interfaces', () => {
		const all = talk();
		const file = pcapng([
			{ littleEndian: true, interfaces: [{ linkType: 1 }], packets: all.slice(0, 5) },
			{ littleEndian: false, interfaces: [{ linkType: 276 }], packets: talk(276).slice(5) }
		]);
		const { reading, client, server } = messagesOf(file);
		expect(reading.packets).toBe(9);
		expect([client, server]).toEqual([['Hello'], ['Hello']]);
	});

	it('skips unknown blocks by their length, saying so once per type', () => {
		const other: [number, Uint8Array][] = [
			[0x0bad, new Uint8Array(8)],
			[0x0bad, new Uint8Array(4)],
			[5, new Uint8Array(12)]
		];
		const file = pcapng([{ interfaces: [{ linkType: 1 }], packets: talk(), otherBlocks: other }]);
		const { reading, client } = messagesOf(file);
		expect(client).toEqual(['Hello']);
		expect(reading.diagnostics.map((d) => [d.code, d.params.type])).toEqual([
			['capture_block_skipped', 'bad'],
			['capture_block_skipped', '5']
		]);
	});

	it('reads simple packet blocks, which have no time', () => {
		const packets = talk().map((p) => ({ ...p, simple: true }));
		const file = pcapng([{ interfaces: [{ linkType: 1 }], packets }]);
		const { client, times } = messagesOf(file);
		expect(client).toEqual(['Hello']);
		expect(times[0]).toBeNaN();
	});

	it('stops at a block length of 2^32 - 4 and keeps the packets before it', () => {
		const file = pcapng([{ interfaces: [{ linkType: 1 }], packets: talk() }]);
		const view = new DataView(file.buffer);
		// Find the fourth enhanced packet block and break its length.
		let at = 0;
		let seen = 0;
		while (seen < 4) {
			at += view.getUint32(at + 4, true);
			if (view.getUint32(at, true) === 6) seen++;
		}
		view.setUint32(at + 4, 0xfffffffc, true);
		const reading = readCapture(file);
		expect(reading.packets).toBe(3);
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_file_truncated',
			bitOffset: at * 8,
			params: { needed: 0xfffffffc }
		});
	});

	it('names a packet whose interface was never described', () => {
		const packets = talk().map((p) => ({ ...p, interface: 3 }));
		const reading = readCapture(pcapng([{ interfaces: [{ linkType: 1 }], packets }]));
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_interface_undefined',
			params: { interface: 3 }
		});
	});

	it('reports a broken byte-order magic in the section header', () => {
		const file = pcapng([{ interfaces: [{ linkType: 1 }], packets: talk() }]);
		file.set([1, 2, 3, 4], 8);
		const reading = readCapture(file);
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_section_byte_order_invalid',
			bitOffset: 64
		});
	});
});
