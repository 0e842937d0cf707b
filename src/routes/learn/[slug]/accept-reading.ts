// The accept value a key gives, step by step (RFC 6455 §4.2.2), and what is wrong with the key: the
// handshake embed's reading, made at build time for the lesson's key (embed-reading.ts) and in the
// browser, with this module imported, for a key the reader types.
import { computeAccept, keyCheck, type AcceptSteps } from '$lib/protocol/handshake/accept.ts';

export interface AcceptReading {
	key: string;
	steps: AcceptSteps;
	problem: ReturnType<typeof keyCheck>;
}

export function readAccept(key: string): AcceptReading {
	return { key, steps: computeAccept(key), problem: keyCheck(key) };
}
