// A header value the accept steps show (the key, the response's accept value) is a few dozen
// characters; a pasted one can be megabytes, and every place it is drawn lays it out again. Values
// past VALUE_SHOWN are cut there, and the page says how long they are (the editor holds them whole).

/** Characters of a header value shown in the accept steps. */
export const VALUE_SHOWN = 256;

/** `text`, cut after VALUE_SHOWN characters with an ellipsis. */
export function clip(text: string): string {
	return text.length > VALUE_SHOWN ? `${text.slice(0, VALUE_SHOWN)}…` : text;
}
