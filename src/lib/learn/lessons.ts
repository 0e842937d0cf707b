// The lesson path (/learn) as data: each lesson's slug, its title, the RFC section it teaches. The
// engine's material for it (facts for the prose, the embedded interactive, the exercises with their
// answers) is in materials.ts, computed at build time; the prose is per language, in content/; lab
// links and code samples, needed only at build time, are in extras.ts.
import { m } from '$lib/paraglide/messages.js';

export interface Lesson {
	slug: string;
	title: () => string;
	summary: () => string;
	/** The section it teaches, as the site writes it: 'RFC 6455 §5.2'. */
	rfc: string;
}

export const LESSONS: readonly Lesson[] = [
	{
		slug: 'why-websocket',
		title: m.learn_why_websocket_title,
		summary: m.learn_why_websocket_summary,
		rfc: 'RFC 6455 §1.1'
	},
	{
		slug: 'handshake',
		title: m.learn_handshake_title,
		summary: m.learn_handshake_summary,
		rfc: 'RFC 6455 §4.2.2'
	},
	{
		slug: 'frame',
		title: m.learn_frame_title,
		summary: m.learn_frame_summary,
		rfc: 'RFC 6455 §5.2'
	},
	{
		slug: 'masking',
		title: m.learn_masking_title,
		summary: m.learn_masking_summary,
		rfc: 'RFC 6455 §5.3'
	},
	{
		slug: 'fragments',
		title: m.learn_fragments_title,
		summary: m.learn_fragments_summary,
		rfc: 'RFC 6455 §5.4'
	},
	{
		slug: 'utf8',
		title: m.learn_utf8_title,
		summary: m.learn_utf8_summary,
		rfc: 'RFC 6455 §8.1'
	},
	{
		slug: 'close',
		title: m.learn_close_title,
		summary: m.learn_close_summary,
		rfc: 'RFC 6455 §7.4'
	},
	{
		slug: 'extensions',
		title: m.learn_extensions_title,
		summary: m.learn_extensions_summary,
		rfc: 'RFC 6455 §9'
	},
	{
		slug: 'browser-api',
		title: m.learn_browser_api_title,
		summary: m.learn_browser_api_summary,
		rfc: 'RFC 6455 §5.6'
	},
	{
		slug: 'deployment',
		title: m.learn_deployment_title,
		summary: m.learn_deployment_summary,
		rfc: 'RFC 6455 §3'
	},
	{
		slug: 'socket-io',
		title: m.learn_socket_io_title,
		summary: m.learn_socket_io_summary,
		rfc: 'RFC 6455 §1.5'
	},
	{
		slug: 'inside-message',
		title: m.learn_inside_message_title,
		summary: m.learn_inside_message_summary,
		rfc: 'RFC 6455 §1.9'
	},
	{
		slug: 'myths',
		title: m.learn_myths_title,
		summary: m.learn_myths_summary,
		rfc: 'RFC 6455 §5.2'
	}
];

export function lessonBySlug(slug: string): Lesson | undefined {
	return LESSONS.find((l) => l.slug === slug);
}

/** The lessons before and after, for the next/previous path. */
export function neighbours(slug: string): { previous?: Lesson; next?: Lesson } {
	const i = LESSONS.findIndex((l) => l.slug === slug);
	if (i < 0) return {};
	return { previous: LESSONS[i - 1], next: LESSONS[i + 1] };
}
