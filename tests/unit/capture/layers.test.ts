import { describe, expect, it } from 'vitest';
import { analyzeConnection, readCapture } from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';
import { conversation, ipPacket, linkFrame, pcap, REQUEST, RESPONSE, type Sent } from './build.ts';

const HELLO_CLIENT = fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
const HELLO_SERVER = fromHex('81 05 48 65 6c 6c 6f');

function talk(client: string, server: string): Sent[] {
	return conversation({
		client: [client, 50000],
		server: [server, 8080],
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'client', data: HELLO_CLIENT, at: 0.03 },
			{ from: 'server', data: HELLO_SERVER, at: 0.04 }
		]
	});
}

function read(
	sent: Sent[],
	linkType: number,
	wrap = (s: Sent) => linkFrame(linkType, ipPacket(s.spec))
) {
	const file = pcap(
		sent.map((s) => ({ time: s.time, data: wrap(s) })),
		{ linkType }
	);
	const reading = readCapture(file);
	const c = reading.connections[0] && analyzeConnection(reading.connections[0]);
	return { reading, c };
}

describe('link layers', () => {
	const cases: [string, number][] = [
		['Ethernet', 1],
		['Linux cooked (SLL)', 113],
		['Linux cooked (SLL2)', 276],
		['BSD loopback (NULL)', 0],
		['OpenBSD loopback (LOOP)', 108],
		['raw IP', 101],
		['raw IPv4', 228]
	];
	for (const [name, linkType] of cases) {
		it(`reads a WebSocket conversation over ${name}`, () => {
			const { reading, c } = read(talk('192.168.1.2', '192.168.1.1'), linkType);
			expect(reading.diagnostics).toEqual([]);
			expect(c?.kind).toBe('websocket');
			expect(c?.websocket?.client.result.messages[0]?.text).toBe('Hello');
			expect(`${c?.client.address}:${c?.client.port}`).toBe('192.168.1.2:50000');
		});
	}

	it('reads raw IPv6 (LINKTYPE 229) and IPv6 over BSD loopback', () => {
		for (const linkType of [229, 0]) {
			const { c } = read(talk('2001:db8::1', '2001:db8::2'), linkType);
			expect(c?.kind).toBe('websocket');
			expect(c?.client.address).toBe('2001:db8::1');
			expect(c?.websocket?.server.result.messages[0]?.text).toBe('Hello');
		}
	});

	it('reads Ethernet frames with one and two 802.1Q VLAN tags', () => {
		for (const vlans of [[0x8100], [0x88a8, 0x8100]]) {
			const { c } = read(talk('10.1.1.1', '10.1.1.2'), 1, (s) =>
				linkFrame(1, ipPacket(s.spec), vlans)
			);
			expect(c?.websocket?.client.result.messages[0]?.text).toBe('Hello');
		}
	});

	it('says once that a link type is not read', () => {
		const { reading } = read(talk('10.1.1.1', '10.1.1.2'), 147);
		expect(reading.diagnostics.map((d) => [d.code, d.params.linkType])).toEqual([
			['capture_link_type_unsupported', 147]
		]);
	});
});

describe('IP', () => {
	it('skips IPv4 options by the header length', () => {
		const options = new Uint8Array([1, 1, 1, 0]); // NOP NOP NOP EOL (RFC 791 §3.1)
		const sent = talk('10.0.0.1', '10.0.0.2').map((s) => ({
			...s,
			spec: { ...s.spec, ipOptions: options }
		}));
		const { c } = read(sent, 1);
		expect(c?.websocket?.client.result.messages[0]?.text).toBe('Hello');
	});

	it('walks IPv6 extension headers to TCP', () => {
		const sent = talk('fe80::1', 'fe80::2').map((s) => ({
			...s,
			spec: { ...s.spec, ipv6Extensions: [0, 60] }
		}));
		const { c, reading } = read(sent, 1);
		expect(reading.diagnostics).toEqual([]);
		expect(c?.websocket?.server.result.messages[0]?.text).toBe('Hello');
	});

	it('diagnoses an IPv4 fragment and reports the bytes it held as a gap', () => {
		const sent = talk('10.0.0.1', '10.0.0.2');
		// The client's frame travels as a first fragment (MF set): not reassembled.
		sent[5] = { ...sent[5]!, spec: { ...sent[5]!.spec, fragment: 0x2000 } };
		const { c, reading } = read(sent, 1);
		expect(reading.diagnostics.map((d) => d.code)).toEqual(['capture_ip_fragment']);
		expect(c?.streams.client.gaps).toMatchObject([{ length: HELLO_CLIENT.length }]);
		expect(c?.diagnostics.map((d) => d.code)).toContain('tcp_gap');
	});

	it('skips a packet whose IPv4 header length is below 5 words, saying why', () => {
		const sent = talk('10.0.0.1', '10.0.0.2');
		const { reading } = read(sent, 101, (s) => {
			const p = ipPacket(s.spec);
			if (s === sent[0]) p[0] = 0x44;
			return p;
		});
		expect(reading.diagnostics[0]).toMatchObject({
			code: 'capture_ip_header_invalid',
			params: { layer: 'IPv4', field: 'IHL', value: 4 }
		});
	});
});
