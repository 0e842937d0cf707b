import { describe, expect, it } from 'vitest';
import { simulate, type WireItem } from '$lib/protocol/index.ts';
import { at, QUIET } from './helpers.ts';

const L = 50;

/** The data inside one chunk of chunked transfer coding, checking its size line (RFC 9112 §7.1). */
function dechunk(text: string): string {
	const match = /^([0-9a-f]+)\r\n/.exec(text);
	expect(match).not.toBeNull();
	const size = parseInt(match![1]!, 16);
	expect(text.slice(match![0].length + size)).toBe('\r\n');
	return text.slice(match![0].length, match![0].length + size);
}

const eventItems = (items: readonly WireItem[]) => items.filter((i) => i.deliversEvents);

describe('server-sent events', () => {
	it('sends each event as id and data lines in a chunk of one text/event-stream response', () => {
		const r = simulate({ ...QUIET, durationMs: 5000, serverEvents: at(1000, 2000) }, 'sse');
		const [request, response] = r.timeline.filter((i) => i.kind.startsWith('http-re'));
		expect(request!.text).toContain('\r\nAccept: text/event-stream\r\n');
		expect(response!.text).toContain('\r\nContent-Type: text/event-stream\r\n');
		expect(response!.text).toContain('\r\nTransfer-Encoding: chunked\r\n');
		const events = eventItems(r.timeline);
		expect(events.map((i) => i.kind)).toEqual(['sse-event', 'sse-event']);
		expect(dechunk(events[0]!.text!)).toBe(`id: 1\ndata: ${r.events[0]!.text}\n\n`);
		expect(r.metrics).toMatchObject({ requests: 1, connections: 1 });
		expect(r.metrics.latencyMs).toEqual({ mean: L, p95: L, max: L });
	});

	it('reconnects after the server ends the stream, waiting retry ms, with Last-Event-ID', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 10_000,
				streamLifetimeMs: 3000,
				sseRetryMs: 1000,
				serverEvents: at(1000, 3500, 8000)
			},
			'sse'
		);
		const retry = r.timeline.find((i) => i.label === 'retry')!;
		expect(dechunk(retry.text!)).toBe('retry: 1000\n\n');
		const ends = r.timeline.filter((i) => i.label.startsWith('last chunk'));
		expect(ends[0]!.text).toBe('0\r\n\r\n');
		const requests = r.timeline.filter((i) => i.kind === 'http-request');
		// Opened at 150 at the server, ended at 3150, end arrives at 3200, retry 1000 later.
		expect(requests[1]!.sentAt).toBe(3150 + L + 1000);
		expect(requests[1]!.text).toContain('\r\nLast-Event-ID: 1\r\n');
		// The event at 3500 waited for the new stream: it is sent when the request arrives.
		const second = r.deliveries[1]!;
		expect(second.deliveredAt).toBe(requests[1]!.sentAt + 2 * L);
		// Keep-alive: the reconnection reuses the connection.
		expect(r.metrics.connections).toBe(1);
	});
});

describe('HTTP streaming', () => {
	it('sends each event as a multipart/x-mixed-replace part in a chunk', () => {
		const r = simulate({ ...QUIET, durationMs: 5000, serverEvents: at(1000) }, 'streaming');
		const response = r.timeline.find((i) => i.kind === 'http-response')!;
		expect(response.text).toContain(
			'\r\nContent-Type: multipart/x-mixed-replace; boundary=wsviz-part\r\n'
		);
		const [part] = eventItems(r.timeline);
		expect(dechunk(part!.text!)).toBe(
			`--wsviz-part\r\nContent-Type: application/json\r\n\r\n${r.events[0]!.text}\r\n`
		);
		expect(part!.bytes.payload).toBe(r.scenario.payloadBytes);
		expect(part!.bytes.framing).toBe(part!.text!.length - r.scenario.payloadBytes);
	});

	it('sends bare JSON lines with --stream-format chunked', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 5000, streamFormat: 'chunked', serverEvents: at(1000) },
			'streaming'
		);
		const [part] = eventItems(r.timeline);
		expect(dechunk(part!.text!)).toBe(`${r.events[0]!.text}\n`);
	});

	it('asks again at once when the server ends the response', () => {
		const r = simulate(
			{ ...QUIET, durationMs: 10_000, streamLifetimeMs: 4000, serverEvents: at(1000) },
			'streaming'
		);
		const end = r.timeline.find((i) => i.label.startsWith('last chunk'))!;
		expect(end.text).toBe('10\r\n--wsviz-part--\r\n\r\n0\r\n\r\n');
		const requests = r.timeline.filter((i) => i.kind === 'http-request');
		expect(requests[1]!.sentAt).toBe(end.arrivesAt);
	});

	it('keeps one response open for the whole run when its lifetime is 0', () => {
		const r = simulate(
			{
				...QUIET,
				durationMs: 120_000,
				streamLifetimeMs: 0,
				serverEvents: { kind: 'poisson', perSecond: 1 }
			},
			'streaming'
		);
		expect(r.metrics.requests).toBe(1);
		expect(r.metrics.messagesDelivered).toBe(r.events.length);
	});
});
