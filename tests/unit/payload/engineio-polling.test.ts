// Engine.IO v4 long-polling bodies, made by engine.io-parser's encodePayload: the packets the payload
// layer finds, with their byte ranges, are the ones the library's decodePayload reads.
import { decodePayload, encodePayload, type Packet } from 'engine.io-parser';
import { describe, expect, it } from 'vitest';
import { decodePayloads, type PayloadField, type PayloadInput } from '$lib/protocol/index.ts';

const encode = (packets: Packet[]): Promise<string> =>
	new Promise((resolve) => encodePayload(packets, resolve));
const body = (text: string): PayloadInput => ({
	type: 'text',
	bytes: new TextEncoder().encode(text),
	transport: 'polling'
});
const byteRange = (f: PayloadField): [number, number] => [
	f.bitOffset / 8,
	(f.bitOffset + f.bitLength) / 8
];

describe('Engine.IO long-polling bodies', () => {
	it('finds each packet and each 0x1E between them, as decodePayload does', async () => {
		const text = await encode([
			{ type: 'message', data: '0{"sid":"wZX3oN0bSVIhsaknAAAI"}' },
			{ type: 'message', data: '2["chat","어서 와"]' },
			{ type: 'ping' }
		]);
		const [read] = await decodePayloads([body(text)]);
		expect(read).toMatchObject({
			protocol: 'socket.io',
			detectedBy: 'content',
			summary: { code: 'engineio_polling', params: { count: 3, types: 'MESSAGE, MESSAGE, PING' } },
			diagnostics: []
		});
		const bytes = new TextEncoder().encode(text);
		const packets = read!.fields.filter((f) => f.id === 'engineio_packet');
		const library = decodePayload(text);
		expect(packets.map((f) => f.value)).toEqual(text.split('\x1e'));
		expect(packets.map((f) => f.params.type)).toEqual(library.map((p) => p.type.toUpperCase()));
		for (const f of read!.fields.filter((f) => f.id === 'engineio_separator'))
			expect(bytes[byteRange(f)[0]]).toBe(0x1e);
		// The Socket.IO EVENT inside the second packet: its type byte is the "2" after "4".
		const second = packets[1]!;
		const start = byteRange(second)[0];
		const sioType = second.children!.find((f) => f.id === 'socketio_type')!;
		expect(byteRange(sioType)).toEqual([start + 1, start + 2]);
		expect(sioType.value).toBe('EVENT');
		const data = second.children!.find((f) => f.id === 'socketio_data')!;
		const [from, to] = byteRange(data);
		expect(new TextDecoder().decode(bytes.subarray(from, to))).toBe('["chat","어서 와"]');
		expect((read!.value as { packets: unknown[] }).packets[1]).toMatchObject({
			socketio: { type: 2, nsp: '/', data: ['chat', '어서 와'] }
		});
	});

	it('reads a base64 binary packet as the attachment a BINARY_EVENT awaits', async () => {
		const text = await encode([
			{ type: 'message', data: '51-["file",{"_placeholder":true,"num":0}]' },
			{ type: 'message', data: Uint8Array.of(1, 2, 250).buffer }
		]);
		expect(text).toContain('\x1eb');
		const [read] = await decodePayloads([body(text)]);
		const packets = read!.fields.filter((f) => f.id === 'engineio_packet');
		expect(packets[1]!.children!.map((f) => f.id)).toEqual(['engineio_binary']);
		const rebuilt = (read!.value as { packets: { packet?: { data: unknown[] } }[] }).packets[1];
		expect(rebuilt?.packet?.data[0]).toBe('file');
		// The BINARY_EVENT says what it awaits; the binary packet after it in the same body answers.
		expect(read!.diagnostics.map((d) => d.code)).toEqual(['socketio_attachment_waiting']);
	});

	it('points a bad packet at its bytes in the body and still reads the ones after it', async () => {
		const [read] = await decodePayloads([body('40\x1e9oops\x1e2')]);
		expect(read!.diagnostics.map((d) => [d.code, d.bitOffset / 8])).toEqual([
			['engineio_unknown_packet_type', 3]
		]);
		expect(read!.summary.params).toMatchObject({ count: 3, types: 'MESSAGE, ERROR, PING' });
	});

	it('is read as the user chose when the choice is another protocol, and never throws', async () => {
		const [none] = await decodePayloads([body('40')], { choice: 'none' });
		expect(none).toBeNull();
		const [chosen] = await decodePayloads([body('40')], { choice: 'socket.io' });
		expect(chosen!.detectedBy).toBe('option');
		for (const text of ['', '\x1e', '\x1e\x1e4', 'b', 'b@@@', '4\x1eb'])
			expect((await decodePayloads([body(text)]))[0]!.protocol).toBe('socket.io');
	});
});
