import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import { EXAMPLES } from '$lib/state/examples.ts';
import { exampleText } from '$lib/i18n/examples.ts';

// In Node there is no URL to read the language from: the tests say which one the page is in.
const setLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => setLocale(baseLocale));
const HANGUL = /[\uac00-\ud7a3]/;

describe("the explorer's example names", () => {
	it('are the examples’ own English on an English page', () => {
		setLocale('en');
		for (const example of EXAMPLES)
			for (const part of ['label', 'about'] as const)
				expect([example.id, exampleText(example, part)]).toEqual([example.id, example[part]]);
	});

	it('are Korean messages on a Korean page (a name may be an RFC term, its description is Hangul)', () => {
		setLocale('ko');
		for (const example of EXAMPLES) {
			expect([example.id, HANGUL.test(exampleText(example, 'about'))]).toEqual([example.id, true]);
			const label = exampleText(example, 'label');
			// "Ping" is the opcode's name in both languages; every other name is translated.
			if (example.id !== 'ping')
				expect([example.id, label]).not.toEqual([example.id, example.label]);
		}
	});
});
