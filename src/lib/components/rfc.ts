// Links to the RFC text a rule comes from, for every page that names one.

/** 'RFC 6455 §5.2' → the section on rfc-editor.org; undefined when the text names no section. */
export function rfcHref(rfc: string): string | undefined {
	const m = /RFC\s*(\d+)\s*§\s*([\d.]*\d)/.exec(rfc);
	return m ? `https://www.rfc-editor.org/rfc/rfc${m[1]}#section-${m[2]}` : undefined;
}
