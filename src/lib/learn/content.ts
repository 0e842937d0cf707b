// Each lesson's prose, per language: content/<locale>/<slug>.ts exports a LessonText. Loaded one at a
// time, so a lesson page carries only its own text in its own language.
import type { Locale } from '$lib/paraglide/runtime.js';
import type { LessonText, RenderedText } from './types.ts';

const MODULES = import.meta.glob<{ default: LessonText }>('./content/*/*.ts');

export function hasText(slug: string, locale: Locale): boolean {
	return `./content/${locale}/${slug}.ts` in MODULES;
}

export async function loadText(slug: string, locale: Locale): Promise<LessonText> {
	const load = MODULES[`./content/${locale}/${slug}.ts`];
	// Every lesson has both languages (tests/unit/learn/lessons.test.ts): a miss is a bug.
	if (!load) throw new Error(`no ${locale} text for the lesson ${slug}`);
	return (await load()).default;
}

/** What of a lesson's text its live parts show (the exercises, the lab and code labels): the rest is
 * static text (data-static), written by the server's render only. */
export interface LiveText extends Pick<RenderedText, 'lab' | 'exercises' | 'code'> {
	/** How many prose parts come before the embed. */
	partCount: number;
}

export function liveText({ parts, lab, exercises, code }: RenderedText): LiveText {
	return { partCount: parts.length, lab, exercises, ...(code && { code }) };
}
