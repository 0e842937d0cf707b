// At build time only (the page is prerendered): the engine's reading of the default state and the
// presets' texts (handshake-engine.ts), and the snippets of the default build form, highlighted.
// The browser gets data: the engine is imported on the first edit, and shiki never reaches it.
import { compactViews } from '$lib/server/compact.ts';
import { highlight } from '$lib/server/highlight.ts';
import { readOpening } from './handshake-engine.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const opening = readOpening();
	const built = opening.built;
	// The default form is fixed and valid: a failure is a bug, and the build should stop on it.
	if (!built.ok) throw new Error(`default build form: ${JSON.stringify(built.problems)}`);
	const [curl, browserJs, nginx] = await Promise.all([
		highlight(built.curl, 'shellscript'),
		highlight(built.browserJs, 'javascript'),
		highlight(built.nginx, 'nginx')
	]);
	return { opening: compactViews(opening), snippets: { curl, browserJs, nginx } };
};
