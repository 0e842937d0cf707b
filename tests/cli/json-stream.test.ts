// The streamed `decode --json` is, byte for byte, the JSON.stringify of decodeResultToJson: the contract's
// shape, written in pieces. Checked in process on captures that reach every branch of the writer.
import { describe, expect, it } from 'vitest';
import { writeDecodeJson } from '../../src/cli/json-stream.ts';
import { decode, decodeResultToJson, type DecodeOptions } from '$lib/protocol/index.ts';

const CASES: [string, string, DecodeOptions][] = [
	['a masked text frame', '818537fa213d7f9f4d5158', {}],
	['no bytes', '', {}],
	['a header cut short', '81', {}],
	['an unfinished fragmented message', '0105480000', { from: 'server' }],
	[
		'600 frames then a close (several batches)',
		`${'8200'.repeat(600)}880203e8`,
		{ from: 'server' }
	],
	[
		'a compressed message',
		'c107f248cdc9c90700',
		{ from: 'server', extensions: 'permessage-deflate' }
	],
	[
		'a 2 MiB payload (hex written in pieces)',
		`827f0000000000200000${'ab'.repeat(0x200000)}`,
		{ from: 'server' }
	],
	['bytes after a fatal error (unparsed)', 'ff00ff', {}],
	['a limit crossed', '820a00000000000000000000', { from: 'server', maxMessage: 4 }]
];

describe('decode --json written as a stream', () => {
	for (const [what, hex, options] of CASES) {
		it(`matches JSON.stringify for ${what}`, () => {
			const bytes = new Uint8Array(Buffer.from(hex, 'hex'));
			const all = { annotate: true, ...options };
			const input = { format: 'hex', bytes: bytes.length };
			const whole = `${JSON.stringify(decodeResultToJson(decode(bytes, all), input), null, 2)}\n`;
			const pieces: string[] = [];
			writeDecodeJson(bytes, input, all, (t) => pieces.push(t));
			expect(pieces.join('')).toBe(whole);
			// No piece holds a whole big payload's hex.
			expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(5 * 1024 * 1024);
		});
	}
});
