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

/** The first invalid byte of a whole text, or -1 (also -1 for a cut-off last code point if `partialOk`). */
export function firstInvalidUtf8(bytes: Uint8Array, partialOk = false): number {
	const v = new Utf8Validator();
	const at = v.push(bytes);
	if (at >= 0) return at;
	return v.incomplete && !partialOk ? bytes.length : -1;
}
