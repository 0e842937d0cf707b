// The payload layer's codes in the page's language: English is the engine's own text; other languages
// render the same code and params from messages (payload_summary_*, payload_meaning_*), with the
// engine's [optional part] rule applied to the message's template.
import {
	renderTemplate,
	summaryText,
	type PayloadField,
	type PayloadSummary
} from '$lib/protocol/index.ts';
import type { PayloadParams } from '$lib/protocol/payload/types.ts';
import { m } from '$lib/paraglide/messages.js';
import { baseLocale, getLocale } from '$lib/paraglide/runtime.js';

type Message = (params?: Record<string, string>) => string;
const messages = m as unknown as Record<string, Message | undefined>;

/** The message's template: each {name} comes back as itself, so the engine's renderer can fill it. */
function localized(key: string, params: PayloadParams): string | undefined {
	const message = getLocale() === baseLocale ? undefined : messages[key];
	if (!message) return undefined;
	const names = Object.fromEntries(Object.keys(params).map((k) => [k, `{${k}}`]));
	return renderTemplate(message(names), params);
}

export function payloadSummaryText(summary: PayloadSummary): string {
	return localized(`payload_summary_${summary.code}`, summary.params) ?? summaryText(summary);
}

export function payloadMeaningText(field: PayloadField): string {
	return localized(`payload_meaning_${field.meaningCode}`, field.params) ?? field.meaning;
}
