// Bytes to text, for copying frames out of the site and the CLI. parseInput reads every output
// back to the same bytes (tests/property/input.test.ts), with one exception the rules force:
// base64 made only of hex digits ("AAAA" for 00 00 00) reads back as hex, with a note.

import { encodeBase64 } from './base64.ts';
import { bytesToHex } from '../bytes.ts';
import { asciiColumnChar } from './text.ts';

export type CopyFormat = 'hex' | 'spaced-hex' | 'base64' | 'c-array' | 'hexdump';

const FORMATTERS: Readonly<Record<CopyFormat, (bytes: Uint8Array) => string>> = {
	hex: (bytes) => bytesToHex(bytes),
	'spaced-hex': (bytes) => bytesToHex(bytes, ' '),
	base64: encodeBase64,
	'c-array': cArray,
	hexdump: hexdumpC
};

export function formatBytes(bytes: Uint8Array, format: CopyFormat): string {
	return FORMATTERS[format](bytes);
}

/** Twelve bytes a line, like `xxd -i`; named like Wireshark's "Copy as C Array". */
function cArray(bytes: Uint8Array): string {
	const lines: string[] = [];
	for (let at = 0; at < bytes.length; at += 12) {
		const row = Array.from(bytes.subarray(at, at + 12), (b) => `0x${HEX_PAIRS[b]}`);
		lines.push(`  ${row.join(', ')}${at + 12 < bytes.length ? ',' : ''}`);
	}
	return `unsigned char bytes[] = {\n${lines.map((line) => `${line}\n`).join('')}};\n`;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * `hexdump -C`, byte for byte: 8-digit offset, two groups of 8 bytes, the |ASCII| column, `*` in
 * place of lines equal to the one above, and the total length on the last line.
 */
function hexdumpC(bytes: Uint8Array): string {
	if (bytes.length === 0) return '';
	const lines: string[] = [];
	let previous: string | undefined;
	let starred = false;
	for (let at = 0; at < bytes.length; at += 16) {
		const row = bytes.subarray(at, at + 16);
		const hex = hexColumns(row);
		// hexdump compares whole lines only: a short last line is always printed
		if (row.length === 16 && hex === previous) {
			if (!starred) lines.push('*');
			starred = true;
			continue;
		}
		previous = hex;
		starred = false;
		lines.push(`${offset8(at)}  ${hex} |${asciiColumn(row)}|`);
	}
	lines.push(offset8(bytes.length));
	return `${lines.join('\n')}\n`;
}

function offset8(n: number): string {
	return n.toString(16).padStart(8, '0');
}

/** 16 cells of `xx ` (blank when past the end) with an extra blank after the 8th: 49 chars. */
function hexColumns(row: Uint8Array): string {
	let out = '';
	for (let i = 0; i < 16; i++) {
		const b = row[i];
		out += b === undefined ? '   ' : `${HEX_PAIRS[b]} `;
		if (i === 7) out += ' ';
	}
	return out;
}

function asciiColumn(row: Uint8Array): string {
	return String.fromCharCode(...Array.from(row, asciiColumnChar));
}
