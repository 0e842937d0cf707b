// The /handshake link of an opened upgrade arrow. Loaded on first use (ItemDetail imports it
// dynamically): the handshake lab's state pulls the whole handshake checker, which /transports
// does not need to show its first paint.
import { DEFAULT_STATE } from '../handshake/lab.svelte.ts';
import { writeLink } from '../handshake/link.ts';

/** The /handshake page's hash for the default lab with this request and response. */
export function handshakeHash(head: { request: string; response: string }): Promise<string> {
	return writeLink({ ...DEFAULT_STATE, ...head });
}
