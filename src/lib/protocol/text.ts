// The engine says things as codes with parameters (STYLE.md §2): every sentence it produces is a row
// of a catalog (a diagnostic, a field's meaning, a paste problem ...), and its parameters are data —
// numbers, booleans, ids, names and bytes quoted from the input — never prose. English is rendered
// here, for the CLI and the JSON's `message`; the site renders the same codes through its messages
// (src/lib/i18n/*-text.ts) in every language, so rewording English never leaks into Korean.

export type TextParam = string | number | bigint | boolean;
export type TextParams = Readonly<Record<string, TextParam>>;

/** A sentence as data: a stable snake_case code of one catalog, and what fills its placeholders. */
export interface Coded<C extends string = string> {
	code: C;
	params: TextParams;
}

/** A catalog of sentences: each code's English, with {param} placeholders. */
export type Catalog<C extends string = string> = Readonly<Record<C, string>>;

/**
 * Parameters whose value is an id rather than data, by parameter name (a name means the same in
 * every catalog): each id's English. An id's English may have placeholders of its own, filled from
 * the same parameters — a nested sentence such as an accept mistake — never its own name.
 */
export type ParamWords = Readonly<Record<string, Catalog>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** `template` with each {param} replaced by its value, or by its id's English from `words`. */
export function fill(template: string, params: TextParams, words: ParamWords = {}): string {
	return template.replace(PLACEHOLDER, (_, name: string) => {
		const value = params[name];
		if (value === undefined) return `{${name}}`;
		const word = words[name]?.[String(value)];
		// a nested sentence's own ids are words too: "is not a {format} offset"
		return word === undefined ? String(value) : fill(word, params, words);
	});
}

/** The names of a template's placeholders (tests and the site's tables check them). */
export function placeholders(template: string): string[] {
	return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function coded<C extends string>(code: C, params: TextParams = {}): Coded<C> {
	return { code, params };
}
