// The payload layer never throws: random bytes and random text, read as every protocol and detected
// automatically, give only catalogued codes, and fields that stay inside the bytes they describe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodePayloads,
	PAYLOAD_DIAGNOSTICS,
	PAYLOAD_PROTOCOLS,
	type PayloadField,
	type PayloadInput,
	type PayloadResult
} from '$lib/protocol/index.ts';

const CHOICES = ['auto', ...PAYLOAD_PROTOCOLS] as const;
const SUBPROTOCOLS = [
	undefined,
	'mqtt',
	'v12.stomp',
	'graphql-ws',
	'wamp.2.json',
	'wamp.2.msgpack',
	'wamp.2.cbor'
];

// Inputs that look like each protocol, so the fuzz gets past the first byte.
const PREFIXES = [
	'42[',
	'451-[',
	'0{',
	'SEND\n',
	'MESSAGE\nx:y\n\n',
	'{"type":"next"',
	'[16,',
	'{"type":1',
	'\x1e'
];
const message = fc.oneof(
	fc.uint8Array({ maxLength: 64 }).map((bytes): PayloadInput => ({ type: 'binary', bytes })),
	fc
		.tuple(fc.constantFrom('', ...PREFIXES), fc.string({ maxLength: 40 }))
		.map(([p, s]): PayloadInput => {
			const text = p + s;
			return { type: 'text', text, bytes: new TextEncoder().encode(text) };
		}),
	// MQTT-shaped: a real first byte and Remaining Length, then noise
	fc
		.tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 40 }))
		.map(([b, rest]): PayloadInput => ({
			type: 'binary',
			bytes: Uint8Array.from([b, rest.length, ...rest])
		}))
);

function checkFields(fields: readonly PayloadField[], limitBits: number): void {
	for (const f of fields) {
		expect(f.bitOffset).toBeGreaterThanOrEqual(0);
		expect(f.bitOffset + f.bitLength).toBeLessThanOrEqual(limitBits);
		expect(typeof f.meaningCode).toBe('string');
		if (f.children) checkFields(f.children, limitBits);
	}
}

function check(result: PayloadResult | null, input: PayloadInput): void {
	if (!result) return;
	const limit = ((result.carried ?? 0) + input.bytes.length) * 8;
	for (const d of result.diagnostics) {
		expect(Object.keys(PAYLOAD_DIAGNOSTICS)).toContain(d.code);
		expect(d.bitOffset + d.bitLength).toBeLessThanOrEqual(limit);
	}
	checkFields(result.fields, limit);
	expect(() => JSON.stringify(result.value)).not.toThrow();
}

describe('the payload layer on random input', () => {
	it('never throws, and reports only catalogued codes inside the bytes, for every protocol', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(message, { minLength: 1, maxLength: 4 }),
				fc.constantFrom(...CHOICES),
				fc.constantFrom(...SUBPROTOCOLS),
				async (inputs, choice, subprotocol) => {
					const results = await decodePayloads(inputs, { choice, subprotocol });
					results.forEach((r, i) => check(r, inputs[i]!));
				}
			),
			{ numRuns: 400 }
		);
	});

	it('points inside an empty message read as Socket.IO (regression: fast-check seed 973610295)', async () => {
		const empty: PayloadInput = { type: 'text', text: '', bytes: new Uint8Array() };
		const [result] = await decodePayloads([empty], { choice: 'socket.io' });
		expect(result?.diagnostics.map((d) => d.code)).toEqual(['engineio_unknown_packet_type']);
		check(result ?? null, empty);
	});

	it('never throws on deep nesting (JSON, MessagePack, CBOR)', async () => {
		const deep = (open: string, close: string) => open.repeat(5000) + close.repeat(5000);
		const inputs: PayloadInput[] = [
			{ type: 'text', text: deep('[', ']'), bytes: new TextEncoder().encode(deep('[', ']')) },
			{ type: 'binary', bytes: new Uint8Array(5000).fill(0x91) },
			{ type: 'binary', bytes: new Uint8Array(5000).fill(0x81) },
			{ type: 'binary', bytes: Uint8Array.from([0xdd, 0xff, 0xff, 0xff, 0xff]) }
		];
		for (const choice of ['json', 'msgpack', 'cbor', 'auto'] as const) {
			const results = await decodePayloads(inputs, { choice });
			results.forEach((r, i) => check(r, inputs[i]!));
		}
	});
});
