// Lesson 7: ping, pong and close (RFC 6455 §5.5, §7): the closing handshake on the wire, and the
// close code a strict peer sends for a given mistake (the answer is the decoder's verdict).
import { CLOSE_CODES, concatBytes, decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { closeLabel, frameMistakes, hex, RFC_KEY, utf8 } from './shared.ts';
import { spotFrame } from './spot.ts';

/** The reason in the number question: ws.close(1000, 'done'). */
export const REASON = 'done';

/** The codes offered as answers: the likely ones, and the two that never go on the wire. */
const CHOICES = [1000, 1002, 1006, 1007, 1009];

export function close() {
	const ping = encodeFrame({ opcode: 'ping', text: 'hi' });
	const pong = encodeFrame({ opcode: 'pong', text: 'hi', mask: RFC_KEY });
	const serverClose = encodeFrame({ opcode: 'close', closeCode: 1000, reason: 'bye' });
	const clientClose = encodeFrame({ opcode: 'close', closeCode: 1000, mask: RFC_KEY });
	// The question: a client sends text that is not UTF-8. What does the server close with?
	const bad = encodeFrame({ opcode: 'text', payload: utf8('안').subarray(0, 2), mask: RFC_KEY });
	const verdict = decode(bad, { from: 'client' }).verdict;
	const done = encodeFrame({ opcode: 'close', closeCode: 1000, reason: REASON, mask: RFC_KEY });
	const donePayload = decode(done, { from: 'client' }).frames[0]!.payload.length;
	// RFC 6455 §5.5: a control frame carries at most 125 bytes of payload.
	const longPing = encodeFrame({ opcode: 'ping', payload: new Uint8Array(126) });
	const never = Object.entries(CLOSE_CODES)
		.filter(([, spec]) => !spec.onWire && spec.name !== 'Reserved')
		.map(([code]) => code);
	return {
		facts: {
			ping: hex(ping),
			pong: hex(pong),
			serverClose: hex(serverClose),
			clientClose: hex(clientClose),
			never: never.join(', '),
			bad: hex(bad),
			reason: REASON,
			longPingLength: 126
		},
		embed: { kind: 'frames', bytes: concatBytes([serverClose]), from: 'server' },
		exercises: [
			{
				id: 'utf8_close_code',
				kind: 'choice',
				options: CHOICES.map((code) => ({ id: String(code), label: closeLabel(code) })),
				answer: String(verdict.closeCode)
			},
			{
				id: 'close_frame_length',
				kind: 'number',
				answer: done.length,
				mistakes: [
					...frameMistakes(done.length, donePayload, true),
					// The status code is two bytes of the payload (§5.5.1).
					{ value: done.length - 2, because: 'forgot_code' }
				]
			},
			spotFrame('long_ping', longPing, 'server')
		]
	} satisfies Material;
}
export type CloseFacts = ReturnType<typeof close>['facts'];
