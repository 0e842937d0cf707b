// Lesson 7: ping, pong and close (RFC 6455 §5.5, §7): the closing handshake on the wire, and the
// close code a strict peer sends for a given mistake (the answer is the decoder's verdict).
import { CLOSE_CODES, concatBytes, decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { closeLabel, hex, RFC_KEY, utf8 } from './shared.ts';

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
			bad: hex(bad)
		},
		embed: { kind: 'frames', bytes: concatBytes([serverClose]), from: 'server' },
		exercise: {
			kind: 'choice',
			options: CHOICES.map((code) => ({ id: String(code), label: closeLabel(code) })),
			answer: String(verdict.closeCode)
		}
	} satisfies Material;
}
export type CloseFacts = ReturnType<typeof close>['facts'];
