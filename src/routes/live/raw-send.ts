// What "Send raw" does, loaded with the first press (RawSend.svelte): the engine reads the typed text
// as bytes, the live server sends them to both peers (POST /live/api/raw), and each close code the
// peers answered with gets its name from the engine's table (RFC 6455 §7.4).
import { bytesToHex, closeCodeInfo, parseInput } from '$lib/protocol/index.ts';
import type { RawAnswer as PeerAnswer } from '../../server/live/raw.ts';

export type Peer = 'ws' | 'strict';

/** What a peer answered (the server's JSON), with its close code's name. */
export interface RawAnswer extends PeerAnswer {
	/** The close code's name from the engine, '' when there is none. */
	name: string;
}

/** The peers' answers, or null when the text is no bytes or the server refused the request. */
export async function sendRaw(text: string): Promise<Record<Peer, RawAnswer> | null> {
	const parsed = parseInput(text);
	if (!parsed.ok || parsed.bytes.length === 0) return null;
	const res = await fetch('/live/api/raw', { method: 'POST', body: bytesToHex(parsed.bytes) });
	if (!res.ok) return null;
	const answers = (await res.json()) as Record<Peer, PeerAnswer>;
	const named = (a: PeerAnswer): RawAnswer => ({
		...a,
		name: a.closeCode === null ? '' : (closeCodeInfo(a.closeCode).name ?? '')
	});
	return { ws: named(answers.ws), strict: named(answers.strict) };
}
