// Lesson 2: the opening handshake (RFC 6455 §4). The request and response are the engine's RFC
// preset; the question's choices are the accept for a key, and two mistakes people make computing it.
import { encodeBase64 } from '$lib/protocol/input/base64.ts';
import {
	buildHandshake,
	computeAccept,
	presetById,
	RFC_EXAMPLE_KEY,
	sha1,
	WEBSOCKET_GUID,
	type BuiltHandshake
} from '$lib/protocol/index.ts';
import type { Material } from '../types.ts';
import { utf8 } from './shared.ts';
import { spotHandshake } from './spot.ts';

/** A key that is not the RFC's: the 16 bytes 00 01 … 0f, base64-encoded as §4.1 asks. */
export const EXERCISE_KEY = encodeBase64(Uint8Array.from({ length: 16 }, (_, i) => i));

export function handshake() {
	const rfc = presetById('rfc_6455')!;
	const steps = computeAccept(RFC_EXAMPLE_KEY);
	const right = computeAccept(EXERCISE_KEY).base64;
	// Two wrong answers a person really gets: the RFC's example value, and SHA-1 without the GUID.
	const noGuid = encodeBase64(sha1(utf8(EXERCISE_KEY)));
	const rfcValue = steps.base64;
	const options = [noGuid, right, rfcValue].map((label, i) => ({ id: `accept_${i}`, label }));
	const sha1Bytes = sha1(utf8(EXERCISE_KEY)).length;
	// A server that echoes the key instead of computing the accept (RFC 6455 §4.2.2 step 5.4).
	const echoed = rfc.response.replace(steps.base64, RFC_EXAMPLE_KEY);
	return {
		facts: {
			key: RFC_EXAMPLE_KEY,
			guid: WEBSOCKET_GUID,
			sha1: steps.sha1Hex,
			accept: steps.base64,
			acceptLength: right.length,
			exerciseKey: EXERCISE_KEY
		},
		embed: { kind: 'handshake', request: rfc.request, response: rfc.response },
		exercises: [
			{
				id: 'accept_value',
				kind: 'choice',
				options,
				answer: options.find((o) => o.label === right)!.id
			},
			{
				id: 'accept_length',
				kind: 'number',
				// base64 writes 3 bytes as 4 characters: SHA-1's 20 bytes are 28 characters.
				answer: right.length,
				mistakes: [
					{ value: sha1Bytes, because: 'sha1_bytes' },
					{ value: sha1Bytes * 2, because: 'sha1_hex' },
					{ value: EXERCISE_KEY.length, because: 'key_length' }
				]
			},
			spotHandshake('echoed_key', rfc.request, echoed)
		]
	} satisfies Material;
}
export type HandshakeFacts = ReturnType<typeof handshake>['facts'];

/** The RFC example's handshake as the engine builds it, for the lesson's curl command. */
export function rfcBuilt(): BuiltHandshake {
	const result = buildHandshake({
		url: 'ws://server.example.com/chat',
		origin: 'http://example.com',
		protocols: ['chat', 'superchat'],
		key: RFC_EXAMPLE_KEY
	});
	// The options are fixed and valid: a failure is a bug, and the build should stop on it.
	if (!result.ok) throw new Error(`lesson handshake: ${JSON.stringify(result.problems)}`);
	return result;
}
