// The tap's storage: chunks appended to one growing buffer per direction, read back as the bytes in
// order with each chunk's place and time; capped at LIVE_LIMITS.tapBytesPerDirection, counting the rest.
import { describe, expect, it } from 'vitest';
import { Tap } from '../../../src/server/live/tap.ts';
import { LIVE_LIMITS } from '../../../src/server/live/limits.ts';

describe('the tap', () => {
	it('keeps every chunk in order, with its offset and length', () => {
		const connection = new Tap().open('websocket', 'a');
		const sent: number[] = [];
		for (let i = 0; i < 300; i++) {
			const chunk = Uint8Array.from({ length: (i % 7) + 1 }, (_, j) => (i + j) & 0xff);
			connection.record('client', chunk);
			sent.push(...chunk);
		}
		connection.record('server', Uint8Array.of(0x81, 0x00));
		connection.end();
		const json = connection.toJson();
		expect(json.client.hex).toBe(Buffer.from(sent).toString('hex'));
		expect(json.client.chunks).toHaveLength(300);
		expect(json.client.chunks[1]).toMatchObject({ offset: 1, length: 2 });
		expect(json.client.bytes).toBe(sent.length);
		expect(json.server.hex).toBe('8100');
	});

	it('keeps at most the cap per direction and counts the rest', () => {
		const connection = new Tap().open('websocket');
		const big = new Uint8Array(LIVE_LIMITS.tapBytesPerDirection - 10).fill(1);
		connection.record('client', big);
		connection.record('client', new Uint8Array(100).fill(2));
		const side = connection.toJson().client;
		expect(side.hex.length / 2).toBe(LIVE_LIMITS.tapBytesPerDirection);
		expect(side.bytes).toBe(LIVE_LIMITS.tapBytesPerDirection + 90);
		expect(side.truncated).toBe(true);
		expect(side.hex.endsWith('02'.repeat(10))).toBe(true);
	});

	it('remembers the last connections only, and nothing once cleared', () => {
		const tap = new Tap();
		for (let i = 0; i < LIVE_LIMITS.tapConnections + 5; i++) tap.open('websocket');
		expect(tap.list()).toHaveLength(LIVE_LIMITS.tapConnections);
		expect(tap.list()[0]!.id).toBe('6');
		tap.clear();
		expect(tap.list()).toEqual([]);
	});
});
