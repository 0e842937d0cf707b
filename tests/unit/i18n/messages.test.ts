import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preferredLocale } from '$lib/i18n/locale.ts';

const read = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const ko = read('ko');
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the messages', () => {
	it('has every English message in Korean, and no Korean message English lacks', () => {
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
	});

	it('gives each Korean message the parameters of its English one', () => {
		for (const key of Object.keys(en))
			expect([key, params(ko[key] ?? '')]).toEqual([key, params(en[key]!)]);
	});

	it('has no Korean message left in English (each has Hangul, or is only names and symbols)', () => {
		const untranslated = Object.entries(ko).filter(
			([key, text]) => key !== '$schema' && !/[\uac00-\ud7a3]/.test(text) && text === en[key]
		);
		// {placeholders} and capitalised names (Socket.IO, GraphQL) are not words: a template of protocol
		// names and placeholders is the same in both languages
		const words = (text: string) => text.replace(/\{\w+\}|\b[A-Z][\w.]*/g, '');
		expect(untranslated.filter(([, text]) => /[a-z]{4,}/.test(words(text)))).toEqual([]);
	});
});

describe('preferredLocale', () => {
	it('takes the remembered choice first', () => {
		expect(preferredLocale('ko', ['en-US'])).toBe('ko');
		expect(preferredLocale('en', ['ko-KR'])).toBe('en');
	});

	it('then the first browser language we speak, by its primary subtag', () => {
		expect(preferredLocale(null, ['fr-FR', 'ko-KR', 'en'])).toBe('ko');
		expect(preferredLocale(null, ['EN-gb', 'ko'])).toBe('en');
	});

	it('falls back to English for unknown or junk values', () => {
		expect(preferredLocale('<script>', ['fr', 'de'])).toBe('en');
		expect(preferredLocale(null, [])).toBe('en');
	});
});
