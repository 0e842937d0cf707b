// The lesson path (/learn) as data: each lesson's slug, its title, the RFC section it teaches, the
// lab it opens with a preset, its code samples, and the engine's material (facts for the prose, the
// embedded interactive, the exercise with its answer). The prose is per language, in content/.
import { m } from '$lib/paraglide/messages.js';
import type { BuilderState } from '$lib/state/builder.svelte.ts';
import type { Role } from '$lib/protocol/index.ts';
import { browserApi, BROWSER_API_SAMPLE } from './material/browser-api.ts';
import { close } from './material/close.ts';
import { built, deployment } from './material/deployment.ts';
import { extensions } from './material/extensions.ts';
import { fragments, MESSAGE } from './material/fragments.ts';
import { frame } from './material/frame.ts';
import { handshake, rfcBuilt } from './material/handshake.ts';
import { EXERCISE_TEXT, masking } from './material/masking.ts';
import { myths } from './material/myths.ts';
import { SOCKET_IO_SAMPLE, socketIo, socketIoCapture } from './material/socket-io.ts';
import { utf8Lesson } from './material/utf8.ts';
import { whyWebsocket } from './material/why-websocket.ts';
import type { Material } from './types.ts';

/** A lab opened on a preset: the labs keep their state in the URL hash (see ./lab-links.ts). */
export type LabLink =
	| { path: '/build'; state: Partial<BuilderState> }
	| { path: '/decode'; hex: string; from: Role; extensions?: string }
	| { path: '/handshake'; preset: string };

export type CodeLanguage = 'shellscript' | 'javascript' | 'nginx';

export interface CodeSample {
	id: string;
	lang: CodeLanguage;
	/** The code: built by the engine where it can be (curl, nginx), else written for the lesson. */
	source: () => string;
}

export interface Lesson {
	slug: string;
	title: () => string;
	summary: () => string;
	/** The section it teaches, as the site writes it: 'RFC 6455 §5.2'. */
	rfc: string;
	material: () => Material;
	lab?: () => LabLink;
	code?: CodeSample[];
}

const POLLING_SAMPLE = `// Polling: ask again and again, mostly to hear "nothing new"
setInterval(async () => show(await (await fetch('/news')).json()), 1000);

// Server-sent events: one response that never ends, server to client only
new EventSource('/news').onmessage = (event) => show(event.data);

// WebSocket: one connection, both directions, a few bytes of framing per message
const ws = new WebSocket('wss://example.com/news');
ws.onmessage = (event) => show(event.data);
`;

const hexOf = (material: () => Material): string => {
	const embed = material().embed;
	return embed.kind === 'explorer' ? embed.text : '';
};

export const LESSONS: readonly Lesson[] = [
	{
		slug: 'why-websocket',
		title: m.learn_why_websocket_title,
		summary: m.learn_why_websocket_summary,
		rfc: 'RFC 6455 §1.1',
		material: whyWebsocket,
		code: [{ id: 'transports', lang: 'javascript', source: () => POLLING_SAMPLE }]
	},
	{
		slug: 'handshake',
		title: m.learn_handshake_title,
		summary: m.learn_handshake_summary,
		rfc: 'RFC 6455 §4.2.2',
		material: handshake,
		lab: () => ({ path: '/handshake', preset: 'rfc_6455' }),
		code: [
			{
				id: 'curl',
				lang: 'shellscript',
				source: () => rfcBuilt().curl
			}
		]
	},
	{
		slug: 'frame',
		title: m.learn_frame_title,
		summary: m.learn_frame_summary,
		rfc: 'RFC 6455 §5.2',
		material: frame,
		lab: () => ({ path: '/build', state: {} })
	},
	{
		slug: 'masking',
		title: m.learn_masking_title,
		summary: m.learn_masking_summary,
		rfc: 'RFC 6455 §5.3',
		material: masking,
		lab: () => ({ path: '/build', state: { text: EXERCISE_TEXT } })
	},
	{
		slug: 'fragments',
		title: m.learn_fragments_title,
		summary: m.learn_fragments_summary,
		rfc: 'RFC 6455 §5.4',
		material: fragments,
		lab: () => ({ path: '/build', state: { text: MESSAGE, fragments: 3, ping: true } })
	},
	{
		slug: 'utf8',
		title: m.learn_utf8_title,
		summary: m.learn_utf8_summary,
		rfc: 'RFC 6455 §8.1',
		material: utf8Lesson,
		lab: () => ({ path: '/decode', hex: hexOf(utf8Lesson), from: 'server' })
	},
	{
		slug: 'close',
		title: m.learn_close_title,
		summary: m.learn_close_summary,
		rfc: 'RFC 6455 §7.4',
		material: close,
		lab: () => ({
			path: '/build',
			state: { opcode: 8, closeCode: 1000, reason: 'bye', text: '', masked: false, from: 'server' }
		})
	},
	{
		slug: 'extensions',
		title: m.learn_extensions_title,
		summary: m.learn_extensions_summary,
		rfc: 'RFC 6455 §9',
		material: extensions,
		lab: () => ({ path: '/handshake', preset: 'chromium_deflate' })
	},
	{
		slug: 'browser-api',
		title: m.learn_browser_api_title,
		summary: m.learn_browser_api_summary,
		rfc: 'RFC 6455 §5.6',
		material: browserApi,
		lab: () => ({ path: '/build', state: { opcode: 2, payloadMode: 'hex', hex: '01 02 03' } }),
		code: [{ id: 'api', lang: 'javascript', source: () => BROWSER_API_SAMPLE }]
	},
	{
		slug: 'deployment',
		title: m.learn_deployment_title,
		summary: m.learn_deployment_summary,
		rfc: 'RFC 6455 §3',
		material: deployment,
		lab: () => ({ path: '/handshake', preset: 'rfc_6455' }),
		code: [
			{ id: 'nginx', lang: 'nginx', source: () => built().nginx },
			{ id: 'curl', lang: 'shellscript', source: () => built().curl }
		]
	},
	{
		slug: 'socket-io',
		title: m.learn_socket_io_title,
		summary: m.learn_socket_io_summary,
		rfc: 'RFC 6455 §1.5',
		material: socketIo,
		lab: () => ({ path: '/decode', hex: socketIoCapture(), from: 'server' }),
		code: [{ id: 'client', lang: 'javascript', source: () => SOCKET_IO_SAMPLE }]
	},
	{
		slug: 'myths',
		title: m.learn_myths_title,
		summary: m.learn_myths_summary,
		rfc: 'RFC 6455 §5.2',
		material: myths,
		lab: () => ({ path: '/decode', hex: hexOf(myths), from: 'server' })
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
