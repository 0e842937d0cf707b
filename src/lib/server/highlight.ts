// Syntax highlighting at build time only (DESIGN.md: no page ships shiki). One highlighter with just
// the languages the pages show, the JavaScript regex engine (no WebAssembly to load), and the
// css-variables theme, so a token says what it is and app.css's light/dark variables colour it.
// What leaves this module is plain data, [text, kind] pairs, rendered as text by the page: no HTML.
import { createCssVariablesTheme, createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import javascript from 'shiki/langs/javascript.mjs';
import nginx from 'shiki/langs/nginx.mjs';
import shellscript from 'shiki/langs/shellscript.mjs';
import type { CodeToken, HighlightedCode } from '$lib/components/code.ts';

export type CodeLanguage = 'shellscript' | 'javascript' | 'nginx';

const PREFIX = '--shiki-';
const theme = createCssVariablesTheme({ name: 'css-variables', variablePrefix: PREFIX });
let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
	highlighter ??= createHighlighterCore({
		themes: [theme],
		langs: [shellscript, javascript, nginx],
		engine: createJavaScriptRegexEngine()
	});
	return highlighter;
}

/** 'var(--shiki-token-keyword)' → 'keyword'; the foreground colour → ''. */
function kindOf(color: string | undefined): string {
	const m = new RegExp(`^var\\(${PREFIX}token-([a-z-]+)\\)$`).exec(color ?? '');
	return m?.[1] ?? '';
}

export async function highlight(source: string, lang: CodeLanguage): Promise<HighlightedCode> {
	const { tokens } = (await getHighlighter()).codeToTokens(source, {
		lang,
		theme: 'css-variables'
	});
	const lines = tokens.map((line) => {
		const merged: CodeToken[] = [];
		for (const t of line) {
			const kind = kindOf(t.color);
			const last = merged[merged.length - 1];
			// Neighbours of one kind become one run: fewer spans, smaller prerendered pages.
			if (last && last[1] === kind) last[0] += t.content;
			else merged.push([t.content, kind]);
		}
		return merged;
	});
	return { source, lang, lines };
}
