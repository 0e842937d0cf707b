// The /decode page's state in a link: the compressed JSON of url-state.ts, or the simple form
// `#hex=818537fa…&from=client&ext=permessage-deflate&protocol=mqtt&payload=auto` that another page (or a
// person) can write by hand.
import { decodeState, encodeState, linkFails, type StateReading } from '$lib/state/url-state.ts';
import { PAYLOAD_PROTOCOLS, type PayloadChoice } from '$lib/protocol/payload/types.ts';
import { readCaptureLink, storeCapture } from './capture/capture-link.ts';
import { EMPTY_LINK, type DecodeLink } from './link-state.ts';

export { EMPTY_LINK, LINK_TEXT_LIMIT, type DecodeLink } from './link-state.ts';

const CHOICES: readonly string[] = ['auto', 'none', ...PAYLOAD_PROTOCOLS];

/** A payload choice read from a link, or the problem with it. */
function choiceOf(value: unknown): StateReading<PayloadChoice> {
	if (value === undefined || value === null) return { ok: true, value: 'auto' };
	if (typeof value === 'string' && CHOICES.includes(value))
		return { ok: true, value: value as PayloadChoice };
	return linkFails('bad_payload_choice', { value: String(value).slice(0, 20) });
}

interface Stored {
	v: 1;
	c?: string;
	s?: string;
	x?: string;
	fc?: number;
	fs?: number;
	r?: 1;
	/** Subprotocol and payload choice (absent: none, auto). */
	sp?: string;
	p?: string;
	k?: ReturnType<typeof storeCapture>;
}

export async function writeLink(state: DecodeLink): Promise<string> {
	const stored: Stored = { v: 1 };
	if (state.client) stored.c = state.client;
	if (state.server) stored.s = state.server;
	if (state.extensions) stored.x = state.extensions;
	if (state.clientFrame) stored.fc = state.clientFrame;
	if (state.serverFrame) stored.fs = state.serverFrame;
	if (state.reconstructed) stored.r = 1;
	if (state.subprotocol) stored.sp = state.subprotocol;
	if (state.payload !== 'auto') stored.p = state.payload;
	if (state.capture) stored.k = storeCapture(state.capture);
	return encodeState(stored);
}

/** Reads a hash (with or without '#'); an empty hash is no state at all. */
export async function readLink(hash: string): Promise<StateReading<DecodeLink> | null> {
	const text = hash.replace(/^#/, '');
	if (text === '') return null;
	// base64url never holds '=', so this is the simple form.
	if (text.includes('=')) return readSimple(text);
	return decodeState(text, check);
}

function readSimple(text: string): StateReading<DecodeLink> {
	const params = new URLSearchParams(text);
	const hex = params.get('hex') ?? '';
	const from = params.get('from') ?? 'client';
	if (!/^[0-9a-fA-F\s:]*$/.test(hex)) {
		return linkFails('hex_not_hex');
	}
	if (from !== 'client' && from !== 'server') {
		return linkFails('bad_from', { value: from.slice(0, 20) });
	}
	const extensions = params.get('ext') ?? '';
	const payload = choiceOf(params.get('payload'));
	if (!payload.ok) return payload;
	const subprotocol = params.get('protocol') ?? '';
	return {
		ok: true,
		value: { ...EMPTY_LINK, [from]: hex, extensions, subprotocol, payload: payload.value }
	};
}

function check(json: unknown): StateReading<DecodeLink> {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return linkFails('no_state', { page: '/decode' });
	}
	const s = json as Record<string, unknown>;
	if (s.v !== 1) return linkFails('other_version');
	for (const key of ['c', 's', 'x', 'sp'] as const) {
		if (s[key] !== undefined && typeof s[key] !== 'string') {
			return linkFails('field_not_text', { field: key });
		}
	}
	for (const key of ['fc', 'fs'] as const) {
		const n = s[key];
		if (n !== undefined && !(typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
			return linkFails('field_not_frame_number', { field: key });
		}
	}
	const payload = choiceOf(s.p);
	if (!payload.ok) return payload;
	const capture = s.k === undefined ? null : readCaptureLink(s.k);
	if (capture === undefined) return linkFails('bad_capture');
	return {
		ok: true,
		value: {
			client: (s.c as string | undefined) ?? '',
			server: (s.s as string | undefined) ?? '',
			extensions: (s.x as string | undefined) ?? '',
			clientFrame: (s.fc as number | undefined) ?? 0,
			serverFrame: (s.fs as number | undefined) ?? 0,
			reconstructed: s.r === 1,
			subprotocol: (s.sp as string | undefined) ?? '',
			payload: payload.value,
			capture
		}
	};
}
