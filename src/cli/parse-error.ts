// A paste that cannot be read at all: say what is wrong, where (line and column), and show the line with
// a caret under the offending token, the way compilers do.
import type { InputError } from '../lib/protocol/index.ts';
import { inputProblemEnglish } from '../lib/protocol/input/problems.ts';
import { sanitize, width } from './text.ts';

/** Characters of the line shown around the error: long pastes are often a single huge line. */
const WINDOW = 72;
const LEAD = 24;

export function parseErrorReport(error: InputError, formatLabel: string, source: string): string {
	// Rendered from the problem's code: "`zz` at line 2, column 14 is not hex".
	const where = `\`${error.text}\` at line ${error.line}, column ${error.column}`;
	const head = `cannot read the input as ${formatLabel}: ${sanitize(`${where} ${inputProblemEnglish(error.problem)}`)}`;
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
