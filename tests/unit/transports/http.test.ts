import { describe, expect, it } from 'vitest';
import { simulate, type WireItem } from '$lib/protocol/index.ts';
import { at, QUIET } from './helpers.ts';

const poll = (input = {}) =>
	simulate({ ...QUIET, durationMs: 3000, serverEvents: at(1000), ...input }, 'polling');
const exchange = (r: ReturnType<typeof poll>): [WireItem, WireItem] => {
	const request = r.timeline.find((i) => i.kind === 'http-request')!;
	const response = r.timeline.find((i) => i.kind === 'http-response' && i.deliversEvents)!;
	return [request, response];
};
const headBytes = (text: string): number => text.indexOf('\r\n\r\n') + 4;

describe('HTTP header text', () => {
	it('is real HTTP/1.1: a start line, CRLF-separated fields, an empty line', () => {
		for (const item of exchange(poll({ tls: true, cookieBytes: 40 }))) {
			const head = item.text!.slice(0, headBytes(item.text!));
			expect(head).toMatch(
				/^(GET \S+ HTTP\/1\.1|HTTP\/1\.1 \d{3} [A-Za-z ]+)\r\n([\w-]+: [^\r\n]*\r\n)+\r\n$/
			);
			expect(item.bytes.headers).toBe(head.length);
			expect(item.bytes.headers + item.bytes.framing + item.bytes.payload).toBe(item.text!.length);
		}
	});

	it("comes to about HPBN's ~800 bytes per poll and answer over https, without cookies", () => {
		const [request, response] = exchange(poll({ tls: true }));
		const total = request.bytes.headers + response.bytes.headers;
		expect(total).toBeGreaterThan(700);
		expect(total).toBeLessThan(900);
	});

	it('is smaller over plain http: no client hints, no Sec-Fetch-*, no br', () => {
		const [secure] = exchange(poll({ tls: true }));
		const [plain] = exchange(poll());
		expect(secure.text).toContain('\r\nsec-ch-ua: ');
		expect(secure.text).toContain('\r\nSec-Fetch-Mode: cors\r\n');
		expect(plain.text).not.toMatch(/sec-ch-ua|Sec-Fetch/);
		expect(plain.text).toContain('\r\nAccept-Encoding: gzip, deflate\r\n');
		expect(plain.bytes.headers).toBeLessThan(secure.bytes.headers - 150);
	});

	it('carries a Cookie header of exactly the size asked for, on every request', () => {
		const [plain] = exchange(poll());
		const [withCookie] = exchange(poll({ cookieBytes: 1000 }));
		expect(withCookie.bytes.headers - plain.bytes.headers).toBe('Cookie: \r\n'.length + 1000);
		expect(withCookie.text).toMatch(/\r\nCookie: sid=[\w-]{996}\r\n/);
	});

	it('dates every response in IMF-fixdate (RFC 9110 §5.6.7), on the simulated clock', () => {
		const [, response] = exchange(poll());
		expect(response.text).toContain(
			`\r\nDate: Mon, 02 Jun 2025 09:00:0${Math.floor(response.sentAt / 1000)} GMT\r\n`
		);
	});

	it('gives a poll answer Content-Length and a JSON array of the events', () => {
		const [, response] = exchange(poll({ payloadBytes: 64 }));
		const body = response.text!.slice(headBytes(response.text!));
		expect(JSON.parse(body)).toEqual([{ seq: 1, text: expect.any(String) }]);
		expect(body.length).toBe(64 + 2);
		expect(response.text).toContain(`\r\nContent-Length: ${body.length}\r\n`);
		expect(response.bytes).toMatchObject({ framing: 2, payload: 64 });
	});
});
