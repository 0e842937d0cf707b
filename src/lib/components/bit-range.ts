// Bit ranges (a field, a diagnostic's bits): whether two of them touch. Apart from fields.ts, whose
// words a page need not load to compare two ranges (/handshake's line list, lines.ts).
/** A run of bits in the input, as diagnostics and fields give them. */
export interface BitRange {
	bitOffset: number;
	bitLength: number;
}

/** True when two bit ranges share a bit; an empty range counts as touching the bit it sits on. */
export function overlaps(a: BitRange, b: BitRange): boolean {
	const aEnd = a.bitOffset + Math.max(a.bitLength, 1);
	const bEnd = b.bitOffset + Math.max(b.bitLength, 1);
	return a.bitOffset < bEnd && b.bitOffset < aEnd;
}
