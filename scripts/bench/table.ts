// Plain-text tables: the first column left-aligned, the others right-aligned.

export function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]): string =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}

export function fixed(n: number, digits: number): string {
	return n.toLocaleString('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

export function rate(n: number): string {
	if (n >= 1e6) return `${fixed(n / 1e6, 2)} M`;
	if (n >= 1e3) return `${fixed(n / 1e3, 1)} k`;
	return fixed(n, 0);
}
