// When a pasted Sec-WebSocket-Accept does not match, say which slip produced it: each usual mistake
// is a row that recomputes the value the way the slip would, and the rows that hit are reported.
import { decodeBase64, encodeBase64 } from '../input/base64.ts';
import { acceptFor, computeAccept, RFC_EXAMPLE_KEY, WEBSOCKET_GUID } from './accept.ts';
import { sha1 } from './sha1.ts';
import { fill, type TextParams } from '../text.ts';
import { MISTAKE_TEXT } from './mistake-text.ts';

export { MISTAKE_TEXT } from './mistake-text.ts';

export type MistakeId = keyof typeof MISTAKE_TEXT;

export interface AcceptMistake {
	/** Stable snake_case id: the row of MISTAKE_TEXT. */
	id: MistakeId;
	/** The values the sentence names (the GUID, the typo, the RFC's key). */
	params: TextParams;
	/** MISTAKE_TEXT[id] filled in: completes "{received} is what you get when ...". */
	explanation: string;
}

interface MistakeRule {
	id: MistakeId;
	/** The sentence's params when the rule explains `received`, else undefined. */
	explain(key: string, received: string, expected: string): TextParams | undefined;
}

const utf8 = new TextEncoder();
const NONE: TextParams = {};

/** A rule that hits when one of the values the slip yields is the received one. */
function yields(
	id: MistakeId,
	values: (key: string) => string[],
	params: TextParams = NONE
): MistakeRule {
	return { id, explain: (key, received) => (values(key).includes(received) ? params : undefined) };
}

const MISTAKES: readonly MistakeRule[] = [
	// RFC 6455 §4.2.2 item 5.4: the key is hashed as the text it is, not as the 16 bytes it encodes.
	yields('key_decoded', (key) => {
		const decoded = decodeBase64(key);
		if (!decoded.ok) return [];
		const guid = utf8.encode(WEBSOCKET_GUID);
		const bytes = new Uint8Array(decoded.bytes.length + guid.length);
		bytes.set(decoded.bytes);
		bytes.set(guid, decoded.bytes.length);
		return [encodeBase64(sha1(bytes))];
	}),
	yields('key_whitespace', (key) =>
		[` ${key}`, `${key} `, ` ${key} `, `${key}\r`, `${key}\r\n`].map((k) => acceptFor(k))
	),
	yields('key_case', (key) => [acceptFor(key.toLowerCase())]),
	yields('guid_lowercase', (key) => [acceptFor(key, WEBSOCKET_GUID.toLowerCase())], {
		guid: WEBSOCKET_GUID
	}),
	{
		id: 'guid_typo',
		explain(key, received) {
			const typo = guidVariants().find((g) => acceptFor(key, g) === received);
			return typo === undefined ? undefined : { typo, guid: WEBSOCKET_GUID };
		}
	},
	yields('guid_missing', (key) => [acceptFor(key, '')]),
	yields('guid_first', (key) => [acceptFor(WEBSOCKET_GUID, key)]),
	yields('hex_text_base64', (key) => {
		const hex = computeAccept(key).sha1Hex;
		return [hex, hex.toUpperCase()].map((h) => encodeBase64(utf8.encode(h)));
	}),
	yields('hex_digest', (key) => {
		const hex = computeAccept(key).sha1Hex;
		return [hex, hex.toUpperCase()];
	}),
	{
		id: 'accept_whitespace',
		explain: (_key, received, expected) =>
			received !== expected && received.replace(/\s+/g, '') === expected ? NONE : undefined
	},
	{
		id: 'base64_variant',
		explain: (_key, received, expected) =>
			[expected.replace(/=+$/, ''), expected.replace(/\+/g, '-').replace(/\//g, '_')]
				.map((v) => [v, v.replace(/=+$/, '')])
				.flat()
				.includes(received)
				? NONE
				: undefined
	},
	{
		id: 'rfc_example_copied',
		explain: (key, received) =>
			key !== RFC_EXAMPLE_KEY && received === acceptFor(RFC_EXAMPLE_KEY)
				? { key: RFC_EXAMPLE_KEY }
				: undefined
	}
];

/** The usual mistakes that turn `key` into `received`; empty when it matches or nothing explains it. */
export function diagnoseAcceptMismatch(key: string, received: string): AcceptMistake[] {
	const expected = acceptFor(key);
	if (received === expected) return [];
	return MISTAKES.flatMap((rule) => {
		const params = rule.explain(key, received, expected);
		if (params === undefined) return [];
		return [{ id: rule.id, params, explanation: fill(MISTAKE_TEXT[rule.id], params) }];
	});
}

const GUID_CHARS = '0123456789ABCDEF-';
let variants: string[] | undefined;

/** The GUID one typo away (a character replaced, dropped or swapped with the next), and unbraced forms. */
function guidVariants(): string[] {
	if (variants) return variants;
	const g = WEBSOCKET_GUID;
	const found = new Set<string>([g.replace(/-/g, ''), `{${g}}`]);
	for (let i = 0; i < g.length; i++) {
		for (const c of GUID_CHARS) found.add(g.slice(0, i) + c + g.slice(i + 1));
		found.add(g.slice(0, i) + g.slice(i + 1));
		if (i + 1 < g.length) found.add(g.slice(0, i) + g[i + 1] + g[i] + g.slice(i + 2));
	}
	found.delete(g);
	variants = [...found];
	return variants;
}
