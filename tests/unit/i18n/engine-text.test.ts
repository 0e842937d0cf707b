import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
	acceptFor,
	computeAccept,
	checkHandshake,
	diagnoseAcceptMismatch,
	WEBSOCKET_GUID,
	CLOSE_CODES,
	DIAGNOSTICS,
	HEADER_INFO,
	PEER_NOTES,
	peerNoteId,
	decode,
	diagnostic,
	type DiagnosticCode
} from '$lib/protocol/index.ts';
import { parseInput } from '$lib/protocol/input/index.ts';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import {
	handshakeLineMeaning,
	inputErrorText,
	mistakeText,
	closeMeaning,
	diagnosticText,
	fieldLabel,
	fieldMeaning,
	opcodeMeaning
} from '$lib/i18n/engine-text.ts';

const read = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const ko = read('ko');
const params = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const codes = Object.keys(DIAGNOSTICS) as DiagnosticCode[];
const HANGUL = /[\uac00-\ud7a3]/;

// In Node there is no URL to read the language from: the tests say which one the page is in.
const setLocale = (locale: Locale) => overwriteGetLocale(() => locale);
afterEach(() => setLocale(baseLocale));

describe('the diagnostic messages', () => {
	it('has a Korean sentence, in Hangul, for every code in the catalog', () => {
		const missing = codes.filter((code) => !HANGUL.test(ko[`diag_${code}`] ?? ''));
		expect(missing).toEqual([]);
	});

	it('uses in Korean every {param} of the English text, and no other', () => {
		for (const code of codes)
			expect([code, params(ko[`diag_${code}`] ?? '')]).toEqual([
				code,
				params(DIAGNOSTICS[code].text)
			]);
	});

	it('keeps the English message equal to the catalog text (the engine is the English)', () => {
		for (const code of codes)
			expect([code, en[`diag_${code}`]]).toEqual([code, DIAGNOSTICS[code].text]);
	});

	it('has no diag_ message for a code the catalog lacks', () => {
		const extra = Object.keys(ko).filter(
			(k) => k.startsWith('diag_') && !(k.slice(5) in DIAGNOSTICS)
		);
		expect(extra).toEqual([]);
	});
});

describe('diagnosticText', () => {
	const d = diagnostic('control_frame_too_long', 0, 7, { length: 126 });

	it('gives the engine message unchanged in English', () => {
		expect(diagnosticText(d)).toBe(d.message);
	});

	it('gives Korean with every param value filled in', () => {
		setLocale('ko');
		const text = diagnosticText(d);
		expect(text).toMatch(HANGUL);
		expect(text).toContain('126');
		expect(text).not.toMatch(/\{\w+\}/);
	});

	it('fills every param of every code in Korean', () => {
		setLocale('ko');
		for (const code of codes) {
			const names = params(DIAGNOSTICS[code].text);
			const values: Record<string, string> = Object.fromEntries(names.map((n, i) => [n, `v${i}x`]));
			const text = diagnosticText(diagnostic(code, 0, 0, values));
			for (const [name, value] of Object.entries(values))
				expect([code, name, text.includes(value)]).toEqual([code, name, true]);
		}
	});

	it('translates the engine words it knows among the params (role, part)', () => {
		setLocale('ko');
		const text = diagnosticText(
			diagnostic('role_inferred', 0, 0, { masked: true, role: 'client' })
		);
		expect(text).toContain('클라이언트');
		expect(text).not.toContain('{');
	});

	it('gives the close code meaning in Korean inside invalid_close_code', () => {
		setLocale('ko');
		const text = diagnosticText(
			diagnostic('invalid_close_code', 0, 16, { code: 1005, why: '1005' })
		);
		expect(text).toContain('1005');
		expect(text).toContain(closeMeaning(1005));
		expect(closeMeaning(1005)).toMatch(HANGUL);
	});
});

describe('close codes, opcodes and fields', () => {
	it('has a Korean meaning for every registered close code', () => {
		setLocale('ko');
		for (const code of Object.keys(CLOSE_CODES).map(Number))
			expect([code, closeMeaning(code)]).toEqual([code, expect.stringMatching(HANGUL)]);
		for (const code of [0, 1016, 3000, 4000, 5000]) expect(closeMeaning(code)).toMatch(HANGUL);
	});

	it('gives the engine meanings in English', () => {
		expect(closeMeaning(1002)).toBe(CLOSE_CODES[1002]!.meaning);
		expect(opcodeMeaning(9)).toBe('asks the peer for a pong');
	});

	it('keeps opcode names in English inside the Korean meaning', () => {
		setLocale('ko');
		const { frames } = decode(Uint8Array.of(0x89, 0x00), { from: 'server' });
		const opcode = frames[0]!.fields!.find((f) => f.id === 'opcode')!;
		const text = fieldMeaning(opcode);
		expect(text).toMatch(HANGUL);
		expect(text).toContain('ping');
		expect(text).toContain('control frame');
	});

	it('gives a Korean meaning and label for every field of a masked text frame', () => {
		const bytes = Uint8Array.of(0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58);
		const frame = decode(bytes, { from: 'client' }).frames[0]!;
		const english = frame.fields!.map((f) => fieldMeaning(f));
		expect(english).toEqual(frame.fields!.map((f) => f.meaning));
		setLocale('ko');
		for (const f of frame.fields!)
			expect([f.id, fieldMeaning(f)]).toEqual([f.id, expect.stringMatching(HANGUL)]);
		const key = frame.fields!.find((f) => f.id === 'masking_key')!;
		expect(fieldMeaning(key)).toContain('37 fa 21 3d');
		expect(fieldLabel(key)).toContain('masking key');
	});
});

describe('handshake lines', () => {
	it('has a Korean meaning for every header the engine explains, on each side it explains', () => {
		const missing = Object.entries(HEADER_INFO).flatMap(([key, info]) =>
			(['request', 'response'] as const)
				.filter((side) => info[side] !== undefined)
				.map((side) => `hs_header_${key.replace(/[^a-z0-9]+/g, '_')}_${side}`)
				.filter((k) => !HANGUL.test(ko[k] ?? ''))
		);
		expect(missing).toEqual([]);
	});

	it('gives each line of a handshake a Korean meaning, and the engine’s in English', () => {
		const request = 'GET /chat HTTP/1.1\r\nHost: example.com\r\nX-Thing: 1\r\n\r\n';
		const fields = checkHandshake(request).request!.fields;
		expect(fields.map((f) => handshakeLineMeaning(f))).toEqual(fields.map((f) => f.meaning));
		setLocale('ko');
		for (const f of fields)
			expect([f.id, handshakeLineMeaning(f)]).toEqual([f.id, expect.stringMatching(HANGUL)]);
	});
});

describe('input errors', () => {
	const parsed = parseInput('81 05 48 65 zz 6c 6f');

	it('keeps the parser’s message in English', () => {
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(inputErrorText(parsed.error)).toBe(parsed.error.message);
	});

	it('says in Korean where the token is and what is wrong with it', () => {
		setLocale('ko');
		if (parsed.ok) throw new Error('expected a failure');
		const text = inputErrorText(parsed.error);
		expect(text).toMatch(HANGUL);
		expect(text).toContain('`zz`');
		expect(text).toContain(String(parsed.error.column));
		expect(text).not.toContain('is not');
	});
});

describe('peer notes', () => {
	it('has a Korean sentence for every observed peer behaviour', () => {
		setLocale('ko');
		for (const n of PEER_NOTES) {
			const d = diagnostic('handshake_peer_note', 0, 0, { note: peerNoteId(n) });
			const text = diagnosticText(d);
			expect([n.code, n.side, HANGUL.test(text)]).toEqual([n.code, n.side, true]);
			// The English sentence is the engine's, word for word.
			expect(en[`peer_${peerNoteId(n)}`]).toBe(`${n.peer} ${n.behaviour}`);
		}
	});
});

describe('accept mistakes', () => {
	const key = 'dGhlIHNhbXBsZSBub25jZQ==';
	it('explains the usual slips in Korean, values kept', () => {
		setLocale('ko');
		const lower = [
			...diagnoseAcceptMismatch(key, acceptFor(key, '')),
			...diagnoseAcceptMismatch(key, computeAccept(key).sha1Hex)
		];
		expect(lower.length).toBeGreaterThanOrEqual(2);
		for (const slip of lower) expect(mistakeText(slip)).toMatch(HANGUL);
		const typo = { id: 'guid_typo' as const, params: { typo: 'X', guid: WEBSOCKET_GUID } };
		expect(mistakeText(typo)).toContain(WEBSOCKET_GUID);
	});
});
