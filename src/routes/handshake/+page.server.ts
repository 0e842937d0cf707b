// At build time only (the page is prerendered): the snippets of the default build form, highlighted.
// The browser gets plain runs of text; shiki never reaches it.
import { buildHandshake } from '$lib/protocol/index.ts';
import { highlight } from '$lib/server/highlight.ts';
import { DEFAULT_BUILD_FORM, buildOptionsOf } from './build-form.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const built = buildHandshake(buildOptionsOf(DEFAULT_BUILD_FORM));
	// The default form is fixed and valid: a failure is a bug, and the build should stop on it.
	if (!built.ok) throw new Error(`default build form: ${JSON.stringify(built.problems)}`);
	const [curl, browserJs, nginx] = await Promise.all([
		highlight(built.curl, 'shellscript'),
		highlight(built.browserJs, 'javascript'),
		highlight(built.nginx, 'nginx')
	]);
	return { snippets: { curl, browserJs, nginx } };
};
