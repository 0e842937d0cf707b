// What a lesson needs only at build time: the lab it opens with a preset (the labs keep their state
// in the URL hash; src/routes/learn/lab-links.ts writes it) and its code samples, which shiki
// highlights into the prerendered page. Keyed by lesson slug; lessons.ts has the lessons themselves.
import type { Role, ScenarioPresetId } from '$lib/protocol/index.ts';
import type { BuilderState } from '$lib/state/builder.svelte.ts';
import { BROWSER_API_SAMPLE } from './material/browser-api.ts';
import { built } from './material/deployment.ts';
import { MESSAGE } from './material/fragments.ts';
import { rfcBuilt } from './material/handshake.ts';
import { publishCapture } from './material/inside-message.ts';
import { EXERCISE_TEXT } from './material/masking.ts';
import { hixieCapture } from './material/myths.ts';
import { SOCKET_IO_SAMPLE, socketIoCapture } from './material/socket-io.ts';
import { splitCapture } from './material/utf8.ts';

export type LabLink =
	| { path: '/build'; state: Partial<BuilderState> }
	| { path: '/decode'; hex: string; from: Role; extensions?: string }
	| { path: '/handshake'; preset: string; key?: string }
	| { path: '/transports'; preset: ScenarioPresetId; rate?: number };

/** What a student changed in a lesson's embed, carried into its lab link (the page merges it). */
export type LabChange = { key: string } | { rate: number };

export type CodeLanguage = 'shellscript' | 'javascript' | 'nginx';

export interface CodeSample {
	id: string;
	lang: CodeLanguage;
	/** The code: built by the engine where it can be (curl, nginx), else written for the lesson. */
	source: () => string;
}

export interface LessonExtras {
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

export const LESSON_EXTRAS: Readonly<Record<string, LessonExtras>> = {
	// The lesson's numbers are the default scenario's, which is the transports lab's chat preset.
	'why-websocket': {
		lab: () => ({ path: '/transports', preset: 'chat' }),
		code: [{ id: 'transports', lang: 'javascript', source: () => POLLING_SAMPLE }]
	},
	handshake: {
		lab: () => ({ path: '/handshake', preset: 'rfc_6455' }),
		code: [{ id: 'curl', lang: 'shellscript', source: () => rfcBuilt().curl }]
	},
	frame: { lab: () => ({ path: '/build', state: {} }) },
	masking: { lab: () => ({ path: '/build', state: { text: EXERCISE_TEXT } }) },
	fragments: {
		lab: () => ({ path: '/build', state: { text: MESSAGE, fragments: 3, ping: true } })
	},
	utf8: { lab: () => ({ path: '/decode', hex: splitCapture(), from: 'server' }) },
	close: {
		lab: () => ({
			path: '/build',
			state: { opcode: 8, closeCode: 1000, reason: 'bye', text: '', masked: false, from: 'server' }
		})
	},
	extensions: { lab: () => ({ path: '/handshake', preset: 'chromium_deflate' }) },
	'browser-api': {
		lab: () => ({ path: '/build', state: { opcode: 2, payloadMode: 'hex', hex: '01 02 03' } }),
		code: [{ id: 'api', lang: 'javascript', source: () => BROWSER_API_SAMPLE }]
	},
	deployment: {
		lab: () => ({ path: '/handshake', preset: 'rfc_6455' }),
		code: [
			{ id: 'nginx', lang: 'nginx', source: () => built().nginx },
			{ id: 'curl', lang: 'shellscript', source: () => built().curl }
		]
	},
	'socket-io': {
		lab: () => ({ path: '/decode', hex: socketIoCapture(), from: 'server' }),
		code: [{ id: 'client', lang: 'javascript', source: () => SOCKET_IO_SAMPLE }]
	},
	'inside-message': {
		lab: () => ({ path: '/decode', hex: publishCapture(), from: 'server' })
	},
	myths: { lab: () => ({ path: '/decode', hex: hixieCapture(), from: 'server' }) }
};
