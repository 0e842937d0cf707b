// --max-list N: the list-length limit of the handshake check (MAX_LIST_ELEMENTS, 1024), in every
// command that checks a handshake: `handshake`, `capture`, and `decode` given a capture file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversation, pcapng, records, RESPONSE } from '../unit/capture/build.ts';
import { SLOW, wsviz, wsvizJson } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'wsviz-max-list-'));
const tokens = (count: number) => Array.from({ length: count }, (_, i) => `p${i}`).join(', ');
const request = (count: number) =>
	'GET /chat HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
	'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
	`Sec-WebSocket-Protocol: ${tokens(count)}\r\n\r\n`;

const requestFile = join(dir, 'request.txt');
writeFileSync(requestFile, request(2000));
const captureFile = join(dir, 'ws.pcapng');
const sent = conversation({
	client: ['10.0.0.1', 50000],
	server: ['10.0.0.2', 80],
	sends: [
		{ from: 'client', data: request(2000), at: 0.01 },
		{ from: 'server', data: RESPONSE, at: 0.02 }
	]
});
writeFileSync(captureFile, pcapng([{ interfaces: [{ linkType: 1 }], packets: records(sent) }]));

interface Found {
	code: string;
	message: string;
}
interface HandshakeJson {
	diagnostics: Found[];
	verdict: { status: number };
}
type CaptureJson = { connections: { handshake: HandshakeJson }[] };

/** The limit each handshake_list_too_long names (the JSON carries the English message, no params). */
const tooLong = (h: HandshakeJson) =>
	h.diagnostics
		.filter((d) => d.code === 'handshake_list_too_long')
		.map((d) => Number(/more than (\d+) elements/.exec(d.message)?.[1]));

describe('--max-list', { timeout: SLOW }, () => {
	it('handshake: 1024 by default, lowered and raised by --max-list', async () => {
		const byDefault = await wsvizJson<HandshakeJson>(['handshake', '--json', requestFile]);
		expect(tooLong(byDefault)).toEqual([1024]);
		expect(byDefault.verdict.status).toBe(431);
		const raised = await wsvizJson<HandshakeJson>([
			'handshake',
			'--json',
			'--max-list',
			'4096',
			requestFile
		]);
		expect(tooLong(raised)).toEqual([]);
		expect(raised.verdict.status).toBe(101);
		const lowered = await wsvizJson<HandshakeJson>([
			'handshake',
			'--json',
			'--max-list=10',
			requestFile
		]);
		expect(tooLong(lowered)).toEqual([10]);
	});

	it('capture and decode of a capture file take it too', async () => {
		for (const command of ['capture', 'decode']) {
			const byDefault = await wsvizJson<CaptureJson>([command, '--json', captureFile]);
			expect(tooLong(byDefault.connections[0]!.handshake)).toEqual([1024]);
			const raised = await wsvizJson<CaptureJson>([
				command,
				'--json',
				'--max-list',
				'2000',
				captureFile
			]);
			expect(tooLong(raised.connections[0]!.handshake)).toEqual([]);
			expect(raised.connections[0]!.handshake.verdict.status).toBe(101);
		}
	});

	it('refuses a value that is not a whole number from 1 on (exit 2, no stack trace)', async () => {
		for (const value of ['0', '-3', '1.5', 'many', '']) {
			const run = await wsviz(['handshake', '--max-list', value, requestFile]);
			expect(run.code).toBe(2);
			expect(run.stderr).toMatch(/^wsviz handshake: --max-list must be a whole number/);
			expect(run.stderr).not.toMatch(/\n\s+at /);
		}
	});

	it('is in every --help that checks a handshake', async () => {
		for (const command of ['handshake', 'capture', 'decode']) {
			const help = await wsviz([command, '--help']);
			expect(help.stdout).toMatch(/--max-list N/);
		}
	});
});
