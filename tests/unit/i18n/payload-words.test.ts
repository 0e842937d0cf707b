// The payload layer's id-valued params (issue #15): the part socket.io-parser rejects, the MQTT field
// that runs past its packet, the kind of a JSON, MessagePack or CBOR value. The decoders emit ids of
// PAYLOAD_PARAM_WORDS, never English words, and every id renders in English (as the engine does) and Korean.
import { afterEach, describe, expect, it } from 'vitest';
import { localParams } from '$lib/i18n/say.ts';
import { payloadSummaryText } from '$lib/i18n/payload-text.ts';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import { decodePayloads, type PayloadChoice, type PayloadInput } from '$lib/protocol/index.ts';
import { PAYLOAD_PARAM_WORDS } from '$lib/protocol/payload/words.ts';
import { PAYLOAD_PARAM_MESSAGES } from '$lib/i18n/payload-words.ts';

const setLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => setLocale(baseLocale));

const text = (s: string): PayloadInput => ({
	type: 'text',
	text: s,
	bytes: new TextEncoder().encode(s)
});
const binary = (...bytes: number[]): PayloadInput => ({
	type: 'binary',
	bytes: Uint8Array.from(bytes)
});

/** Every value of `name` in the diagnostics and the summary of one message. */
async function paramValues(name: string, input: PayloadInput, choice: PayloadChoice) {
	const [read] = await decodePayloads([input], { choice });
	return [...read!.diagnostics.map((d) => d.params), read!.summary.params]
		.map((p) => p[name])
		.filter((v) => v !== undefined);
}

const NAMES = ['part', 'field', 'kind'] as const;

describe('payload params that name something are ids', () => {
	it.each([
		['part', text('42{"a":1}'), 'socket.io'],
		['part', text('451["no dash"]'), 'socket.io'],
		['field', binary(0x30, 0x03, 0x00, 0x09, 0x61), 'mqtt'],
		['field', binary(0x10, 0x02, 0x00, 0x04), 'mqtt'],
		['field', binary(0x82, 0x03, 0x00, 0x07, 0x00), 'mqtt'],
		['kind', binary(0xa5, 0x61, 0x62), 'msgpack'],
		['kind', binary(0x82, 0x01), 'cbor'],
		['kind', binary(0x18), 'cbor'],
		['kind', text('{"a":[1,2]}'), 'json'],
		['kind', text('"안녕"'), 'json'],
		['kind', binary(0xc3), 'msgpack'],
		['kind', binary(0xd8, 0x20, 0x61, 0x61), 'cbor']
	] as const)('%s in %j', async (name, input, choice) => {
		const values = await paramValues(name, input, choice);
		expect(values.length).toBeGreaterThan(0);
		for (const value of values)
			expect(Object.keys(PAYLOAD_PARAM_WORDS[name])).toContain(String(value));
	});

	it('renders every id in English as the engine does, and in Korean in Hangul or as a literal', () => {
		for (const name of NAMES)
			for (const [id, english] of Object.entries(PAYLOAD_PARAM_WORDS[name])) {
				setLocale('en');
				expect(localParams({ [name]: id }, PAYLOAD_PARAM_MESSAGES)[name]).toBe(english);
				setLocale('ko');
				const korean = localParams({ [name]: id }, PAYLOAD_PARAM_MESSAGES)[name]!;
				expect([name, id, /[\uac00-\ud7a3]/.test(korean)]).toEqual([name, id, true]);
			}
	});

	it('puts the Korean word for the kind in a JSON summary', () => {
		setLocale('ko');
		const summary = { code: 'json_value', params: { kind: 'object', count: 1, preview: '{…}' } };
		expect(payloadSummaryText(summary)).toBe('JSON 객체 {…}');
	});
});
