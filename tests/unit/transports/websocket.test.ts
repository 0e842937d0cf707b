import { describe, expect, it } from 'vitest';
import { decode } from '$lib/protocol/index.ts';
import { simulate, type WireItem } from '$lib/protocol/index.ts';
import { fromHex } from '../../helpers.ts';
import { at, labels, QUIET } from './helpers.ts';

function frames(payloadBytes: number) {
	const r = simulate(
		{ ...QUIET, durationMs: 3000, payloadBytes, serverEvents: at(1000), clientMessages: at(2000) },
		'websocket'
	);
	const data = r.timeline.filter((i) => i.kind === 'ws-frame' && i.bytes.payload === payloadBytes);
	return {
		server: data.find((i) => i.direction === 'down')!,
		client: data.find((i) => i.direction === 'up')!
	};
}

describe('WebSocket', () => {
	// RFC 6455 §5.2: 2 bytes, plus 2 for a 16-bit length (126-65535) or 8 for a 64-bit one;
	// a client adds its 4-byte masking key (§5.3).
	it.each([
		[0, 2, 6],
		[125, 2, 6],
		[126, 4, 8],
		[65_535, 4, 8],
		[65_536, 10, 14]
	])(
		'spends %i-byte messages on %i bytes of framing from the server, %i from the client',
		(n, down, up) => {
			const { server, client } = frames(n);
			expect(server.bytes).toMatchObject({ framing: down, payload: n, headers: 0 });
			expect(client.bytes).toMatchObject({ framing: up, payload: n, headers: 0 });
		}
	);

	it('puts real frames on the wire: unmasked from the server, masked from the client', () => {
		const { server, client } = frames(100);
		const down = decode(fromHex(server.hex!), { from: 'server' });
		const up = decode(fromHex(client.hex!), { from: 'client' });
		expect(down.verdict.ok && up.verdict.ok).toBe(true);
		expect(down.frames[0]!.masked).toBe(false);
		expect(up.frames[0]!.masked).toBe(true);
		expect(down.messages[0]).toMatchObject({ type: 'text', text: server.text });
		expect(up.messages[0]).toMatchObject({ type: 'text', text: client.text });
	});

	it('cuts the hex of a long frame for display but counts every byte', () => {
		const { server } = frames(65_536);
		expect(server.truncated).toBe(true);
		expect(server.hex!.length).toBeLessThan(2 * (10 + 65_536));
	});

	it('opens with one Upgrade request and a 101, then needs no more HTTP', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 10_000, serverEvents: at(1000, 2000), clientMessages: at(3000) },
			'websocket'
		);
		expect(r.metrics).toMatchObject({ requests: 1, connections: 1, emptyResponses: 0 });
		const [request, response] = r.timeline.filter((i) => i.kind.startsWith('http'));
		expect(request!.text).toMatch(/^GET \/chat HTTP\/1\.1\r\n/);
		expect(request!.text).toContain('\r\nUpgrade: websocket\r\n');
		expect(request!.text).toContain('\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n');
		expect(request!.text).toContain('\r\nSec-WebSocket-Version: 13\r\n');
		expect(response!.text).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/);
		// RFC 6455 §1.3's accept value for that key.
		expect(response!.text).toContain('\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n');
		expect(r.metrics.latencyMs).toEqual({ mean: 50, p95: 50, max: 50 });
		expect(r.sends[0]!.latencyMs).toBe(50);
	});

	it('holds events that come before the handshake ends until the 101 is sent', () => {
		const r = simulate({ ...QUIET, durationMs: 1000, serverEvents: at(20) }, 'websocket');
		const switching = r.timeline.find((i) => i.label === '101 Switching Protocols')!;
		const frame = r.timeline.find((i) => i.deliversEvents)!;
		expect(frame.sentAt).toBe(switching.sentAt);
		expect(frame.id).toBe(switching.id + 1);
	});

	it('closes with a close handshake (1000), then the server closes TCP first', () => {
		const r = simulate({ ...QUIET, durationMs: 1000, serverEvents: at(500) }, 'websocket');
		const tail = r.timeline.slice(-6);
		expect(labels(tail)).toEqual([
			'masked close frame (1000)',
			'close frame (1000)',
			'FIN',
			'ACK',
			'FIN',
			'ACK'
		]);
		expect(tail.map((i: WireItem) => i.direction)).toEqual([
			'up',
			'down',
			'down',
			'up',
			'up',
			'down'
		]);
		const close = decode(fromHex(tail[0]!.hex!), { from: 'client' });
		expect(close.messages[0]).toMatchObject({ type: 'close', code: 1000 });
		expect(tail[0]!.bytes).toMatchObject({ framing: 2 + 4 + 2, payload: 0 });
		expect(tail[1]!.bytes).toMatchObject({ framing: 2 + 2, payload: 0 });
		expect(r.connections[0]!.closedBy).toBe('server');
	});
});
