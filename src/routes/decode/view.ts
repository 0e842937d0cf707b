// Display helpers for the /decode page: virtual scrolling math, short byte previews.
// Layout and wording only; every protocol fact comes from the engine.
import { bytesText } from '$lib/i18n/counts.ts';

/** The rows to render for a scroll position: those in view plus `overscan` on each side. */
export function visibleRows(
	scrollTop: number,
	viewport: number,
	rowHeight: number,
	count: number,
	overscan = 6
): { start: number; end: number } {
	const first = Math.floor(scrollTop / rowHeight);
	const start = Math.max(0, first - overscan);
	const end = Math.min(count, first + Math.ceil(viewport / rowHeight) + overscan);
	return { start, end };
}

/** The scrollTop that brings row `row` into view, or the current one when it is already. */
export function scrollToRow(
	scrollTop: number,
	viewport: number,
	rowHeight: number,
	row: number
): number {
	const top = row * rowHeight;
	if (top < scrollTop) return top;
	if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
	return scrollTop;
}

/** A byte in an ASCII gutter: printable ASCII as itself, anything else as a middle dot. */
export function asciiChar(byte: number): string {
	return byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '·';
}

/** The first bytes as ASCII, for a one-line preview. */
export function asciiPreview(bytes: Uint8Array, limit = 32): string {
	let out = '';
	for (let i = 0; i < Math.min(bytes.length, limit); i++) out += asciiChar(bytes[i]!);
	return bytes.length > limit ? `${out}…` : out;
}

/** 10485760 → "10.0 MB" */
export function sizeText(bytes: number): string {
	if (bytes < 1024) return bytesText(bytes);
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
