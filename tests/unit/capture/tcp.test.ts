import { describe, expect, it } from 'vitest';
import { analyzeConnection, readCapture, type CaptureConnection } from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';
import { conversation, ipPacket, linkFrame, pcap, REQUEST, RESPONSE, type Sent } from './build.ts';

const HELLO_CLIENT = fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58');
const T0 = 1_700_000_000;
/** Ten server text frames "m0".."m9", each in its own segment. */
const serverFrames = Array.from({ length: 10 }, (_, i) =>
	fromHex(`81 02 6d ${(0x30 + i).toString(16)}`)
);

function talk(
	options: { clientIsn?: number; serverIsn?: number; noHandshake?: boolean } = {}
): Sent[] {
	const sends = options.noHandshake
		? []
		: [
				{ from: 'client' as const, data: REQUEST, at: 0.01 },
				{ from: 'server' as const, data: RESPONSE, at: 0.02 }
			];
	return conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		start: T0,
		...options,
		sends: [
			...sends,
			{ from: 'client', data: HELLO_CLIENT, at: 0.03 },
			...serverFrames.map((data, i) => ({ from: 'server' as const, data, at: 0.1 + i / 10 }))
		]
	});
}

function analyse(sent: Sent[], snaplen?: number): CaptureConnection {
	const file = pcap(
		sent.map((s) => {
			const data = linkFrame(1, ipPacket(s.spec));
			const cut = snaplen !== undefined && data.length > snaplen;
			return cut
				? { time: s.time, data: data.subarray(0, snaplen), originalLength: data.length }
				: { time: s.time, data };
		}),
		snaplen === undefined ? {} : { snaplen }
	);
	const reading = readCapture(file);
	expect(reading.connections).toHaveLength(1);
	return analyzeConnection(reading.connections[0]!);
}

const serverTexts = (c: CaptureConnection) =>
	c.websocket?.server.result.messages.map((m) => m.text);
const codes = (c: CaptureConnection) => c.diagnostics.map((d) => d.code);
const all = serverFrames.map((_, i) => `m${i}`);
/** Index in `talk()` of the server's i-th frame segment. */
const frameAt = (i: number) => 3 + 2 + 1 + i;

describe('TCP reassembly', () => {
	it('puts segments that arrived out of order back in sequence order', () => {
		const sent = talk();
		// The packets keep their capture times; the segments in them trade places.
		const [a, b] = [sent[frameAt(2)]!, sent[frameAt(5)]!];
		[a.spec, b.spec] = [b.spec, a.spec];
		const c = analyse(sent);
		expect(serverTexts(c)).toEqual(all);
		expect(codes(c)).toEqual([]);
		// m5 came in the packet sent at the time m2 was due: its time is its own packet's.
		expect(c.websocket!.server.frameTimes[5]).toBeCloseTo(T0 + 0.1 + 0.2, 5);
	});

	it('reads a retransmitted segment once, counting its bytes', () => {
		const sent = talk();
		sent.splice(frameAt(4), 0, { ...sent[frameAt(3)]!, time: sent[frameAt(3)]!.time + 0.05 });
		const c = analyse(sent);
		expect(serverTexts(c)).toEqual(all);
		expect(c.streams.server.retransmitted).toBe(4);
		expect(codes(c)).toEqual([]);
	});

	it('keeps the first copy of bytes a retransmission contradicts, and says where', () => {
		const sent = talk();
		const original = sent[frameAt(3)]!;
		const forged = { ...original, spec: { ...original.spec, payload: fromHex('81 02 58 58') } };
		sent.splice(frameAt(4), 0, { ...forged, time: original.time + 0.05 });
		const c = analyse(sent);
		expect(serverTexts(c)).toEqual(all);
		const conflict = c.diagnostics.find((d) => d.code === 'tcp_overlap_conflict');
		expect(conflict?.params).toEqual({ role: 'server', length: 2, streamOffset: 129 + 3 * 4 });
	});

	it('keeps the earlier copy even when a later, longer retransmission sorts first', () => {
		const sent = talk();
		// m3 and m4 arrive, then one retransmission covering m2..m4 whose m4 bytes differ.
		const m2 = sent[frameAt(2)]!;
		const late = {
			...m2,
			time: m2.time + 1,
			spec: { ...m2.spec, payload: fromHex('81 02 6d 32 81 02 6d 33 81 02 58 58') }
		};
		sent.splice(frameAt(2), 1);
		sent.splice(frameAt(4), 0, late);
		const c = analyse(sent);
		expect(serverTexts(c)).toEqual(all);
		expect(codes(c)).toContain('tcp_overlap_conflict');
		// m3's first byte came first in its own packet, not in the retransmission.
		expect(c.websocket!.server.frameTimes[3]).toBeCloseTo(T0 + 0.1 + 0.3, 5);
		expect(c.websocket!.server.frameTimes[2]).toBeCloseTo(m2.time + 1, 5);
	});

	it('reports a lost segment as a gap with its size and reads nothing after it', () => {
		const sent = talk();
		sent.splice(frameAt(6), 1);
		const c = analyse(sent);
		expect(c.streams.server.gaps).toMatchObject([{ streamOffset: 129 + 6 * 4, length: 4 }]);
		expect(serverTexts(c)).toEqual(all.slice(0, 6));
		expect(codes(c)).toEqual(['tcp_gap', 'capture_stream_stops_at_gap']);
		const stop = c.diagnostics[1]!;
		expect(stop.params).toEqual({ role: 'server', length: 3 * 4 });
	});

	it('reads sequence numbers that wrap around 2^32', () => {
		for (const serverIsn of [0xfffffff0, 0xffffffff, 0xffffff80 - 129]) {
			const sent = talk({ serverIsn });
			[sent[frameAt(1)], sent[frameAt(3)]] = [sent[frameAt(3)]!, sent[frameAt(1)]!];
			const c = analyse(sent);
			expect(serverTexts(c)).toEqual(all);
			expect(codes(c)).toEqual([]);
		}
	});

	it('reads a connection whose start was not captured from its first bytes', () => {
		const sent = talk({ noHandshake: true });
		const c = analyse(sent);
		expect(c.kind).toBe('websocket');
		expect(codes(c)).toEqual(['tcp_start_not_captured', 'capture_handshake_not_captured']);
		expect(serverTexts(c)).toEqual(all);
		expect(c.websocket?.client.result.messages[0]?.text).toBe('Hello');
		expect(c.client.port).toBe(50000);
	});

	it('turns bytes cut by the snapshot length into a gap, never into joined data', () => {
		const c = analyse(talk(), 14 + 20 + 20 + 2);
		expect(c.streams.server.gaps[0]).toMatchObject({ streamOffset: 2 });
		expect(c.kind).toBe('tcp');
		expect(codes(c)).toContain('tcp_gap');
	});

	it('starts a new connection when a closed 4-tuple is opened again', () => {
		const first = talk();
		const second = talk({ clientIsn: 90000, serverIsn: 70000 }).map((s) => ({
			...s,
			time: s.time + 10
		}));
		const file = pcap(
			[...first, ...second].map((s) => ({ time: s.time, data: linkFrame(1, ipPacket(s.spec)) }))
		);
		const reading = readCapture(file);
		expect(reading.connections).toHaveLength(2);
		for (const c of reading.connections) expect(serverTexts(analyzeConnection(c))).toEqual(all);
	});

	it('notes a reset', () => {
		const sent = talk();
		const last = sent.at(-1)!;
		sent.push({ time: last.time + 1, spec: { ...last.spec, flags: 'R', payload: undefined } });
		expect(codes(analyse(sent))).toEqual(['tcp_reset']);
	});
});
