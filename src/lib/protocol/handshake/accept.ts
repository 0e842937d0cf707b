// Sec-WebSocket-Accept (RFC 6455 §1.3, §4.2.2 item 5.4): base64(SHA-1(key + GUID)), as the steps a
// student follows, and what makes a Sec-WebSocket-Key valid.
import { fill, type Coded } from '../text.ts';
import { HANDSHAKE_PROBLEMS, handshakeProblem, type HandshakeProblem } from './problems.ts';
import { bytesToHex } from '../bytes.ts';
import { decodeBase64, encodeBase64 } from '../input/base64.ts';
import { sha1 } from './sha1.ts';
import { RFC_EXAMPLE_KEY, WEBSOCKET_GUID } from './rfc-example.ts';

export { RFC_EXAMPLE_KEY, WEBSOCKET_GUID };

export interface AcceptSteps {
	/** Step 1: the key as the client sent it. */
	key: string;
	guid: string;
	/** Step 2: key + GUID, one string. */
	concatenated: string;
	/** Step 3: SHA-1 of that string's bytes: 20 bytes. */
	sha1Bytes: Uint8Array;
	sha1Hex: string;
	/** Step 4: those 20 bytes in base64: the Sec-WebSocket-Accept value. */
	base64: string;
}

const utf8 = new TextEncoder();

/** RFC 6455 §4.2.2 item 5.4: the accept value for `key`, step by step. */
export function computeAccept(key: string, guid: string = WEBSOCKET_GUID): AcceptSteps {
	const concatenated = key + guid;
	const sha1Bytes = sha1(utf8.encode(concatenated));
	return {
		key,
		guid,
		concatenated,
		sha1Bytes,
		sha1Hex: bytesToHex(sha1Bytes),
		base64: encodeBase64(sha1Bytes)
	};
}

/** Just the accept value. */
export function acceptFor(key: string, guid: string = WEBSOCKET_GUID): string {
	return computeAccept(key, guid).base64;
}

/**
 * RFC 6455 §4.1 item 7: the key is "a base64-encoded value that, when decoded, is 16 bytes in
 * length". Undefined when it is; otherwise why not, in words.
 */
export function keyCheck(key: string): Coded<HandshakeProblem> | undefined {
	if (key === '') return handshakeProblem('key_empty');
	if (/^[A-Za-z0-9+/]{22}==$/.test(key)) return undefined;
	if (/\s/.test(key)) return handshakeProblem('key_whitespace');
	if (/[-_]/.test(key)) return handshakeProblem('key_base64url');
	const bad = /[^A-Za-z0-9+/=]/.exec(key);
	if (bad) return handshakeProblem('key_bad_character', { token: JSON.stringify(bad[0]) });
	const decoded = decodeBase64(key);
	if (!decoded.ok) return handshakeProblem('key_not_base64');
	const n = decoded.bytes.length;
	if (n === 1) return handshakeProblem('key_one_byte');
	if (n !== 16) return handshakeProblem('key_byte_count', { bytes: n });
	return handshakeProblem('key_char_count', { chars: key.length });
}

/** What is wrong with a key, in English (the CLI's words); undefined for a valid key. */
export function keyProblem(key: string): string | undefined {
	const problem = keyCheck(key);
	return problem && fill(HANDSHAKE_PROBLEMS[problem.code], problem.params);
}

/** The 16 bytes of a valid key (undefined for an invalid one). */
export function keyBytes(key: string): Uint8Array | undefined {
	if (keyProblem(key) !== undefined) return undefined;
	const decoded = decodeBase64(key);
	return decoded.ok ? decoded.bytes : undefined;
}

/** A fresh random key: 16 bytes from the platform's CSPRNG (RFC 6455 §4.1 item 7, §10.3). */
export function randomKey(): string {
	return encodeBase64(crypto.getRandomValues(new Uint8Array(16)));
}
