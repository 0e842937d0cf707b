// Lesson 8: subprotocols and extensions (RFC 6455 §1.9, §9; RFC 7692). The compressed "Hello" is the
// engine's deflate, and the question's answer is what the decoder does with RSV1 unnegotiated.
import { decode, encodeFrame, MessageDeflater } from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { hex } from './shared.ts';
import { spotFrame } from './spot.ts';

export const EXTENSION = 'permessage-deflate';

/** The receiver's possible reactions to a frame with RSV1 set; ids name a close code when failing. */
const REACTIONS = ['inflate', 'ignore', 'fail_1002', 'fail_1007'];

export function extensions() {
	// RFC 7692 §7.2.3.1: "Hello" compressed without context takeover.
	const deflater = new MessageDeflater({ windowBits: 15, noContextTakeover: true });
	const compressed = deflater.deflate(new TextEncoder().encode('Hello'));
	const bytes = encodeFrame({ opcode: 'text', rsv1: true, payload: compressed });
	const without = decode(bytes, { from: 'server' }).verdict;
	const withExtension = decode(bytes, { from: 'server', extensions: EXTENSION });
	// A compressed binary message's first (and final) frame: FIN, RSV1, opcode 2.
	const binary = encodeFrame({ opcode: 'binary', rsv1: true, payload: compressed });
	const first = (b: Uint8Array) => b[0]!;
	const variant = (spec: Parameters<typeof encodeFrame>[0]) => first(encodeFrame(spec));
	// RFC 7692 §6: permessage-deflate defines RSV1 only; RSV2 stays reserved.
	const rsv2 = encodeFrame({ opcode: 'text', rsv1: true, rsv2: true, payload: compressed });
	return {
		facts: {
			bytes: hex(bytes),
			byte0: hex(bytes.subarray(0, 1)),
			compressed: hex(compressed),
			inflated: withExtension.messages[0]?.text ?? '',
			extension: EXTENSION
		},
		embed: { kind: 'frames', bytes, from: 'server', extensions: EXTENSION },
		exercises: [
			{
				id: 'rsv1_unnegotiated',
				kind: 'choice',
				options: REACTIONS.map((id) => ({ id })),
				answer: without.ok ? 'inflate' : `fail_${without.closeCode}`
			},
			{
				id: 'compressed_first_byte',
				kind: 'number',
				answer: first(binary),
				mistakes: [
					{ value: variant({ opcode: 'binary', payload: compressed }), because: 'no_rsv1' },
					{
						value: variant({ opcode: 'binary', rsv1: true, fin: false, payload: compressed }),
						because: 'no_fin'
					},
					{ value: first(bytes), because: 'text_opcode' }
				]
			},
			spotFrame('rsv2_set', rsv2, 'server', EXTENSION)
		]
	} satisfies Material;
}
export type ExtensionsFacts = ReturnType<typeof extensions>['facts'];
