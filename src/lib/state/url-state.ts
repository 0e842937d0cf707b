import type { Coded, TextParams } from '$lib/protocol/text.ts';

// A page's state in its URL hash, so a copied link reopens exactly the same view: JSON, compressed
// with deflate-raw (CompressionStream: in every current browser and in Node), then base64url. The
// hash never reaches a server. Links are untrusted input: decoding never throws and says what is wrong.

/** Hashes longer than this are refused before any work: no link a person shares is this long. */
export const MAX_HASH_CHARS = 2_000_000;

/** Inflated state larger than this is refused: a small link must not expand into a huge one. */
export const MAX_STATE_BYTES = 16 * 1024 * 1024;

/** Why a link cannot be read, as a code (messages link_problem_<code>) and the values it names. */
export const LINK_PROBLEM_CODES = [
	'too_long',
	'bad_characters',
	'damaged',
	'too_large',
	'no_state',
	'no_frame',
	'other_version',
	'bad_field',
	'field_too_long',
	'too_many_fragments',
	'field_not_text',
	'field_not_frame_number',
	'hex_not_hex',
	'bad_from',
	'texts_missing',
	'text_too_long',
	'bad_accept_step',
	'unknown_part',
	'bad_build_form',
	'scenario_unreadable',
	'unknown_scenario_field',
	'scenario_field_unreadable',
	'scenario_invalid',
	'bad_time',
	'bad_speed',
	'bad_window',
	'bad_selection',
	'bad_payload_choice',
	'bad_capture'
] as const;

export type LinkProblemCode = (typeof LINK_PROBLEM_CODES)[number];
export type LinkProblem = Coded<LinkProblemCode>;

export type StateReading<T> = { ok: true; value: T } | { ok: false; error: LinkProblem };

/** A failed reading: the link problem `code`, with `params`. */
export function linkFails(
	code: LinkProblemCode,
	params: TextParams = {}
): { ok: false; error: LinkProblem } {
	return { ok: false, error: { code, params } };
}

export async function encodeState(value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/**
 * Reads a state written by encodeState. `check` says whether the parsed JSON has the page's shape and
 * turns it into the page's type (or returns an error message).
 */
export async function decodeState<T>(
	hash: string,
	check: (json: unknown) => StateReading<T>
): Promise<StateReading<T>> {
	const text = hash.replace(/^#/, '');
	if (text.length > MAX_HASH_CHARS) return linkFails('too_long');
	const bytes = fromBase64Url(text);
	if (!bytes) return linkFails('bad_characters');
	let json: unknown;
	try {
		const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_STATE_BYTES);
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch (e) {
		return e instanceof StateTooLarge
			? linkFails('too_large', { limit: MAX_STATE_BYTES })
			: linkFails('damaged');
	}
	return check(json);
}

class StateTooLarge extends Error {}

/** Runs bytes through a (de)compression stream, stopping early past `limit` output bytes. */
async function pipe(
	input: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity
): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	// A copy: the stream API takes only ArrayBuffer-backed bytes.
	writer.write(new Uint8Array(input)).catch(() => {});
	writer.close().catch(() => {});
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new StateTooLarge(`it expands past ${limit} bytes`);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
	if (text.length % 4 === 1) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const c of text) {
		const v = INDEX.get(c);
		if (v === undefined) return undefined;
		value = (value << 6) | v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >> bits) & 0xff;
		}
	}
	return out.subarray(0, at);
}
