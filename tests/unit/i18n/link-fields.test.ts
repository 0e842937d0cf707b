import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import { LINK_FIELDS, readBuilderState, DEFAULT_STATE } from '$lib/state/builder.svelte.ts';
import { linkErrorText } from '$lib/i18n/link-messages.ts';

// In Node there is no URL to read the language from: the tests say which one the page is in.
const setLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => setLocale(baseLocale));

describe("a builder link's bad field", () => {
	it('is named by an id, which each language renders as a word (no id left in the sentence)', () => {
		for (const locale of ['en', 'ko'] as const) {
			setLocale(locale);
			for (const field of LINK_FIELDS) {
				const text = linkErrorText({ code: 'bad_field', params: { field } });
				if (field.includes('_'))
					expect([locale, field, text.includes(field)]).toEqual([locale, field, false]);
			}
		}
	});

	it('reads a broken link as the id of the field that is wrong, in Korean words on a Korean page', () => {
		const reading = readBuilderState({ ...DEFAULT_STATE, payloadMode: 'base64' });
		expect(reading).toMatchObject({
			ok: false,
			error: { code: 'bad_field', params: { field: 'payload_mode' } }
		});
		if (reading.ok) return;
		setLocale('ko');
		expect(linkErrorText(reading.error)).toContain('페이로드 입력 방식');
		setLocale('en');
		expect(linkErrorText(reading.error)).toContain('payload mode');
	});
});
