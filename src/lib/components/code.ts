// Code highlighted at build time (src/lib/server/highlight.ts), as plain data: runs of text with a
// token kind. Pages render the runs as text, so nothing here is ever HTML.

/** A run of text and its token kind: 'keyword', 'string', 'comment' …, or '' for plain text. */
export type CodeToken = [text: string, kind: string];

export interface HighlightedCode {
	/** The exact text highlighted, so a page can tell whether it still shows the same code. */
	source: string;
	lang: string;
	lines: CodeToken[][];
}
