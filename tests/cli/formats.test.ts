import { describe, expect, it } from 'vitest';
import { SLOW, wsviz, wsvizJson } from './run.ts';

// The unmasked "Hello" of RFC 6455 §5.7 (81 05 48 65 6c 6c 6f), pasted the ways people copy bytes.
const oneLine: [format: string, text: string][] = [
	['hex', '810548656c6c6f'],
	['hex', '81 05 48 65 6C 6C 6F'],
	['hex-list', '0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f'],
	['c-array', 'unsigned char frame[] = { 0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f };'],
	['decimal', '[129, 5, 72, 101, 108, 108, 111]'],
	['buffer-json', '{"type":"Buffer","data":[129,5,72,101,108,108,111]}'],
	['base64', 'gQVIZWxsbw=='],
	['escaped', '\\x81\\x05Hello']
];

const dumps: [format: string, text: string][] = [
	['hexdump', '00000000  81 05 48 65 6c 6c 6f                              |..Hello|\n00000007\n'],
	['xxd', '00000000: 8105 4865 6c6c 6f                        ..Hello\n'],
	['wireshark', '0000   81 05 48 65 6c 6c 6f                              ..Hello\n'],
	['c-array', 'unsigned char frame[] = {\n  0x81, 0x05, 0x48,\n  0x65, 0x6c, 0x6c, 0x6f\n};\n']
];

interface Decoded {
	input: { format: string; bytes: number };
	frames: { opcode: number; payloadHex: string }[];
	messages: { type: string; text?: string }[];
}

function expectHello(json: Decoded, format: string): void {
	expect(json.input).toMatchObject({ format, bytes: 7 });
	expect(json.frames).toMatchObject([{ opcode: 1, payloadHex: '48656c6c6f' }]);
	expect(json.messages).toMatchObject([{ type: 'text', text: 'Hello' }]);
}

describe('every paste format decodes to the same frame', { timeout: SLOW }, () => {
	// One run for all one-line formats: --each-line reads each line as a capture of its own.
	it('reads hex, spaced hex, 0x lists, C arrays, decimal arrays, Buffer JSON, base64, \\x strings', async () => {
		const run = await wsviz(['decode', '--each-line'], {
			input: oneLine.map(([, t]) => t).join('\n')
		});
		expect(run.code).toBe(0);
		const lines = run.stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as Decoded);
		expect(lines).toHaveLength(oneLine.length);
		lines.forEach((json, i) => expectHello(json, oneLine[i]![0]));
	});

	for (const [format, text] of dumps) {
		it(`reads a ${format} dump from standard input`, async () => {
			expectHello(await wsvizJson<Decoded>(['decode', '--json'], { input: text }), format);
		});
	}

	it('reports the detected format in the report for people', async () => {
		const run = await wsviz(['decode', 'gQVIZWxsbw==']);
		expect(run.stdout).toMatch(/^base64, 7 bytes/);
	});
});
