// Which format a paste was read as, as an id (InputReading), and each one's English name: the CLI
// says "read as hexdump -C", the site names the same id in the page's language.
import type { InputFormat } from './types.ts';

/** The formats a text can be read as: a format of InputFormat, or base64's URL-safe alphabet. */
export type InputReading = InputFormat | 'base64url';

/** Each reading's English name ("read as hexdump -C"). */
export const READING_NAMES = {
	empty: 'empty',
	hex: 'hex',
	'hex-list': '0x list',
	'c-array': 'C array',
	decimal: 'decimal array',
	'buffer-json': 'Node Buffer JSON',
	base64: 'base64',
	base64url: 'base64url',
	escaped: 'escaped string',
	hexdump: 'hexdump -C',
	xxd: 'xxd',
	wireshark: 'Wireshark hex dump'
} as const satisfies Record<InputReading, string>;
