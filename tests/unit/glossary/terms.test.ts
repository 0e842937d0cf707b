import { describe, expect, it } from 'vitest';
import { TERMS } from '../../../src/routes/glossary/terms.ts';

const hangul = /[\uac00-\ud7a3]/;

describe('the glossary', () => {
	it('gives every term a unique id, both names and both definitions', () => {
		expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
		for (const t of TERMS) {
			expect(t.id).toMatch(/^[a-z0-9-]+$/);
			expect(hangul.test(t.name.ko) || t.name.ko === t.name.en, t.id).toBe(true);
			expect(hangul.test(t.definition.ko), t.id).toBe(true);
			expect(t.definition.en.length, t.id).toBeGreaterThan(40);
			if (t.confusion) expect(hangul.test(t.confusion.ko), t.id).toBe(true);
		}
	});

	it('points only at terms it has', () => {
		const ids = new Set(TERMS.map((t) => t.id));
		for (const t of TERMS)
			for (const id of t.see ?? []) expect(ids, `${t.id} → ${id}`).toContain(id);
	});

	it('spells out the confusions Korean posts make', () => {
		const confusions = TERMS.flatMap((t) => (t.confusion ? [t.confusion.ko] : [])).join('\n');
		for (const pair of [
			/폴링.*풀링/,
			/프레임은 메시지가 아닙니다/,
			/0x00과 0xFF/,
			/1006/,
			/UTF-8만/
		])
			expect(confusions).toMatch(pair);
		const names = TERMS.map((t) => t.name.ko).join('\n');
		for (const word of ['제어 프레임', '핸드셰이크', '마스킹 키', '옵코드', '조각'])
			expect(names).toContain(word);
	});

	it('cites a section the RFC has, where it cites RFC 6455', () => {
		for (const t of TERMS)
			for (const [, section] of (t.rfc ?? '').matchAll(/RFC 6455 §(\d+)/g))
				expect(Number(section), t.id).toBeLessThanOrEqual(11);
	});
});
