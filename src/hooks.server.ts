// Runs at build time for every prerendered page: the page's language goes into <html lang>, and the
// theme script (static/theme.js, which must run before the first paint) goes inline, as the policy
// in svelte.config.js allows by its hash: on a phone's first visit a script request before the
// first paint costs a round trip.
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import themeScript from '../static/theme.js?raw';

const THEME_SCRIPT = /<script src="[^"]*\/theme\.js"><\/script>/;

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace(THEME_SCRIPT, () => `<script>${themeScript}</script>`)
		});
	});
