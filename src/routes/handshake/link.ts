// The /handshake page's state in its URL hash (url-state.ts: compressed JSON, base64url). A link is
// untrusted input: every field is checked, and anything wrong is a message, never a broken page.
import { decodeState, encodeState, linkFails, type StateReading } from '$lib/state/url-state.ts';
import type { BuildForm } from './build-form.ts';
import { ACCEPT_STEP_COUNT, PARTS, type LabState, type Part } from './lab.svelte.ts';

/**
 * Texts longer than this are refused, with the limit: a handshake head is a few hundred bytes, and
 * 1 MiB is also what `wsviz handshake` reads by default (--max-bytes). The page writes any text it
 * holds into the link, so every text typed up to this size comes back from it.
 */
export const LINK_TEXT_LIMIT = 1024 * 1024;
const FORM_LIMIT = 4096;

interface Stored {
	v: 1;
	q: string;
	r: string;
	s: number;
	p: Part;
	b: [url: string, protocols: string, extensions: string, origin: string, key: string];
}

export function writeLink(state: LabState): Promise<string> {
	const { url, protocols, extensions, origin, key } = state.build;
	const stored: Stored = {
		v: 1,
		q: state.request,
		r: state.response,
		s: state.step,
		p: state.part,
		b: [url, protocols, extensions, origin, key]
	};
	return encodeState(stored);
}

/** Reads a hash (with or without '#'); an empty hash is no state at all. */
export async function readLink(hash: string): Promise<StateReading<LabState> | null> {
	const text = hash.replace(/^#/, '');
	if (text === '') return null;
	return decodeState(text, check);
}

const isText = (v: unknown, limit: number): v is string =>
	typeof v === 'string' && v.length <= limit;

function check(json: unknown): StateReading<LabState> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return linkFails('no_state', { page: '/handshake' });
	}
	const s = json as Record<string, unknown>;
	if (s.v !== 1) return linkFails('other_version');
	if (typeof s.q !== 'string' || typeof s.r !== 'string') return linkFails('texts_missing');
	if (s.q.length > LINK_TEXT_LIMIT || s.r.length > LINK_TEXT_LIMIT)
		return linkFails('text_too_long', { limit: LINK_TEXT_LIMIT });
	const step = s.s;
	if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= ACCEPT_STEP_COUNT)
		return linkFails('bad_accept_step');
	if (!PARTS.includes(s.p as Part)) return linkFails('unknown_part');
	const b = s.b;
	if (!Array.isArray(b) || b.length !== 5 || !b.every((x) => isText(x, FORM_LIMIT)))
		return linkFails('bad_build_form');
	const [url, protocols, extensions, origin, key] = b as string[];
	const build: BuildForm = {
		url: url!,
		protocols: protocols!,
		extensions: extensions!,
		origin: origin!,
		key: key!
	};
	return { ok: true, value: { request: s.q, response: s.r, step, part: s.p as Part, build } };
}
