// A paste that cannot be read at all: say what is wrong, where (line and column), and show the line with
// a caret under the offending token, the way compilers do.
import { sanitize, width } from './text.ts';

export interface ParseFailure {
	message: string;
	/** 1-based. */
	line: number;
	/** 1-based, in UTF-16 units of the line. */
	column: number;
	offset: number;
	length: number;
	text: string;
}

/** Characters of the line shown around the error: long pastes are often a single huge line. */
const WINDOW = 72;
const LEAD = 24;

export function parseErrorReport(error: ParseFailure, formatLabel: string, source: string): string {
	// The engine's messages already say where ("`zz` at line 2, column 14 is not hex").
	const where = error.message.includes(`line ${error.line}`)
		? ''
		: ` (line ${error.line}, column ${error.column})`;
	const head = `cannot read the input as ${formatLabel}: ${sanitize(error.message)}${where}`;
	const line = source.split(/\r\n|\r|\n/)[error.line - 1];
	if (line === undefined) return `${head}\n`;
	const at = Math.min(Math.max(0, error.column - 1), line.length);
	const start = at > LEAD && line.length > WINDOW ? at - LEAD : 0;
	const end = Math.min(line.length, start + WINDOW);
	const before = (start > 0 ? '…' : '') + visible(line.slice(start, at));
	const shown = before + visible(line.slice(at, end)) + (end < line.length ? '…' : '');
	const carets = '^'.repeat(Math.max(1, Math.min(error.length, end - at)));
	const gutter = `${error.line} | `;
	return [
		head,
		`  ${gutter}${shown}`,
		`  ${' '.repeat(gutter.length)}${' '.repeat(width(before))}${carets}`,
		''
	].join('\n');
}

/** One column per character, nothing a terminal would interpret: keeps the caret under its token. */
function visible(text: string): string {
	return text.replace(/\t/g, ' ').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '?');
}
