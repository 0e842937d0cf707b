// MessagePack and CBOR binary messages, encoded by @msgpack/msgpack and the `cbor` package and sent over
// a real `ws` connection: we decode what they encoded, and every field's bytes alone decode to its value.
import { encode as msgpackEncode, decode as msgpackDecode } from '@msgpack/msgpack';
import cbor from 'cbor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import type { PayloadField } from '$lib/protocol/index.ts';
import { decodeSide, listen, tapSocket, until, type Tapped } from './tap.ts';

const log: Tapped[] = [];
let stop: () => void;

// A Buffer, not a bare Uint8Array: the cbor package writes a Uint8Array as tag 64 (RFC 8746).
const SAMPLES = [
	{ event: 'reading', sensor: '센서-1', values: [21.5, -3, 0], ok: true, at: null },
	[1, 'two', { three: [4, 5] }, false],
	{ big: 2 ** 40, bytes: Buffer.from([1, 2, 3]) }
];

beforeAll(async () => {
	const { server, port } = await listen();
	const wss = new WebSocketServer({ server });
	wss.on('connection', (ws) => tapSocket(ws, log));
	const client = new WebSocket(`ws://127.0.0.1:${port}`);
	await new Promise((resolve) => client.once('open', resolve));
	for (const sample of SAMPLES) client.send(msgpackEncode(sample));
	for (const sample of SAMPLES) client.send(cbor.encode(sample));
	await until(() => log.length === SAMPLES.length * 2);
	stop = () => {
		client.close();
		wss.close();
		server.close();
	};
});

afterAll(() => stop());

const plain = (v: unknown): unknown =>
	JSON.parse(
		JSON.stringify(v, (_, x) =>
			x instanceof Uint8Array || (x && x.type === 'Buffer')
				? { hex: Buffer.from(x.data ?? x).toString('hex') }
				: x
		)
	);

function leaves(fields: readonly PayloadField[]): PayloadField[] {
	return fields.flatMap((f) => (f.children ? leaves(f.children) : [f]));
}

describe.each([
	['msgpack', 0, (b: Uint8Array) => msgpackDecode(b)],
	['cbor', SAMPLES.length, (b: Uint8Array) => cbor.decodeFirstSync(Buffer.from(b))]
] as const)('%s made by its encoder', (protocol, first, libraryDecode) => {
	it('is detected by content and decodes to what was encoded', async () => {
		const decoded = await decodeSide(log.slice(first, first + SAMPLES.length), 'client');
		decoded.forEach((d, i) => {
			expect(d).toMatchObject({ protocol, detectedBy: 'content' });
			expect(d!.value).toEqual(plain(SAMPLES[i]));
			expect(d!.diagnostics.filter((x) => x.code !== 'payload_detection_ambiguous')).toEqual([]);
		});
	});

	it('places every leaf over bytes that decode, alone, to the leaf value', async () => {
		const messages = log.slice(first, first + SAMPLES.length);
		const decoded = await decodeSide(messages, 'client');
		decoded.forEach((d, i) => {
			const bytes = messages[i]!.bytes;
			for (const leaf of leaves(d!.fields)) {
				// a map member's range starts at its key: the value is the last item in it
				const start = leaf.bitOffset / 8;
				const end = start + leaf.bitLength / 8;
				const item = bytes.subarray(start, end);
				const key = leaf.label.startsWith('[')
					? 0
					: protocol === 'msgpack'
						? msgpackEncode(leaf.label).length
						: cbor.encode(leaf.label).length;
				expect(plain(libraryDecode(item.subarray(key)))).toEqual(leaf.value);
			}
		});
	});
});

describe('malformed binary messages get catalogued codes', () => {
	it('a truncated MessagePack string, the never-used byte 0xc1, a CBOR reserved additional info', async () => {
		const cases: [string, number[], string][] = [
			['msgpack', [0xa5, 0x61, 0x62], 'msgpack_truncated'],
			['msgpack', [0x92, 0x01, 0xc1], 'msgpack_invalid'],
			['cbor', [0x1c], 'cbor_invalid'],
			['cbor', [0x82, 0x01], 'cbor_truncated'],
			['cbor', [0xff], 'cbor_break_unexpected'],
			['cbor', [0x01, 0x02], 'cbor_trailing_bytes']
		];
		for (const [protocol, bytes, code] of cases) {
			const { decodePayloads } = await import('../../src/lib/protocol/index.ts');
			const [result] = await decodePayloads([{ type: 'binary', bytes: Uint8Array.from(bytes) }], {
				choice: protocol as 'cbor'
			});
			expect([protocol, bytes, result!.diagnostics.map((d) => d.code)]).toEqual([
				protocol,
				bytes,
				[code]
			]);
		}
	});
});
