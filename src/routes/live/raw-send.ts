// What "Send raw" does, loaded with the first press (RawSend.svelte): the engine reads the typed text
// as bytes, the live server sends them to both peers (POST /live/api/raw), and each close code the
// peers answered with gets its name from the engine's table (RFC 6455 §7.4).
import { bytesToHex, closeCodeInfo, parseInput } from '$lib/protocol/index.ts';

export type Peer = 'ws' | 'strict';

export interface RawAnswer {
	outcome: 'closed' | 'dropped' | 'silent' | 'refused';
	status: number | null;
	closeCode: number | null;
	reason: string | null;
	hex: string;
	/** The close code's name from the engine, '' when there is none. */
	name: string;
}

/** The peers' answers, or null when the text is no bytes or the server refused the request. */
export async function sendRaw(text: string): Promise<Record<Peer, RawAnswer> | null> {
	const parsed = parseInput(text);
	if (!parsed.ok || parsed.bytes.length === 0) return null;
	const res = await fetch('/live/api/raw', { method: 'POST', body: bytesToHex(parsed.bytes) });
	if (!res.ok) return null;
	const answers = (await res.json()) as Record<Peer, Omit<RawAnswer, 'name'>>;
	const named = (a: Omit<RawAnswer, 'name'>): RawAnswer => ({
		...a,
		name: a.closeCode === null ? '' : (closeCodeInfo(a.closeCode).name ?? '')
	});
	return { ws: named(answers.ws), strict: named(answers.strict) };
}
