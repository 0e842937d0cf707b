// A streaming UTF-8 validator (RFC 3629, as RFC 6455 §8.1 requires of text messages and close reasons).
// Bytes arrive frame by frame; a code point may be split across frames, and the connection fails at the
// first byte that can no longer be part of valid UTF-8, not only at the end of the message.

/** How a lead byte starts a sequence: continuation bytes still to come and the range of the next one. */
interface Lead {
	need: number;
	lo: number;
	hi: number;
}

// RFC 3629 §4: the second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code
// points past U+10FFFF (F4); C0, C1 and F5-FF never appear.
const LEADS: (Lead | undefined)[] = Array.from({ length: 256 }, (_, b) => {
	if (b >= 0xc2 && b <= 0xdf) return { need: 1, lo: 0x80, hi: 0xbf };
	if (b === 0xe0) return { need: 2, lo: 0xa0, hi: 0xbf };
	if (b === 0xed) return { need: 2, lo: 0x80, hi: 0x9f };
	if (b >= 0xe1 && b <= 0xef) return { need: 2, lo: 0x80, hi: 0xbf };
	if (b === 0xf0) return { need: 3, lo: 0x90, hi: 0xbf };
	if (b >= 0xf1 && b <= 0xf3) return { need: 3, lo: 0x80, hi: 0xbf };
	if (b === 0xf4) return { need: 3, lo: 0x80, hi: 0x8f };
	return undefined;
});

export class Utf8Validator {
	private need = 0;
	private lo = 0x80;
	private hi = 0xbf;

	/** Checks the next bytes; returns the index of the first invalid byte in them, or -1. */
	push(bytes: Uint8Array): number {
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i]!;
			if (this.need === 0) {
				if (b < 0x80) continue;
				const lead = LEADS[b];
				if (!lead) return i;
				this.need = lead.need;
				this.lo = lead.lo;
				this.hi = lead.hi;
			} else {
				if (b < this.lo || b > this.hi) return i;
				this.need--;
				this.lo = 0x80;
				this.hi = 0xbf;
			}
		}
		return -1;
	}

	/** True when the bytes so far end inside a code point: invalid if the message ends here. */
	get incomplete(): boolean {
		return this.need > 0;
	}
}

/** True when `bytes[from, to)` is whole, valid UTF-8: an ASCII loop first, as most text is ASCII. */
export function isValidUtf8(bytes: Uint8Array, from: number, to: number): boolean {
	let i = from;
	while (i < to && bytes[i]! < 0x80) i++;
	if (i === to) return true;
	const v = new Utf8Validator();
	return v.push(bytes.subarray(i, to)) < 0 && !v.incomplete;
}

/** The first invalid byte of a whole text, or -1 (also -1 for a cut-off last code point if `partialOk`). */
export function firstInvalidUtf8(bytes: Uint8Array, partialOk = false): number {
	const v = new Utf8Validator();
	const at = v.push(bytes);
	if (at >= 0) return at;
	return v.incomplete && !partialOk ? bytes.length : -1;
}

/** One character of a text payload with the bytes that encode it, for teaching (RFC 3629 §3). */
export interface Utf8Char {
	/** Byte offset in the bytes given. */
	offset: number;
	/** 1-4 for a character; 1 for a byte that cannot start or continue one here. */
	length: number;
	/** The code point, or undefined for an invalid byte or a sequence cut short. */
	codePoint?: number;
	/** The character itself ('' when invalid). */
	char: string;
	/** `U+D55C` style, or a reason when invalid. */
	name: string;
}

/**
 * The characters of UTF-8 bytes with the bytes of each: a Hangul syllable is 3 bytes, so a payload
 * length counts bytes, not characters. Invalid bytes stand alone; `limit` bounds the list.
 */
export function utf8Characters(bytes: Uint8Array, limit = Infinity): Utf8Char[] {
	const chars: Utf8Char[] = [];
	let i = 0;
	while (i < bytes.length && chars.length < limit) {
		const length = sequenceLength(bytes, i);
		if (length === 0) {
			const cut = LEADS[bytes[i]!] !== undefined;
			chars.push({ offset: i, length: 1, char: '', name: cut ? 'cut short' : 'invalid byte' });
			i++;
			continue;
		}
		const codePoint = decodeSequence(bytes, i, length);
		const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
		chars.push({
			offset: i,
			length,
			codePoint,
			char: String.fromCodePoint(codePoint),
			name: `U+${hex}`
		});
		i += length;
	}
	return chars;
}

/** Bytes of the valid sequence starting at `at`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, at: number): number {
	const b = bytes[at]!;
	if (b < 0x80) return 1;
	const lead = LEADS[b];
	if (!lead || at + lead.need >= bytes.length) return 0;
	const second = bytes[at + 1]!;
	if (second < lead.lo || second > lead.hi) return 0;
	for (let k = 2; k <= lead.need; k++) {
		const c = bytes[at + k]!;
		if (c < 0x80 || c > 0xbf) return 0;
	}
	return lead.need + 1;
}

function decodeSequence(bytes: Uint8Array, at: number, length: number): number {
	if (length === 1) return bytes[at]!;
	let cp = bytes[at]! & (0xff >> (length + 1));
	for (let k = 1; k < length; k++) cp = (cp << 6) | (bytes[at + k]! & 0x3f);
	return cp;
}
