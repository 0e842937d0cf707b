// The engine counts UTF-8 bytes of the text as sent, where every line ends in CRLF; a <textarea>
// shows characters and cannot hold a CR at all (its value turns CRLF into LF). This maps one onto
// the other, so a header's byte range becomes the characters to highlight, and a caret a byte.

/** What the editor holds: line breaks as LF. */
export function toDisplay(text: string): string {
	return text.replace(/\r\n?/g, '\n');
}

/** What the engine reads: every line break as CRLF, as HTTP/1.1 sends it (RFC 9112 §2.2). */
export function toWire(display: string): string {
	return display.replace(/\r?\n/g, '\r\n');
}

function utf8Length(cp: number): number {
	if (cp < 0x80) return 1;
	if (cp < 0x800) return 2;
	// A lone surrogate is written as U+FFFD: 3 bytes, as TextEncoder does.
	return cp < 0x10000 ? 3 : 4;
}

export class TextMap {
	/** Display index at each byte offset (length: bytes + 1); null when the text is ASCII with LF. */
	private readonly byDisplay: Uint32Array | null;
	private readonly bytes: number;

	constructor(text: string) {
		if (/^[\n\x20-\x7e\t]*$/.test(text)) {
			this.byDisplay = null;
			this.bytes = text.length;
			return;
		}
		const map: number[] = [];
		let display = 0;
		for (let i = 0; i < text.length;) {
			const cp = text.codePointAt(i)!;
			const units = cp > 0xffff ? 2 : 1;
			// A CR before an LF is not shown: the two are one line break in the editor.
			const shown = cp === 13 && text[i + 1] === '\n' ? 0 : units;
			for (let b = 0; b < utf8Length(cp); b++) map.push(display);
			display += shown;
			i += units;
		}
		map.push(display);
		this.byDisplay = Uint32Array.from(map);
		this.bytes = map.length - 1;
	}

	/** The display index of byte offset `byte` (clamped to the text). */
	toDisplay(byte: number): number {
		const b = Math.max(0, Math.min(this.bytes, byte));
		return this.byDisplay ? this.byDisplay[b]! : b;
	}

	/** The first byte offset shown at display index `index`. */
	toByte(index: number): number {
		if (!this.byDisplay) return Math.max(0, Math.min(this.bytes, index));
		let lo = 0;
		let hi = this.bytes;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.byDisplay[mid]! < index) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}
