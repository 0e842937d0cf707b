import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, parseInput, type CopyFormat } from '$lib/protocol/input/index.ts';
import {
	bufferJson,
	cString,
	decimalArray,
	goLiteral,
	hexList,
	pythonBytes,
	tshark,
	wireshark,
	xxd
} from '../unit/input/generators.ts';

const COPY_FORMATS: readonly CopyFormat[] = ['hex', 'spaced-hex', 'base64', 'c-array', 'hexdump'];

/** Byte arrays rich in what makes dumps hard: runs of equal lines, printable hex digits, zeros. */
const bytes = fc.oneof(
	fc.uint8Array({ maxLength: 200 }),
	fc
		.array(fc.constantFrom(0x00, 0x20, 0x30, 0x31, 0x61, 0x62, 0x63, 0x66, 0x78, 0x7c, 0x81), {
			maxLength: 200
		})
		.map((values) => Uint8Array.from(values)),
	fc
		.tuple(
			fc.uint8Array({ minLength: 16, maxLength: 16 }),
			fc.integer({ min: 1, max: 6 }),
			fc.uint8Array({ maxLength: 20 })
		)
		.map(([line, times, tail]) =>
			Uint8Array.from([...Array.from({ length: times }, () => [...line]).flat(), ...tail])
		)
);

/** base64 made only of hex digits (after an optional 0x) is read as hex, as documented. */
const readsAsHex = (text: string): boolean => /^(?:0[xX])?[0-9a-fA-F]+$/.test(text);

function expectBytes(text: string, expected: Uint8Array): void {
	const result = parseInput(text);
	if (!result.ok) expect.fail(`${result.error.message} in ${JSON.stringify(text.slice(0, 200))}`);
	expect([...result.bytes]).toEqual([...expected]);
}

function expectInside(text: string): void {
	const result = parseInput(text);
	if (result.ok) {
		expect(result.bytes).toBeInstanceOf(Uint8Array);
		return;
	}
	const { offset, length, line, column } = result.error;
	expect(offset).toBeGreaterThanOrEqual(0);
	expect(length).toBeGreaterThanOrEqual(1);
	expect(offset + length).toBeLessThanOrEqual(text.length);
	expect(result.error.text).toBe(text.slice(offset, offset + length));
	expect(line).toBeGreaterThanOrEqual(1);
	expect(column).toBeGreaterThanOrEqual(1);
}

describe('parseInput reads back what formatBytes writes', () => {
	for (const format of COPY_FORMATS) {
		it(`gives back the same bytes from ${format} text`, () => {
			fc.assert(
				fc.property(bytes, (input) => {
					const text = formatBytes(input, format);
					if (format === 'base64' && readsAsHex(text)) {
						const result = parseInput(text);
						expect(result.ok && result.format).toBe('hex');
						expect(result.ok && result.notes.map((n) => n.code)).toContain('hex_also_base64');
						return;
					}
					expectBytes(text, input);
				}),
				{ numRuns: 300 }
			);
		});
	}
});

describe('parseInput reads back the formats other tools write', () => {
	const writers: [string, (b: Uint8Array) => string][] = [
		['xxd', (b) => xxd(b)],
		['xxd -g1', (b) => xxd(b, 16, 1)],
		['xxd -c 4', (b) => xxd(b, 4, 2)],
		['xxd -c 12 -g 3', (b) => xxd(b, 12, 3)],
		['Wireshark hex + ASCII dump', (b) => wireshark(b)],
		['Wireshark hex dump', (b) => wireshark(b, false)],
		['tshark -x', tshark],
		['a C string', cString],
		['a Python bytes literal', pythonBytes],
		['a decimal array', decimalArray],
		['Buffer JSON', bufferJson],
		['a 0x list', hexList],
		['a Go literal', goLiteral]
	];
	for (const [name, write] of writers) {
		it(`gives back the same bytes from ${name}`, () => {
			fc.assert(
				fc.property(bytes, (input) => expectBytes(write(input), input)),
				{ numRuns: 200 }
			);
		});
	}
});

describe('parseInput reads base64 however it is wrapped', () => {
	it('gives back the same bytes from base64 broken into lines of any width, indented or not', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 120 }),
				fc.integer({ min: 1, max: 80 }),
				fc.constantFrom('\n', '\r\n', '  \n  ', '\t\r\n'),
				(input, width, lineBreak) => {
					const text = formatBytes(input, 'base64');
					fc.pre(!readsAsHex(text.replace(/=+$/, '')));
					const wrapped = text.replace(new RegExp(`.{${width}}`, 'g'), (line) => line + lineBreak);
					expectBytes(wrapped, input);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('parseInput never throws', () => {
	const pasteChars = fc.constantFrom(
		...'0123456789abcdefABCDEFxXgz \t\n\r:-,;|*.=+/_\\"\'{}[]()bé😀'.split(''),
		'0x',
		'\\x',
		'00000000  ',
		'0000   ',
		'00000010: ',
		'|',
		'\n*\n',
		'{"type":"Buffer","data":[',
		'unsigned char b[] = {'
	);

	it('returns bytes or an error inside the text for any string', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => expectInside(text)),
			{ numRuns: 1000 }
		);
	});

	it('returns bytes or an error inside the text for strings made of paste fragments', () => {
		fc.assert(
			fc.property(fc.array(pasteChars, { maxLength: 120 }), (parts) =>
				expectInside(parts.join(''))
			),
			{ numRuns: 2000 }
		);
	});

	it('returns bytes or an error inside the text for damaged copies of real pastes', () => {
		const formats = [
			...COPY_FORMATS.map((f) => (b: Uint8Array) => formatBytes(b, f)),
			xxd,
			wireshark,
			cString
		];
		fc.assert(
			fc.property(
				bytes,
				fc.integer({ min: 0, max: formats.length - 1 }),
				fc.nat(),
				fc.string({ maxLength: 3 }),
				(input, which, at, insert) => {
					const text = (formats[which] ?? xxd)(input);
					const cut = at % (text.length + 1);
					expectInside(text.slice(0, cut) + insert + text.slice(cut + 1));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
