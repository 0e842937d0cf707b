// The lesson path (/learn) as data: each lesson's slug, its title, the RFC section it teaches, and
// the engine's material (facts for the prose, the embedded interactive, the exercise with its
// answer). Material is loaded per lesson, so a lesson page carries only the engine code it uses (the
// transports simulation, deflate …). The prose is per language, in content/; lab links and code
// samples, needed only at build time, are in extras.ts.
import { m } from '$lib/paraglide/messages.js';
import type { Material } from './types.ts';

export interface Lesson {
	slug: string;
	title: () => string;
	summary: () => string;
	/** The section it teaches, as the site writes it: 'RFC 6455 §5.2'. */
	rfc: string;
	material: () => Promise<Material>;
}

export const LESSONS: readonly Lesson[] = [
	{
		slug: 'why-websocket',
		title: m.learn_why_websocket_title,
		summary: m.learn_why_websocket_summary,
		rfc: 'RFC 6455 §1.1',
		material: async () => (await import('./material/why-websocket.ts')).whyWebsocket()
	},
	{
		slug: 'handshake',
		title: m.learn_handshake_title,
		summary: m.learn_handshake_summary,
		rfc: 'RFC 6455 §4.2.2',
		material: async () => (await import('./material/handshake.ts')).handshake()
	},
	{
		slug: 'frame',
		title: m.learn_frame_title,
		summary: m.learn_frame_summary,
		rfc: 'RFC 6455 §5.2',
		material: async () => (await import('./material/frame.ts')).frame()
	},
	{
		slug: 'masking',
		title: m.learn_masking_title,
		summary: m.learn_masking_summary,
		rfc: 'RFC 6455 §5.3',
		material: async () => (await import('./material/masking.ts')).masking()
	},
	{
		slug: 'fragments',
		title: m.learn_fragments_title,
		summary: m.learn_fragments_summary,
		rfc: 'RFC 6455 §5.4',
		material: async () => (await import('./material/fragments.ts')).fragments()
	},
	{
		slug: 'utf8',
		title: m.learn_utf8_title,
		summary: m.learn_utf8_summary,
		rfc: 'RFC 6455 §8.1',
		material: async () => (await import('./material/utf8.ts')).utf8Lesson()
	},
	{
		slug: 'close',
		title: m.learn_close_title,
		summary: m.learn_close_summary,
		rfc: 'RFC 6455 §7.4',
		material: async () => (await import('./material/close.ts')).close()
	},
	{
		slug: 'extensions',
		title: m.learn_extensions_title,
		summary: m.learn_extensions_summary,
		rfc: 'RFC 6455 §9',
		material: async () => (await import('./material/extensions.ts')).extensions()
	},
	{
		slug: 'browser-api',
		title: m.learn_browser_api_title,
		summary: m.learn_browser_api_summary,
		rfc: 'RFC 6455 §5.6',
		material: async () => (await import('./material/browser-api.ts')).browserApi()
	},
	{
		slug: 'deployment',
		title: m.learn_deployment_title,
		summary: m.learn_deployment_summary,
		rfc: 'RFC 6455 §3',
		material: async () => (await import('./material/deployment.ts')).deployment()
	},
	{
		slug: 'socket-io',
		title: m.learn_socket_io_title,
		summary: m.learn_socket_io_summary,
		rfc: 'RFC 6455 §1.5',
		material: async () => (await import('./material/socket-io.ts')).socketIo()
	},
	{
		slug: 'inside-message',
		title: m.learn_inside_message_title,
		summary: m.learn_inside_message_summary,
		rfc: 'RFC 6455 §1.9',
		material: async () => (await import('./material/inside-message.ts')).insideMessage()
	},
	{
		slug: 'myths',
		title: m.learn_myths_title,
		summary: m.learn_myths_summary,
		rfc: 'RFC 6455 §5.2',
		material: async () => (await import('./material/myths.ts')).myths()
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
