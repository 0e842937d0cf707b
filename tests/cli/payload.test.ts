// `wsviz decode --payload/--protocol`: the application protocol inside each data message, in the JSON
// (DESIGN.md: payload: { protocol, detectedBy, summary, value, fields, diagnostics } | null).
import { describe, expect, it } from 'vitest';
import { SLOW, wsviz, wsvizJson } from './run.ts';

interface PayloadJson {
	protocol: string;
	detectedBy: string;
	summary: { code: string; params: Record<string, unknown>; text: string };
	value: unknown;
	fields: { id: string; bitOffset: number; bitLength: number; meaningCode: string }[];
	diagnostics: { code: string; offset: number }[];
}
interface DecodeJson {
	messages: { type: string; payload?: PayloadJson | null }[];
}

/** Unmasked server frames, one per message (all shorter than 126 bytes). */
function frames(...messages: (string | number[])[]): string {
	return messages
		.map((m) => {
			const bytes = typeof m === 'string' ? [...new TextEncoder().encode(m)] : m;
			const opcode = typeof m === 'string' ? 0x81 : 0x82;
			return [opcode, bytes.length, ...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
		})
		.join('');
}

const PUBLISH = [
	0x32,
	0x11,
	0x00,
	0x09,
	...new TextEncoder().encode('sensors/1'),
	0x00,
	0x07,
	0x32,
	0x31,
	0x2e,
	0x35
];

describe.concurrent('wsviz decode --payload', { timeout: SLOW }, () => {
	it('reads a Socket.IO event from its content and says so', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--from',
			'server',
			frames('42["chat","안녕"]')
		]);
		const payload = json.messages[0]!.payload!;
		expect(payload).toMatchObject({ protocol: 'socket.io', detectedBy: 'content' });
		expect(payload.summary).toMatchObject({
			code: 'socketio_event',
			params: { event: 'chat', args: '["안녕"]' }
		});
		expect(payload.summary.text).toBe('Socket.IO EVENT "chat" ["안녕"]');
		expect(payload.value).toMatchObject({
			socketio: { type: 2, nsp: '/', data: ['chat', '안녕'] }
		});
		expect(payload.fields.map((f) => f.id)).toEqual([
			'engineio_type',
			'socketio_type',
			'socketio_data'
		]);
		expect(payload.fields[2]).toMatchObject({
			bitOffset: 16,
			bitLength: new TextEncoder().encode('["chat","안녕"]').length * 8
		});
	});

	it('takes the subprotocol from --protocol, and --payload none turns the layer off', async () => {
		const hex = frames(PUBLISH);
		const json = await wsvizJson<DecodeJson>(['decode', '--json', '--protocol', 'mqtt', hex]);
		expect(json.messages[0]!.payload).toMatchObject({
			protocol: 'mqtt',
			detectedBy: 'subprotocol',
			summary: { code: 'mqtt_publish', params: { topic: 'sensors/1', qos: 1, id: 7 } },
			value: { cmd: 'publish', topic: 'sensors/1', qos: 1, messageId: 7, payload: '21.5' }
		});
		const none = await wsvizJson<DecodeJson>(['decode', '--json', '--payload', 'none', hex]);
		expect(none.messages[0]!.payload).toBeNull();
	});

	it('decodes as the protocol --payload names, detectedBy option', async () => {
		const json = await wsvizJson<DecodeJson>([
			'decode',
			'--json',
			'--payload',
			'json',
			frames('[1, 2]')
		]);
		expect(json.messages[0]!.payload).toMatchObject({
			protocol: 'json',
			detectedBy: 'option',
			value: [1, 2]
		});
	});

	it('prints the summary under the message in the report', async () => {
		const run = await wsviz([
			'decode',
			'--protocol',
			'v12.stomp',
			frames('SEND\ndestination:/queue/a\n\nhi\0')
		]);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('STOMP SEND /queue/a (2 bytes) (stomp, detected by subprotocol)');
	});

	it('refuses a protocol it does not know (exit 2)', async () => {
		const run = await wsviz(['decode', '--payload', 'xmpp', '8100']);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('--payload must be one of');
	});
});
