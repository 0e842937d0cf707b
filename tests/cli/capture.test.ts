import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromHex } from '../helpers.ts';
import { conversation, pcapng, records, REQUEST, RESPONSE } from '../unit/capture/build.ts';
import { SLOW, wsviz, wsvizJson } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'wsviz-capture-'));
const sent = [
	...conversation({
		client: ['10.0.0.1', 50000],
		server: ['10.0.0.2', 80],
		start: 1_700_000_000,
		sends: [
			{ from: 'client', data: REQUEST, at: 0.01 },
			{ from: 'server', data: RESPONSE, at: 0.02 },
			{ from: 'client', data: fromHex('81 85 37 fa 21 3d 7f 9f 4d 51 58'), at: 0.25 },
			{ from: 'server', data: fromHex('81 05 48 65 6c 6c 6f'), at: 0.5 }
		]
	}),
	...conversation({
		client: ['10.0.0.1', 50001],
		server: ['10.0.0.2', 80],
		start: 1_700_000_001,
		sends: [{ from: 'client', data: 'GET /poll HTTP/1.1\r\nHost: x\r\n\r\n', at: 0.01 }]
	})
];
const bytes = pcapng([{ interfaces: [{ linkType: 1 }], packets: records(sent) }]);
const file = join(dir, 'ws.pcapng');
writeFileSync(file, bytes);
const harFile = join(dir, 'devtools.har');
writeFileSync(
	harFile,
	JSON.stringify({
		log: {
			entries: [
				{
					startedDateTime: '2023-11-14T22:13:20.000Z',
					request: {
						url: 'ws://10.0.0.2/chat',
						headers: [{ name: 'Origin', value: 'http://10.0.0.2' }]
					},
					_webSocketMessages: [
						{ type: 'send', time: 1_700_000_000.25, opcode: 1, data: 'Hello' },
						{ type: 'receive', time: 1_700_000_000.5, opcode: 2, data: 'SGk=' }
					]
				}
			]
		}
	})
);
const notCapture = join(dir, 'text.pcap');
writeFileSync(notCapture, 'hello');

interface CaptureJson {
	input: { format: string; packets: number; bytes: number };
	connections: {
		id: number;
		client: string;
		kind: string;
		handshake: { verdict: { ok: boolean } } | null;
		fromClient?: { frames: { time: number; maskKey: string }[]; messages: { text: string }[] };
		fromServer?: { frames: { time: number }[]; messages: { text: string; time: number }[] };
	}[];
	diagnostics: unknown[];
}

describe('wsviz capture', () => {
	it(
		'prints every connection as JSON, frames with their capture time',
		async () => {
			const json = await wsvizJson<CaptureJson>(['capture', '--json', file]);
			expect(json.input).toEqual({ format: 'pcapng', packets: sent.length, bytes: bytes.length });
			expect(json.connections.map((c) => [c.id, c.client, c.kind])).toEqual([
				[1, '10.0.0.1:50000', 'websocket'],
				[2, '10.0.0.1:50001', 'http']
			]);
			const ws = json.connections[0]!;
			expect(ws.handshake?.verdict.ok).toBe(true);
			expect(ws.fromClient?.frames[0]).toMatchObject({
				maskKey: '37fa213d',
				time: 1_700_000_000.25
			});
			expect(ws.fromServer?.messages[0]).toMatchObject({ text: 'Hello', time: 1_700_000_000.5 });
		},
		SLOW
	);

	it(
		'prints one connection with --connection, from a file or standard input',
		async () => {
			const one = await wsvizJson<CaptureJson>(['capture', '--json', '--connection', '2', file]);
			expect(one.connections.map((c) => c.id)).toEqual([2]);
			const piped = await wsvizJson<CaptureJson>(['capture', '--json', '-'], { input: bytes });
			expect(piped.connections).toHaveLength(2);
			const none = await wsviz(['capture', '--connection', '3', file]);
			expect(none.code).toBe(2);
		},
		SLOW
	);

	it(
		'summarises for people, and wsviz decode on a capture file does the same',
		async () => {
			const [capture, decode, decodeStdin] = await Promise.all([
				wsviz(['capture', file]),
				wsviz(['decode', file]),
				wsviz(['decode'], { input: bytes })
			]);
			expect(capture.code).toBe(0);
			expect(capture.stdout).toContain('#1 websocket  10.0.0.1:50000 → 10.0.0.2:80');
			expect(capture.stdout).toMatch(/\+0\.5\d+ {2}server {2}text "Hello"/);
			expect(decode.stdout).toBe(capture.stdout);
			expect(decodeStdin.stdout).toBe(capture.stdout);
		},
		SLOW
	);

	it(
		'reads a HAR into the same connections shape: messages with times, no frames',
		async () => {
			const json = await wsvizJson<CaptureJson>(['capture', '--json', harFile]);
			expect(json.input.format).toBe('har');
			const c = json.connections[0]!;
			expect([c.id, c.client, c.kind]).toEqual([1, 'http://10.0.0.2', 'websocket']);
			expect(c.fromClient).toMatchObject({ frames: [], messages: [{ text: 'Hello' }] });
			expect(c.fromServer?.messages[0]).toMatchObject({ hex: '4869', time: 1_700_000_000.5 });
			const text = await wsviz(['capture', harFile]);
			expect(text.stdout).toMatch(/\+0\.250000 {2}client {2}text "Hello"/);
		},
		SLOW
	);

	it(
		'exits 2 with the catalog code when the file is not a capture or cannot be read',
		async () => {
			const [wrong, missing] = await Promise.all([
				wsviz(['capture', notCapture]),
				wsviz(['capture', join(dir, 'missing.pcap')])
			]);
			expect(wrong.code).toBe(2);
			expect(wrong.stderr).toContain('capture_format_unknown');
			expect(missing.code).toBe(2);
			expect(missing.stderr).toContain('ENOENT');
		},
		SLOW
	);
});
