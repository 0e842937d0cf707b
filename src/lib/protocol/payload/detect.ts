// Which protocol a message carries: by the negotiated subprotocol first, then by its content, then by
// what the conversation has carried so far. Every answer says how it was found (DetectedBy), and a
// reading that another protocol could also claim says so in a diagnostic.
import type { PayloadDiagnostic as Diagnostic } from './diagnostics.ts';
import { payloadDiagnostic } from './diagnostics.ts';
import { looksLikeWamp } from './decoders/wamp-table.ts';
import type { PayloadInput, PayloadProtocol } from './types.ts';
export { SUBPROTOCOLS, protocolOfSubprotocol } from './subprotocols.ts';

export interface Detection {
	protocol: PayloadProtocol;
	diagnostics: Diagnostic[];
}

// STOMP 1.2 §Frames: the commands a frame may start with.
const STOMP_COMMAND_LINE =
	/^(CONNECT|STOMP|CONNECTED|SEND|SUBSCRIBE|UNSUBSCRIBE|ACK|NACK|BEGIN|COMMIT|ABORT|DISCONNECT|MESSAGE|RECEIPT|ERROR)\r?\n/;
// Engine.IO v4 packets that are not JSON: OPEN with its handshake, a ping or pong probe, a Socket.IO
// packet with data (42["chat"], 40{...}, 451-[...], 43/admin,1[...]).
const ENGINE_IO = /^(0\{|[23]probe$|4[0-6](\d*-)?(\/[^,]*,)?\d*[[{"])/;
// Short numbers are both JSON and Engine.IO/Socket.IO packets (2 is a ping, 40 a Socket.IO CONNECT).
const ENGINE_IO_NUMBER = /^([1-6]|4[0-6])$/;
const GRAPHQL_TYPES = new Set([
	'connection_init',
	'connection_ack',
	'connection_error',
	'connection_terminate',
	'ping',
	'pong',
	'subscribe',
	'next',
	'error',
	'complete',
	'start',
	'data',
	'stop',
	'ka'
]);

/** The protocol of a text message from its content alone, or undefined when it is none we know. */
export function detectText(text: string): Detection | undefined {
	const found = (protocol: PayloadProtocol, diagnostics: Diagnostic[] = []) => ({
		protocol,
		diagnostics
	});
	if (text.endsWith('\x1e')) return found('signalr');
	if (STOMP_COMMAND_LINE.test(text)) return found('stomp');
	if (ENGINE_IO.test(text)) return found('socket.io');
	if (ENGINE_IO_NUMBER.test(text)) {
		const note = payloadDiagnostic('payload_detection_ambiguous', 0, text.length, {
			protocol: 'Engine.IO',
			alternative: 'JSON'
		});
		return found('socket.io', [note]);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	const type = (value as { type?: unknown } | null)?.type;
	if (typeof type === 'string' && GRAPHQL_TYPES.has(type) && !Array.isArray(value))
		return found('graphql-ws');
	if (looksLikeWamp(value)) return found('wamp');
	return found('json');
}

/** Bytes that are exactly one or more whole MQTT control packets (MQTT 5 §2.1, §2.2.3). */
export function looksLikeMqtt(bytes: Uint8Array): boolean {
	let at = 0;
	while (at < bytes.length) {
		const type = bytes[at]! >> 4;
		const flags = bytes[at]! & 15;
		const fixed = type === 6 || type === 8 || type === 10 ? 2 : 0;
		if (type === 0 || (type !== 3 && flags !== fixed) || (type === 3 && (flags & 6) === 6))
			return false;
		let length = 0;
		let i = 0;
		for (; i < 4; i++) {
			const b = bytes[at + 1 + i];
			if (b === undefined) return false;
			length += (b & 0x7f) * 128 ** i;
			if (!(b & 0x80)) break;
		}
		if (i === 4) return false;
		at += 2 + i + length;
	}
	return at === bytes.length && bytes.length >= 2;
}

/** The protocol of a binary message from its content: MQTT, else MessagePack or CBOR (lazily loaded). */
export async function detectBinary(input: PayloadInput): Promise<Detection | undefined> {
	if (looksLikeMqtt(input.bytes)) return { protocol: 'mqtt', diagnostics: [] };
	const [msgpack, cbor] = await Promise.all([
		import('./decoders/msgpack.ts'),
		import('./decoders/cbor.ts')
	]);
	const readings = { msgpack: msgpack.readMsgpack(input.bytes), cbor: cbor.readCbor(input.bytes) };
	const clean = (Object.keys(readings) as ('msgpack' | 'cbor')[]).filter(
		(k) => readings[k].node && readings[k].diagnostics.length === 0
	);
	const first = clean[0];
	if (!first) return undefined;
	// WAMP over MessagePack or CBOR is told by its subprotocol: a short array is too often both.
	const protocol: PayloadProtocol = first;
	const diagnostics =
		clean.length > 1
			? [
					payloadDiagnostic('payload_detection_ambiguous', 0, input.bytes.length, {
						protocol: 'MessagePack',
						alternative: 'CBOR'
					})
				]
			: [];
	return { protocol, diagnostics };
}
