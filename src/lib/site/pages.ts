// The pages the site header links to, in reading order. Only pages that exist are listed: a page
// adds its row when it is built. Labels are message functions, so they follow the page's language.
import { m } from '$lib/paraglide/messages.js';

export interface SitePage {
	path: '/learn' | '/build' | '/decode' | '/handshake' | '/transports' | '/live' | '/glossary';
	label: () => string;
	/** What the page is for, as the link's title. */
	summary: () => string;
}

export const SITE_PAGES = [
	{ path: '/learn', label: m.nav_learn, summary: m.nav_learn_summary },
	{ path: '/build', label: m.nav_build, summary: m.nav_build_summary },
	{ path: '/decode', label: m.nav_decode, summary: m.nav_decode_summary },
	{ path: '/handshake', label: m.nav_handshake, summary: m.nav_handshake_summary },
	{ path: '/transports', label: m.nav_transports, summary: m.nav_transports_summary },
	{ path: '/live', label: m.nav_live, summary: m.nav_live_summary },
	{ path: '/glossary', label: m.nav_glossary, summary: m.nav_glossary_summary }
] as const satisfies readonly SitePage[];
