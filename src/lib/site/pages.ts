// The pages the site header links to, in reading order. Only pages that exist are listed: a page
// adds its row when it is built.
export interface SitePage {
	path: '/' | '/build' | '/decode' | '/handshake';
	label: string;
	/** What the page is for, as the link's title. */
	summary: string;
}

export const SITE_PAGES = [
	{ path: '/build', label: 'Build', summary: 'hand-build a frame bit by bit and byte by byte' },
	{
		path: '/decode',
		label: 'Decode',
		summary: 'paste a capture in any format and read every byte'
	},
	{
		path: '/handshake',
		label: 'Handshake',
		summary: 'check or build the opening handshake; the accept value step by step'
	}
] as const satisfies readonly SitePage[];
