// Writers of the paste formats that formatBytes does not produce, modelled on the real tools, so
// tests can turn any bytes into xxd, Wireshark, escaped, decimal ... text and read it back.

const pair = (b: number): string => b.toString(16).padStart(2, '0');
const shown = (b: number): string => (b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.');

function rows(bytes: Uint8Array, width: number): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (let at = 0; at < bytes.length; at += width) out.push(bytes.subarray(at, at + width));
	return out;
}

/** `xxd [-c cols] [-g bytes]`: groups of `group` bytes, then the ASCII column. */
export function xxd(bytes: Uint8Array, cols = 16, group = 2): string {
	const groupsPerLine = Math.ceil(cols / group);
	const width = cols * 2 + groupsPerLine - 1;
	return rows(bytes, cols)
		.map((row, i) => {
			const groups = rows(row, group).map((g) => Array.from(g, pair).join(''));
			const offset = (i * cols).toString(16).padStart(8, '0');
			return `${offset}: ${groups.join(' ').padEnd(width)}  ${Array.from(row, shown).join('')}\n`;
		})
		.join('');
}

/** Wireshark "Copy Bytes as Hex + ASCII Dump", after ui/qt/utils/data_printer.cpp hexTextDump. */
export function wireshark(bytes: Uint8Array, ascii = true): string {
	return rows(bytes, 16)
		.map((row, i, all) => {
			const offset = (i * 16).toString(16).padStart(4, '0');
			let line = `${offset}  ${Array.from(row, (b) => ` ${pair(b)}`).join('')}`;
			if (ascii) {
				line += '   ';
				if (i === all.length - 1) line += ' '.repeat((16 - row.length) * 3);
				line += Array.from(row, shown).join('');
			}
			return `${line}\n`;
		})
		.join('');
}

/** tshark -x: two blanks after the offset, pairs one blank apart, padded, then the ASCII column. */
export function tshark(bytes: Uint8Array): string {
	return rows(bytes, 16)
		.map((row, i) => {
			const offset = (i * 16).toString(16).padStart(4, '0');
			const hex = Array.from(row, pair).join(' ').padEnd(47);
			return `${offset}  ${hex}   ${Array.from(row, shown).join('')}\n`;
		})
		.join('');
}

/** Wireshark "Copy as C String": printable ASCII as itself, \\ and \" escaped, the rest octal. */
export function cString(bytes: Uint8Array): string {
	const named: Record<number, string> = {
		7: 'a',
		8: 'b',
		9: 't',
		10: 'n',
		11: 'v',
		12: 'f',
		13: 'r'
	};
	const body = Array.from(bytes, (b) => {
		if (b === 0x22) return '\\"';
		if (b === 0x5c) return '\\\\';
		if (named[b]) return `\\${named[b]}`;
		return b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`;
	});
	return `"${body.join('')}"`;
}

/** Python's repr of bytes: b'...' with \\x escapes. */
export function pythonBytes(bytes: Uint8Array): string {
	const named: Record<number, string> = {
		9: '\\t',
		10: '\\n',
		13: '\\r',
		0x27: "\\'",
		0x5c: '\\\\'
	};
	const body = Array.from(bytes, (b) => {
		if (named[b]) return named[b];
		return b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : `\\x${pair(b)}`;
	});
	return `b'${body.join('')}'`;
}

export const decimalArray = (bytes: Uint8Array): string => `[${Array.from(bytes).join(', ')}]`;
export const bufferJson = (bytes: Uint8Array): string =>
	JSON.stringify({ type: 'Buffer', data: Array.from(bytes) });
export const hexList = (bytes: Uint8Array): string =>
	Array.from(bytes, (b) => `0x${pair(b)}`).join(', ');
export const goLiteral = (bytes: Uint8Array): string =>
	`[]byte{${Array.from(bytes, (b) => `0x${b.toString(16)}`).join(', ')}}`;
