// Each lesson's material (lessons.ts), computed by the engine: one module per lesson, imported by
// the build-time loads (and the tests) only. Kept apart from the lesson list, which the browser
// loads, so that its copy of the list carries no path to the engine's modules.
import type { Material } from './types.ts';

const MATERIALS: Readonly<Record<string, () => Promise<Material>>> = {
	'why-websocket': async () => (await import('./material/why-websocket.ts')).whyWebsocket(),
	handshake: async () => (await import('./material/handshake.ts')).handshake(),
	frame: async () => (await import('./material/frame.ts')).frame(),
	masking: async () => (await import('./material/masking.ts')).masking(),
	fragments: async () => (await import('./material/fragments.ts')).fragments(),
	utf8: async () => (await import('./material/utf8.ts')).utf8Lesson(),
	close: async () => (await import('./material/close.ts')).close(),
	extensions: async () => (await import('./material/extensions.ts')).extensions(),
	'browser-api': async () => (await import('./material/browser-api.ts')).browserApi(),
	deployment: async () => (await import('./material/deployment.ts')).deployment(),
	'socket-io': async () => (await import('./material/socket-io.ts')).socketIo(),
	'inside-message': async () => (await import('./material/inside-message.ts')).insideMessage(),
	myths: async () => (await import('./material/myths.ts')).myths()
};

/** The material of the lesson `slug`. */
export function materialOf(slug: string): Promise<Material> {
	const load = MATERIALS[slug];
	// Every lesson has its material (tests/unit/learn/lessons.test.ts): a miss is a bug.
	if (!load) throw new Error(`no material for the lesson ${slug}`);
	return load();
}
