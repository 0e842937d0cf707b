import { describe, expect, it } from 'vitest';
import { looksLikeHar, parseHar } from '$lib/protocol/input/har.ts';

/** A HAR as Chrome's DevTools saves it, trimmed to what wsviz reads. */
function har(messages: unknown[], extra: unknown[] = []): string {
	return JSON.stringify(
		{
			log: {
				version: '1.2',
				entries: [
					{ request: { url: 'https://example.com/app.js' } },
					{ request: { url: 'wss://example.com/socket' }, _webSocketMessages: messages },
					...extra
				]
			}
		},
		null,
		2
	);
}

describe('parseHar', () => {
	it('reads sent and received messages per direction, binary from base64', () => {
		const text = har([
			{ type: 'send', time: 1700000000.1, opcode: 1, data: 'Hello 안녕' },
			{ type: 'receive', time: 1700000000.2, opcode: 2, data: 'AAEC/w==' },
			{ type: 'receive', time: 1700000000.3, opcode: 1, data: '' }
		]);
		expect(looksLikeHar(text)).toBe(true);
		const reading = parseHar(text);
		if (!reading.ok) throw new Error(reading.message);
		expect(reading.sockets).toEqual([
			{ entry: 1, url: 'wss://example.com/socket', send: 1, receive: 2 }
		]);
		expect(new TextDecoder().decode(reading.send[0]!.data)).toBe('Hello 안녕');
		expect([...reading.receive[0]!.data]).toEqual([0, 1, 2, 255]);
		expect(reading.receive[1]!.data.length).toBe(0);
		expect(reading.send[0]).toMatchObject({
			type: 'send',
			opcode: 1,
			entry: 1,
			time: 1700000000.1
		});
	});

	it('keeps the messages of several sockets apart by entry', () => {
		const second = {
			request: { url: 'ws://localhost:8080/' },
			_webSocketMessages: [{ type: 'send', time: 1, opcode: 1, data: 'x' }]
		};
		const reading = parseHar(har([{ type: 'send', time: 0, opcode: 1, data: 'a' }], [second]));
		if (!reading.ok) throw new Error(reading.message);
		expect(reading.sockets.map((s) => s.entry)).toEqual([1, 2]);
		expect(reading.send.map((m) => m.entry)).toEqual([1, 2]);
	});

	it('says where malformed JSON breaks, by line and column', () => {
		const reading = parseHar('{\n  "log": {\n    "entries": [,]\n  }\n}');
		expect(reading).toMatchObject({ ok: false, line: 3, column: 17 });
		expect(parseHar('{"log": {"entries": [')).toMatchObject({ ok: false, line: 1 });
		expect(parseHar('{"log": 1} x')).toMatchObject({ ok: false, line: 1, column: 12 });
		expect(parseHar('{"log": "a\u0001"}')).toMatchObject({ ok: false, column: 11 });
	});

	it('names the JSON path of a message that is not what Chrome writes', () => {
		const cases: [unknown, string][] = [
			[{ type: 'sent', time: 0, opcode: 1, data: 'a' }, '._webSocketMessages[0].type'],
			[{ type: 'send', time: 0, opcode: 'text', data: 'a' }, '._webSocketMessages[0].opcode'],
			[{ type: 'send', time: 0, opcode: 1, data: 5 }, '._webSocketMessages[0].data'],
			[{ type: 'send', time: 0, opcode: 2, data: '**' }, '._webSocketMessages[0].data'],
			[null, '._webSocketMessages[0]']
		];
		for (const [message, path] of cases) {
			const reading = parseHar(har([message]));
			expect(reading.ok).toBe(false);
			if (!reading.ok) expect(reading.path).toBe(`log.entries[1]${path}`);
		}
	});

	it('refuses JSON that is not a HAR, or a HAR without WebSockets', () => {
		expect(parseHar('[1, 2]')).toMatchObject({ ok: false, path: 'log.entries' });
		expect(parseHar('{"log": {"entries": [{}]}}')).toMatchObject({
			ok: false,
			path: 'log.entries'
		});
		expect(looksLikeHar('{0x81, 0x05}')).toBe(false);
	});

	it('never throws on hostile input', () => {
		for (const text of [
			'',
			'{',
			'"',
			'[[[[[[[[',
			'{"log":{"entries":[{"_webSocketMessages":{}}]}}',
			'['.repeat(100_000)
		]) {
			expect(() => parseHar(text)).not.toThrow();
			expect(parseHar(text).ok).toBe(false);
		}
	});
});
