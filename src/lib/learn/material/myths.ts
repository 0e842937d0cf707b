// Lesson 12: myths, disproved on real bytes. Each myth's bytes go through the decoder, and the
// question's answer is the one close code whose close frame a strict receiver accepts.
import { decode, encodeFrame } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { closeLabel, failingByte, hex, RFC_KEY, utf8 } from './shared.ts';

/** Codes a myth says a server sends, and the one it may. */
const CHOICES = [1006, 1005, 1001, 1015];

// hixie-76 (2010): a text message was 0x00, UTF-8, 0xFF. RFC 6455 reads 0x00 as a frame header.
const HIXIE = Uint8Array.of(0x00, ...utf8('Hello'), 0xff);

/** The embedded capture, for the lab link. */
export const hixieCapture = (): string => hex(HIXIE);

export function myths() {
	const hixie = HIXIE;
	const hixieVerdict = decode(hixie, { from: 'server' }).verdict;
	const binary = encodeFrame({ opcode: 'binary', payload: Uint8Array.of(0x89, 0x50, 0x4e, 0x47) });
	const ping = encodeFrame({ opcode: 'ping', text: 'are you there?' });
	const close1006 = encodeFrame({ opcode: 'close', closeCode: 1006 });
	// The smallest frame there is: a server's empty text message (RFC 6455 §5.2).
	const smallest = encodeFrame({ opcode: 'text', text: '' });
	// 1005 means "no code was sent": a close frame carrying it contradicts itself (§7.4.1).
	// The longest header: a client's 64-bit length and its masking key.
	const largest = encodeFrame({ opcode: 'text', lengthBits: 64, mask: RFC_KEY, text: '' });
	const close1005 = encodeFrame({ opcode: 'close', closeCode: 1005 });
	const closeAccepted = (code: number) =>
		decode(encodeFrame({ opcode: 'close', closeCode: code }), { from: 'server' }).verdict.ok;
	return {
		facts: {
			hixie: hex(hixie),
			hixieError: hixieVerdict.firstError?.code ?? '',
			hixieClose: hixieVerdict.closeCode ?? 0,
			binary: hex(binary),
			ping: hex(ping),
			close1006: hex(close1006),
			close1006Error: decode(close1006, { from: 'server' }).verdict.closeCode ?? 0
		},
		embed: { kind: 'explorer', text: hex(hixie) },
		exercises: [
			{
				id: 'server_close_code',
				kind: 'choice',
				options: CHOICES.map((code) => ({ id: String(code), label: closeLabel(code) })),
				answer: String(CHOICES.find(closeAccepted))
			},
			{
				id: 'smallest_frame',
				kind: 'number',
				answer: smallest.length,
				mistakes: [
					{ value: smallest.length + 4, because: 'added_mask_key' },
					{ value: largest.length, because: 'largest_header' },
					{ value: 0, because: 'no_header' },
					{ value: smallest.length * 8, because: 'counted_bits' }
				]
			},
			{
				id: 'close_1005',
				kind: 'pick-byte',
				bytes: close1005,
				from: 'server',
				answer: failingByte(close1005, 'server')
			}
		]
	} satisfies Material;
}
export type MythsFacts = ReturnType<typeof myths>['facts'];
