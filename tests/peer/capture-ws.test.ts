// Real captures: tcpdump records the loopback while a `ws` client and server talk (plain, and
// permessage-deflate with and without context takeover; fragments, a 100 kB message, ping, close).
// Our reading of the file must equal what each `ws` peer received, and every frame must equal what
// Wireshark's dissector (tshark) reads in the same file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer, type PerMessageDeflateOptions } from 'ws';
import {
	analyzeConnection,
	bytesToHex,
	readCapture,
	type CaptureConnection,
	type DirectionFrames
} from '$lib/protocol/index.ts';
import { requireCaptureTools, startTcpdump, tsharkFields } from './capture-tools.ts';

const dir = mkdtempSync(join(tmpdir(), 'wsviz-peer-capture-'));

interface Heard {
	messages: string[];
	pings: string[];
	pongs: string[];
	close?: [number, string];
}

const BIG = 'x'.repeat(40_000) + 'y'.repeat(60_000);
const BINARY = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

const heard = (): Heard => ({ messages: [], pings: [], pongs: [] });
const show = (data: WebSocket.RawData, binary: boolean) =>
	binary ? `binary:${Buffer.from(data as Buffer).toString('hex')}` : `text:${data.toString()}`;

/** A client and an echo server talking once; returns what each side received. */
async function talk(
	port: number,
	server: WebSocketServer,
	clientDeflate: boolean | PerMessageDeflateOptions
) {
	const atServer = heard();
	const atClient = heard();
	server.on('connection', (socket) => {
		socket.on('message', (data, binary) => {
			atServer.messages.push(show(data, binary));
			socket.send(data, { binary });
		});
		socket.on('ping', (data) => atServer.pings.push(data.toString('hex')));
		socket.on('close', (code, reason) => (atServer.close = [code, reason.toString()]));
	});
	const client = new WebSocket(`ws://127.0.0.1:${port}/chat`, { perMessageDeflate: clientDeflate });
	await new Promise((resolve) => client.once('open', resolve));
	const echoes = new Promise<void>((resolve) => {
		client.on('message', (data, binary) => {
			atClient.messages.push(show(data, binary));
			if (atClient.messages.length === 5) resolve();
		});
	});
	client.on('pong', (data) => atClient.pongs.push(data.toString('hex')));
	client.send('hello');
	client.send('hello');
	client.send(BINARY);
	client.send('frag-one ', { fin: false });
	client.send('frag-two', { fin: true });
	client.send(BIG);
	client.ping('are you there');
	await echoes;
	const closed = new Promise((resolve) => client.once('close', resolve));
	client.close(1000, 'bye');
	await closed;
	return { atServer, atClient };
}

async function capture(
	name: string,
	serverDeflate: false | PerMessageDeflateOptions,
	clientDeflate: boolean | PerMessageDeflateOptions
) {
	requireCaptureTools();
	const server = new WebSocketServer({
		host: '127.0.0.1',
		port: 0,
		perMessageDeflate: serverDeflate
	});
	await new Promise((resolve) => server.once('listening', resolve));
	const port = (server.address() as { port: number }).port;
	const file = join(dir, `${name}.pcap`);
	const recorder = await startTcpdump(port, file);
	try {
		const peers = await talk(port, server, clientDeflate);
		return { ...peers, port, file };
	} finally {
		await recorder.stop();
		await new Promise((resolve) => server.close(resolve));
	}
}

function messagesOf(d: DirectionFrames): Heard {
	const out = heard();
	for (const m of d.result.messages) {
		if (m.type === 'text') out.messages.push(`text:${m.text}`);
		else if (m.type === 'binary') out.messages.push(`binary:${bytesToHex(m.payload)}`);
		else if (m.type === 'ping') out.pings.push(bytesToHex(m.payload));
		else if (m.type === 'pong') out.pongs.push(bytesToHex(m.payload));
		else if (m.type === 'close') out.close = [m.code ?? 1005, m.reason ?? ''];
	}
	return out;
}

const TSHARK_FIELDS = [
	'tcp.srcport',
	'websocket.fin',
	'websocket.rsv',
	'websocket.opcode',
	'websocket.mask',
	'websocket.payload_length',
	'websocket.payload_length_ext_16',
	'websocket.payload_length_ext_64',
	'websocket.masking_key'
] as const;

const flag = (v: string | undefined) => (v === '1' || v?.toLowerCase() === 'true' ? 1 : 0);

/** tshark's frames, one row per frame (a packet holding several frames lists them with |). */
function tsharkFrames(file: string, port: number, fromPort: number): string[] {
	const rows = tsharkFields(file, port, TSHARK_FIELDS).filter((r) => Number(r[0]) === fromPort);
	const frames: string[] = [];
	for (const row of rows) {
		const cols = row.slice(1).map((c) => c.split('|'));
		for (let i = 0; i < cols[0]!.length; i++) {
			const [fin, rsv, opcode, mask, len7, len16, len64, key] = cols.map((c) => c[i] ?? '');
			const length = Number(len64 || len16 || len7);
			frames.push(
				`${flag(fin)} ${Number(rsv)} ${Number(opcode)} ${flag(mask)} ${length} ${(key ?? '').replace(/:/g, '')}`
			);
		}
	}
	return frames;
}

function ourFrames(d: DirectionFrames): string[] {
	return d.result.frames.map((f) => {
		const rsv = (f.rsv1 ? 4 : 0) | (f.rsv2 ? 2 : 0) | (f.rsv3 ? 1 : 0);
		const key = f.maskKey ? bytesToHex(f.maskKey) : '';
		return `${+f.fin} ${rsv} ${f.opcode} ${+f.masked} ${f.payloadLength} ${key}`;
	});
}

function connectionIn(file: string, port: number): CaptureConnection {
	const reading = readCapture(new Uint8Array(readFileSync(file)));
	expect(reading.diagnostics).toEqual([]);
	const found = reading.connections.filter((c) => c.a.port === port || c.b.port === port);
	expect(found).toHaveLength(1);
	return analyzeConnection(found[0]!);
}

const SCENARIOS: [
	string,
	false | PerMessageDeflateOptions,
	boolean | PerMessageDeflateOptions,
	string | undefined
][] = [
	['plain', false, false, undefined],
	['deflate with context takeover', { threshold: 0 }, true, 'permessage-deflate'],
	[
		'deflate without context takeover',
		{ threshold: 0, serverNoContextTakeover: true, clientNoContextTakeover: true },
		true,
		'permessage-deflate; server_no_context_takeover; client_no_context_takeover'
	]
];

describe('a real ws conversation captured with tcpdump on lo', () => {
	for (const [name, serverDeflate, clientDeflate, extensions] of SCENARIOS) {
		it(`${name}: reads what each ws peer received, and every frame as tshark does`, async () => {
			const run = await capture(name.replace(/\W+/g, '-'), serverDeflate, clientDeflate);
			const c = connectionIn(run.file, run.port);
			expect(c.kind).toBe('websocket');
			expect(c.server.port).toBe(run.port);
			expect(c.diagnostics).toEqual([]);
			const ws = c.websocket!;
			expect(ws.extensions).toBe(extensions);
			expect(ws.handshake?.verdict).toMatchObject({ ok: true, status: 101, clientAccepts: true });
			expect(ws.client.result.verdict.ok).toBe(true);
			expect(ws.server.result.verdict.ok).toBe(true);
			// What the client sent is what the ws server received, and the other way round.
			expect(messagesOf(ws.client)).toEqual(run.atServer);
			const fromServer = messagesOf(ws.server);
			expect({ ...fromServer, close: undefined }).toEqual({ ...run.atClient, close: undefined });
			expect(fromServer.close).toEqual([1000, 'bye']);
			// Frame by frame, each direction, as Wireshark's dissector reads the same file.
			expect(ourFrames(ws.client)).toEqual(tsharkFrames(run.file, run.port, c.client.port));
			expect(ourFrames(ws.server)).toEqual(tsharkFrames(run.file, run.port, run.port));
			// Times: every frame's time is a packet time inside the connection, in stream order.
			const times = ws.client.frameTimes;
			expect(
				times.every((t, i) => t >= c.start && t <= c.end && (i === 0 || t >= times[i - 1]!))
			).toBe(true);
		}, 60_000);
	}

	it('reads the unfragmented text frames as tshark inflates them', async () => {
		// tshark does not inflate fragmented compressed messages, so only single-frame texts are compared.
		const run = await capture('tshark-text', { threshold: 0 }, true);
		const c = connectionIn(run.file, run.port);
		const rows = tsharkFields(run.file, run.port, [
			'tcp.srcport',
			'websocket.fin',
			'websocket.opcode',
			'websocket.payload.text'
		]);
		const theirs = rows
			.filter((r) => Number(r[0]) === run.port)
			.flatMap((r) => {
				const [fins, opcodes, texts] = [
					r[1]!.split('|'),
					r[2]!.split('|'),
					(r[3] ?? '').split('|')
				];
				let t = 0;
				const out: string[] = [];
				fins.forEach((fin, i) => {
					if (opcodes[i] === '1' && flag(fin)) out.push(texts[t++] ?? '');
					else if (opcodes[i] === '1') t++;
				});
				return out;
			});
		const ours = c
			.websocket!.server.result.messages.filter((m) => m.type === 'text' && m.frames.length === 1)
			.map((m) => m.text);
		expect(ours).toEqual(theirs);
		expect(ours).toContain(BIG);
	}, 60_000);
});

describe('the same conversation written as pcapng by Wireshark’s own writer', () => {
	it('reads the pcapng tshark writes (section, interface and enhanced packet blocks with options) as the pcap', async () => {
		const run = await capture('pcapng-source', { threshold: 0 }, true);
		const ng = run.file.replace(/\.pcap$/, '.pcapng');
		const converted = spawnSync('tshark', ['-r', run.file, '-F', 'pcapng', '-w', ng], {
			encoding: 'utf8'
		});
		expect(converted.status, converted.stderr).toBe(0);
		const fromPcap = connectionIn(run.file, run.port);
		const fromPcapng = connectionIn(ng, run.port);
		expect(readCapture(new Uint8Array(readFileSync(ng))).format).toBe('pcapng');
		expect(ourFrames(fromPcapng.websocket!.client)).toEqual(ourFrames(fromPcap.websocket!.client));
		expect(messagesOf(fromPcapng.websocket!.server)).toEqual(
			messagesOf(fromPcap.websocket!.server)
		);
		// Microsecond times survive the conversion exactly.
		expect(fromPcapng.websocket!.server.frameTimes).toEqual(fromPcap.websocket!.server.frameTimes);
	}, 60_000);
});
