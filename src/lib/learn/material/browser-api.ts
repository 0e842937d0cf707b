// Lesson 9: the browser API (WHATWG WebSockets; RFC 6455 §5.6, §7): each call and event beside the
// frame it makes or receives. Browsers pick a fresh masking key per frame; here it is §5.7's.
import { decode, encodeFrame, OPCODES } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { failingByte, frameMistakes, hex, RFC_KEY, utf8 } from './shared.ts';

/** What the number question's page sends: ws.send('hello!'). */
export const SENT = 'hello!';

/** The opcodes offered as answers to "what does send(bytes) make?". */
const CHOICES = ['text', 'binary', 'continuation', 'ping'] as const;

export function browserApi() {
	const rows = [
		{ call: "ws.send('hi')", from: 'client', spec: { opcode: 'text', text: 'hi', mask: RFC_KEY } },
		{
			call: 'ws.send(new Uint8Array([1, 2, 3]))',
			from: 'client',
			spec: { opcode: 'binary', payload: Uint8Array.of(1, 2, 3), mask: RFC_KEY }
		},
		{ call: "onmessage ← 'hello'", from: 'server', spec: { opcode: 'text', text: 'hello' } },
		{
			call: "ws.close(1000, 'done')",
			from: 'client',
			spec: { opcode: 'close', closeCode: 1000, reason: 'done', mask: RFC_KEY }
		},
		{ call: 'onclose ← 1000', from: 'server', spec: { opcode: 'close', closeCode: 1000 } }
	] as const;
	const calls = rows.map((r) => ({ call: r.call, from: r.from, bytes: encodeFrame(r.spec) }));
	const binary = decode(calls[1]!.bytes, { from: 'client' }).frames[0]!;
	const sent = encodeFrame({ opcode: 'text', text: SENT, mask: RFC_KEY });
	// RFC 6455 §5.1: a client fails the connection on a masked frame from the server.
	const maskedFromServer = encodeFrame({ opcode: 'text', text: 'hi', mask: RFC_KEY });
	return {
		facts: {
			send: hex(calls[0]!.bytes),
			message: hex(calls[2]!.bytes),
			close: hex(calls[3]!.bytes),
			sent: SENT
		},
		embed: { kind: 'calls', rows: calls },
		exercises: [
			{
				id: 'send_bytes_opcode',
				kind: 'choice',
				options: CHOICES.map((id) => ({ id })),
				answer: OPCODES[binary.opcode]!.name
			},
			{
				id: 'send_length',
				kind: 'number',
				answer: sent.length,
				mistakes: frameMistakes(sent.length, utf8(SENT).length, true)
			},
			{
				id: 'masked_from_server',
				kind: 'pick-byte',
				bytes: maskedFromServer,
				from: 'server',
				answer: failingByte(maskedFromServer, 'server')
			}
		]
	} satisfies Material;
}
export type BrowserApiFacts = ReturnType<typeof browserApi>['facts'];

/** The code sample: every call the lesson maps to frames. */
export const BROWSER_API_SAMPLE = `const ws = new WebSocket('wss://example.com/chat', ['chat']);
ws.binaryType = 'arraybuffer';

ws.onopen = () => {
  ws.send('hi');                          // a text frame
  ws.send(new Uint8Array([1, 2, 3]));     // a binary frame
};
ws.onmessage = (event) => console.log(event.data);
ws.onerror = () => console.log('failed: a close event follows');
ws.onclose = (event) => console.log(event.code, event.reason, event.wasClean);

// readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED
if (ws.readyState === WebSocket.OPEN) ws.close(1000, 'done');
`;
