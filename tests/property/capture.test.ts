import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConnection, captureToJson, DIAGNOSTICS, readCapture } from '$lib/protocol/index.ts';
import { fromHex } from '../helpers.ts';
import {
	conversation,
	pcap,
	pcapng,
	records,
	REQUEST,
	RESPONSE,
	type Sent
} from '../unit/capture/build.ts';

describe('whole files, fuzzed', () => {
	const sent: Sent[] = conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'client', data: fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58'), at: 0.03 },
			{ from: 'server', data: fromHex('81 05 48 65 6c 6c 6f'), at: 0.04 }
		]
	});
	const files = [
		pcap(records(sent)),
		pcap(records(sent, 113), { littleEndian: false, nanoseconds: true, linkType: 113 }),
		pcapng([{ interfaces: [{ linkType: 1, tsresol: 9 }], packets: records(sent) }]),
		pcapng([{ littleEndian: false, interfaces: [{ linkType: 276 }], packets: records(sent, 276) }])
	];
	const mutation = fc.record({
		file: fc.integer({ min: 0, max: files.length - 1 }),
		cuts: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
		length: fc.option(fc.nat(), { nil: undefined })
	});

	it('never throws on mutated or cut files and reports only catalogued codes', () => {
		fc.assert(
			fc.property(mutation, ({ file, cuts, length }) => {
				const bytes = files[file]!.slice();
				for (const [at, value] of cuts) bytes[at % bytes.length] = value;
				const input = length === undefined ? bytes : bytes.subarray(0, length % (bytes.length + 1));
				const reading = readCapture(input);
				const connections = reading.connections.map((c) => analyzeConnection(c));
				const json = JSON.stringify(captureToJson(reading, connections), (_, v) =>
					typeof v === 'bigint' ? String(v) : v
				);
				const found = [...json.matchAll(/"code":"(\w+)"/g)].map((m) => m[1]!);
				for (const code of found) expect(DIAGNOSTICS).toHaveProperty(code);
			}),
			{ numRuns: 400 }
		);
	});

	it('never throws on random bytes behind a capture magic', () => {
		const magics = [fromHex('d4c3b2a1'), fromHex('a1b2c3d4'), fromHex('0a0d0d0a')];
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 }), fc.uint8Array({ maxLength: 400 }), (m, rest) => {
				const bytes = Uint8Array.from([...magics[m]!, ...rest]);
				const reading = readCapture(bytes);
				reading.connections.forEach((c) => analyzeConnection(c));
				for (const d of reading.diagnostics) expect(DIAGNOSTICS).toHaveProperty(d.code);
			}),
			{ numRuns: 400 }
		);
	});
});
